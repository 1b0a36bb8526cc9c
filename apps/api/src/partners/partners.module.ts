import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { PARTNERS_REPOSITORY } from './partners.repository';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';
import { PartnerTokenGuard } from './partner-token.guard';
import { TypeOrmPartnersRepository } from './typeorm-partners.repository';

@Module({
  imports: [InitiativesModule],
  controllers: [PartnersController],
  providers: [PartnersService, PartnerTokenGuard, { provide: PARTNERS_REPOSITORY, useClass: TypeOrmPartnersRepository }],
  exports: [PartnersService, PartnerTokenGuard],
})
export class PartnersModule {}
