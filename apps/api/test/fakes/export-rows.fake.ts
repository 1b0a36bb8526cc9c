import type { ExportRowsRepository, SealedRow } from '../../src/exports/export-rows.repository';
import { InMemoryTables, UUID } from './fakes-tables';

/** The stored statements of one member state, in id order, a page at a time. */
export class InMemoryExportRowsRepository implements ExportRowsRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async countByChannel(initiativeId: string, nationality: string): Promise<{ online: number; paper: number; totalAllMemberStates: number }> {
    let online = 0;
    let paper = 0;
    let total = 0;
    for (const s of this.tables.signatures.values()) {
      if (s.initiativeId !== initiativeId) continue;
      total += 1;
      if (s.nationality === nationality && s.channel === 'online') online += 1;
      if (s.nationality === nationality && s.channel === 'paper') paper += 1;
    }
    return { online, paper, totalAllMemberStates: total };
  }

  async page(initiativeId: string, nationality: string, afterId: string | null, limit: number): Promise<SealedRow[]> {
    if (afterId !== null && !UUID.test(afterId)) throw new Error(`export rows: not a uuid: ${afterId}`);
    if (!Number.isInteger(limit) || limit < 0) throw new Error(`export rows: bad limit ${limit}`);
    return [...this.tables.signatures.values()]
      .filter((s) => s.initiativeId === initiativeId && s.nationality === nationality && (afterId === null || s.id > afterId))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((s) => ({ id: s.id, channel: s.channel, ciphertext: Buffer.from(s.ciphertext) }));
  }
}
