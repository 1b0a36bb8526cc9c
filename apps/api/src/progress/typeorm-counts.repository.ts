import { Injectable } from '@nestjs/common';
import type { CountsByCountry } from '@eci/progress';
import { DataSource } from 'typeorm';
import type { CountsRepository } from './counts.repository';

@Injectable()
export class TypeOrmCountsRepository implements CountsRepository {
  constructor(private readonly db: DataSource) {}

  async countByNationality(initiativeId: string): Promise<CountsByCountry> {
    return toCounts(await this.db.query(`SELECT nationality, count(*)::int AS n FROM signatures WHERE initiative_id = $1 GROUP BY nationality`, [initiativeId]));
  }

  async countByNationalityForPartner(initiativeId: string, partnerId: string): Promise<CountsByCountry> {
    return toCounts(
      await this.db.query(`SELECT nationality, count(*)::int AS n FROM signatures WHERE initiative_id = $1 AND partner_id = $2 GROUP BY nationality`, [
        initiativeId,
        partnerId,
      ]),
    );
  }
}

function toCounts(rows: { nationality: string; n: number }[]): CountsByCountry {
  return Object.fromEntries(rows.map((r) => [r.nationality, r.n])) as CountsByCountry;
}
