import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DefaultInitiativeRepository } from './default-initiative.repository';

@Injectable()
export class TypeOrmDefaultInitiativeRepository implements DefaultInitiativeRepository {
  constructor(private readonly db: DataSource) {}

  async defaultSlug(): Promise<string | null> {
    const rows: { slug: string }[] = await this.db.query(`SELECT slug FROM initiatives ORDER BY created_at, slug LIMIT 1`);
    return rows[0]?.slug ?? null;
  }
}
