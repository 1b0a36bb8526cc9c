import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerOriginsRepository } from './partner-origins.repository';

@Injectable()
export class TypeOrmPartnerOriginsRepository implements PartnerOriginsRepository {
  constructor(private readonly db: DataSource) {}

  async allowedOrigins(initiativeSlug: string): Promise<string[]> {
    const rows: { origin: string }[] = await this.db.query(
      `SELECT DISTINCT unnest(p.allowed_origins) AS origin
         FROM partners p JOIN initiatives i ON i.id = p.initiative_id
        WHERE i.slug = $1
        ORDER BY 1`,
      [initiativeSlug],
    );
    return rows.map((r) => r.origin);
  }
}
