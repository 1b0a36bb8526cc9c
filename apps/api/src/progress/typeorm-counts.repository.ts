import { Injectable } from '@nestjs/common';
import type { CountsByCountry } from '@eci/progress';
import { DataSource } from 'typeorm';
import type { CountsRepository } from './counts.repository';

/** Sums the counter rows PostgreSQL keeps beside the statements (migration 1763900400000). */
@Injectable()
export class TypeOrmCountsRepository implements CountsRepository {
  constructor(private readonly db: DataSource) {}

  async countByNationality(initiativeId: string): Promise<CountsByCountry> {
    return toCounts(await this.db.query(`SELECT nationality, sum(n)::int AS n FROM signature_counts WHERE initiative_id = $1 GROUP BY nationality HAVING sum(n) <> 0`, [initiativeId]));
  }

  async countByNationalityForPartner(initiativeId: string, partnerId: string): Promise<CountsByCountry> {
    return toCounts(
      await this.db.query(`SELECT nationality, sum(n)::int AS n FROM signature_counts WHERE initiative_id = $1 AND partner_id = $2 GROUP BY nationality HAVING sum(n) <> 0`, [
        initiativeId,
        partnerId,
      ]),
    );
  }
}

function toCounts(rows: { nationality: string; n: number }[]): CountsByCountry {
  return Object.fromEntries(rows.map((r) => [r.nationality, r.n])) as CountsByCountry;
}
