import type { DefaultInitiativeRepository } from '../../src/pages/default-initiative.repository';
import { InMemoryTables } from './fakes-tables';

/** The first initiative created (the tables keep creation order). */
export class InMemoryDefaultInitiativeRepository implements DefaultInitiativeRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async defaultSlug(): Promise<string | null> {
    for (const i of this.tables.initiatives.values()) return i.slug;
    return null;
  }
}
