import { randomUUID } from 'node:crypto';
import type { Initiative, NewInitiative } from '../../src/initiatives/initiative';
import type { InitiativeChanges, InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { InMemoryTables } from './fakes-tables';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `initiatives` as a map: unique slug and registration number, a 32-byte public key or none. */
export class InMemoryInitiativesRepository implements InitiativesRepository {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async findBySlug(slug: string): Promise<Initiative | null> {
    for (const i of this.tables.initiatives.values()) if (i.slug === slug) return copy(i);
    return null;
  }

  async findByRegistrationNumber(registrationNumber: string): Promise<Initiative | null> {
    for (const i of this.tables.initiatives.values()) if (i.registrationNumber === registrationNumber) return copy(i);
    return null;
  }

  async list(slugs?: readonly string[]): Promise<Initiative[]> {
    return [...this.tables.initiatives.values()]
      .filter((i) => !slugs || slugs.includes(i.slug))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map(copy);
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

  async update(id: string, changes: InitiativeChanges, onlyWithoutStatements: boolean): Promise<boolean> {
    const row = this.tables.initiatives.get(id);
    if (!row) return false;
    if (onlyWithoutStatements && this.hasStatements(id)) return false;
    const next = { ...row, ...changes };
    for (const i of this.tables.initiatives.values()) {
      if (i.id !== id && i.registrationNumber === next.registrationNumber) throw new Error('initiatives: unique violation');
    }
    for (const day of [next.registrationDate, next.collectionStart, next.collectionEnd]) if (!DAY.test(day)) throw new Error(`initiatives: bad date ${day}`);
    checkKey(next.publicKey);
    this.tables.initiatives.set(id, copy(next));
    return true;
  }

  async closeEarly(id: string, day: string): Promise<boolean> {
    if (!DAY.test(day)) throw new Error(`initiatives: bad date ${day}`);
    const row = this.tables.initiatives.get(id);
    if (!row || row.closedEarlyOn !== null) return false;
    row.closedEarlyOn = day;
    return true;
  }

  private hasStatements(id: string): boolean {
    for (const s of this.tables.signatures.values()) if (s.initiativeId === id) return true;
    return false;
  }

  async setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean> {
    checkKey(publicKey);
    const row = this.tables.initiatives.get(id);
    if (!row || this.hasStatements(id)) return false;
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
