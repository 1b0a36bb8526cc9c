import { Module } from '@nestjs/common';
import { DEFAULT_INITIATIVE_REPOSITORY } from './default-initiative.repository';
import { PARTNER_ORIGINS_REPOSITORY } from './partner-origins.repository';
import { TypeOrmDefaultInitiativeRepository } from './typeorm-default-initiative.repository';
import { TypeOrmPartnerOriginsRepository } from './typeorm-partner-origins.repository';

/**
 * What serving the signing page needs from the database: the partner origins allowed to frame an
 * initiative's page, and the initiative the bare address leads to. The pages themselves are served
 * by `serveWebApp` (plain Fastify routes, outside the /api prefix).
 */
@Module({
  providers: [
    { provide: PARTNER_ORIGINS_REPOSITORY, useClass: TypeOrmPartnerOriginsRepository },
    { provide: DEFAULT_INITIATIVE_REPOSITORY, useClass: TypeOrmDefaultInitiativeRepository },
  ],
  exports: [PARTNER_ORIGINS_REPOSITORY, DEFAULT_INITIATIVE_REPOSITORY],
})
export class PagesModule {}
