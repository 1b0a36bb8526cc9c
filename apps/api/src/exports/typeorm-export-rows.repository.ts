import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportRowsRepository, SealedRow } from './export-rows.repository';

@Injectable()
export class TypeOrmExportRowsRepository implements ExportRowsRepository {
  constructor(private readonly db: DataSource) {}

  async countByChannel(initiativeId: string, nationality: string): Promise<{ online: number; paper: number; totalAllMemberStates: number }> {
    const [row] = (await this.db.query(
      `SELECT count(*) FILTER (WHERE nationality = $2 AND channel = 'online')::int AS online,
              count(*) FILTER (WHERE nationality = $2 AND channel = 'paper')::int AS paper,
              count(*)::int AS total
         FROM signatures WHERE initiative_id = $1`,
      [initiativeId, nationality],
    )) as { online: number; paper: number; total: number }[];
    return { online: row.online, paper: row.paper, totalAllMemberStates: row.total };
  }

  page(initiativeId: string, nationality: string, afterId: string | null, limit: number): Promise<SealedRow[]> {
    return this.db.query(
      `SELECT id, channel, ciphertext FROM signatures
        WHERE initiative_id = $1 AND nationality = $2 AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id LIMIT $4`,
      [initiativeId, nationality, afterId, limit],
    );
  }
}
