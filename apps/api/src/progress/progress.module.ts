import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { PartnersModule } from '../partners/partners.module';
import { COUNTS_REPOSITORY } from './counts.repository';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';
import { TypeOrmCountsRepository } from './typeorm-counts.repository';

@Module({
  imports: [InitiativesModule, PartnersModule],
  controllers: [ProgressController],
  providers: [ProgressService, { provide: COUNTS_REPOSITORY, useClass: TypeOrmCountsRepository }],
})
export class ProgressModule {}
