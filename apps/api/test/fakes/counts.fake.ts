import type { CountsByCountry } from '@eci/progress';
import type { CountsRepository } from '../../src/progress/counts.repository';
import { InMemoryTables } from './fakes-tables';

/** Counts the stored statements (both channels); nationalities without statements are absent. */
export class InMemoryCountsRepository implements CountsRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async countByNationality(initiativeId: string): Promise<CountsByCountry> {
    return this.count((s) => s.initiativeId === initiativeId);
  }

  async countByNationalityForPartner(initiativeId: string, partnerId: string): Promise<CountsByCountry> {
    return this.count((s) => s.initiativeId === initiativeId && s.partnerId === partnerId);
  }

  private count(keep: (s: { initiativeId: string; partnerId: string | null }) => boolean): CountsByCountry {
    const counts: Record<string, number> = {};
    for (const s of this.tables.signatures.values()) if (keep(s)) counts[s.nationality] = (counts[s.nationality] ?? 0) + 1;
    return counts as CountsByCountry;
  }
}
