import type { PartnerOriginsRepository } from '../../src/pages/partner-origins.repository';
import { InMemoryTables } from './fakes-tables';

/** Distinct origins of the initiative's partners, sorted. */
export class InMemoryPartnerOriginsRepository implements PartnerOriginsRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async allowedOrigins(initiativeSlug: string): Promise<string[]> {
    const initiative = [...this.tables.initiatives.values()].find((i) => i.slug === initiativeSlug);
    if (!initiative) return [];
    const origins = new Set<string>();
    for (const p of this.tables.partners.values()) if (p.initiativeId === initiative.id) for (const o of p.allowedOrigins) origins.add(o);
    return [...origins].sort();
  }
}
