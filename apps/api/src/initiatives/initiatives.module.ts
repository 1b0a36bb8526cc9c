import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesController } from './initiatives.controller';
import { INITIATIVES_REPOSITORY } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';
import { TypeOrmInitiativesRepository } from './typeorm-initiatives.repository';

@Module({
  imports: [TypeOrmModule.forFeature([InitiativeEntity])],
  controllers: [InitiativesController],
  providers: [InitiativesService, { provide: INITIATIVES_REPOSITORY, useClass: TypeOrmInitiativesRepository }],
  exports: [InitiativesService],
})
export class InitiativesModule {}
