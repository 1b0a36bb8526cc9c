import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/platform/clock/clock';
import type { Initiative, NewInitiative } from '../../src/initiatives/initiative';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';

/**
 * Initiatives in memory (a minimal version by helper "people" for the partners and accounts specs;
 * helper "fakes" owns this file). Slugs and registration numbers are unique, as in the table.
 */
export class InMemoryInitiativesRepository implements InitiativesRepository {
  private readonly rows = new Map<string, Initiative>();

  constructor(readonly clock?: Clock) {}

  async findBySlug(slug: string): Promise<Initiative | null> {
    const found = [...this.rows.values()].find((i) => i.slug === slug);
    return found ? structuredClone(found) : null;
  }

  async count(): Promise<number> {
    return this.rows.size;
  }

  async create(initiative: NewInitiative): Promise<Initiative> {
    for (const i of this.rows.values()) {
      if (i.slug === initiative.slug || i.registrationNumber === initiative.registrationNumber) throw new Error(`duplicate initiative ${initiative.slug}`);
    }
    const created: Initiative = { ...structuredClone(initiative), id: randomUUID() };
    this.rows.set(created.id, created);
    return structuredClone(created);
  }

  async setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row) return false;
    row.publicKey = new Uint8Array(publicKey);
    return true;
  }
}
