import { EXPORT_ROWS_REPOSITORY } from '../../src/exports/export-rows.repository';
import { INITIATIVES_REPOSITORY } from '../../src/initiatives/initiatives.repository';
import { DEFAULT_INITIATIVE_REPOSITORY } from '../../src/pages/default-initiative.repository';
import { PARTNER_ORIGINS_REPOSITORY } from '../../src/pages/partner-origins.repository';
import { COUNTS_REPOSITORY } from '../../src/progress/counts.repository';
import { SIGNATURES_REPOSITORY, type PartnerLookup, type SignaturesRepository } from '../../src/signing/signatures.repository';
import type { MakeSigningSide, SigningSide } from './signing-side';
import { contractApp } from './typeorm-app';

/**
 * The TypeORM repositories of one app started for the test file (on the database the jest project
 * targets), the tables emptied before each case. Partners and removals are seeded with SQL.
 */
export function typeOrmSigningSide(): MakeSigningSide {
  const app = contractApp();
  return async (): Promise<SigningSide> => {
    await app.truncate('initiatives', 'captcha_spent');
    const get = <T>(token: symbol) => app.get<T>(token);
    return {
      initiatives: get(INITIATIVES_REPOSITORY),
      // One TypeORM repository is both (signing.module.ts).
      signatures: get<SignaturesRepository & PartnerLookup>(SIGNATURES_REPOSITORY),
      counts: get(COUNTS_REPOSITORY),
      exportRows: get(EXPORT_ROWS_REPOSITORY),
      defaultInitiative: get(DEFAULT_INITIATIVE_REPOSITORY),
      partnerOrigins: get(PARTNER_ORIGINS_REPOSITORY),
      seed: {
        async partner(initiativeId, slug, allowedOrigins = []) {
          const [row] = await app.sql<{ id: string }>(`INSERT INTO partners (initiative_id, slug, name, allowed_origins) VALUES ($1, $2, $3, $4) RETURNING id`, [initiativeId, slug, slug, allowedOrigins]);
          return row.id;
        },
        async removeStatement(id) {
          await app.sql(`DELETE FROM signatures WHERE id = $1`, [id]);
        },
      },
    };
  };
}
