import { randomUUID } from 'node:crypto';
import type { Initiative, NewInitiative } from '../../src/initiatives/initiative';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { InMemoryTables } from './fakes-tables';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `initiatives` as a map: unique slug and registration number, a 32-byte public key or none. */
export class InMemoryInitiativesRepository implements InitiativesRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async findBySlug(slug: string): Promise<Initiative | null> {
    for (const i of this.tables.initiatives.values()) if (i.slug === slug) return copy(i);
    return null;
  }

  async count(): Promise<number> {
    return this.tables.initiatives.size;
  }

  async create(initiative: NewInitiative): Promise<Initiative> {
    for (const i of this.tables.initiatives.values()) {
      if (i.slug === initiative.slug || i.registrationNumber === initiative.registrationNumber) throw new Error('initiatives: unique violation');
    }
    for (const day of [initiative.registrationDate, initiative.collectionStart, initiative.collectionEnd]) if (!DAY.test(day)) throw new Error(`initiatives: bad date ${day}`);
    checkKey(initiative.publicKey);
    const row = copy({ ...initiative, id: randomUUID() });
    this.tables.initiatives.set(row.id, row);
    return copy(row);
  }

  async setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean> {
    checkKey(publicKey);
    const row = this.tables.initiatives.get(id);
    if (!row) return false;
    for (const s of this.tables.signatures.values()) if (s.initiativeId === id) return false;
    row.publicKey = new Uint8Array(publicKey);
    return true;
  }
}

function checkKey(key: Uint8Array | null): void {
  if (key !== null && key.length !== 32) throw new Error('initiatives: public key must be 32 bytes');
}

function copy(i: Initiative): Initiative {
  return structuredClone({ ...i, publicKey: i.publicKey ? new Uint8Array(i.publicKey) : null });
}
