import { randomUUID } from 'node:crypto';
import type { NewPartner, Partner } from '../../src/partners/partner';
import type { PartnersRepository } from '../../src/partners/partners.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

interface Row {
  id: string;
  initiativeId: string;
  slug: string;
  name: string;
  allowedOrigins: string[];
  tokenHash: Buffer | null;
  revoked: boolean;
}

/**
 * Coalition partners in memory, with the table's rules: a slug unique per initiative and in the
 * slug format, 32-byte token hashes unique over every partner (revoked ones too), uuid ids.
 */
export class InMemoryPartnersRepository implements PartnersRepository {
  private readonly rows = new Map<string, Row>();

  async create(p: NewPartner): Promise<Partner | null> {
    if (!SLUG.test(p.slug)) throw new Error(`slug ${p.slug} violates partners_slug_format`);
    uuid(p.initiativeId);
    if ([...this.rows.values()].some((r) => r.initiativeId === p.initiativeId && r.slug === p.slug)) return null;
    this.uniqueToken(p.tokenHash);
    const row: Row = { id: randomUUID(), initiativeId: p.initiativeId, slug: p.slug, name: p.name, allowedOrigins: [...p.allowedOrigins], tokenHash: Buffer.from(p.tokenHash), revoked: false };
    this.rows.set(row.id, row);
    return toPartner(row);
  }

  async list(initiativeId: string): Promise<Partner[]> {
    uuid(initiativeId);
    return [...this.rows.values()]
      .filter((r) => r.initiativeId === initiativeId)
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map(toPartner);
  }

  async findBySlug(initiativeId: string, slug: string): Promise<Partner | null> {
    uuid(initiativeId);
    const row = [...this.rows.values()].find((r) => r.initiativeId === initiativeId && r.slug === slug);
    return row ? toPartner(row) : null;
  }

  async findByTokenHash(tokenHash: Buffer): Promise<Partner | null> {
    const row = [...this.rows.values()].find((r) => r.tokenHash?.equals(tokenHash) && !r.revoked);
    return row ? toPartner(row) : null;
  }

  async setToken(partnerId: string, tokenHash: Buffer): Promise<void> {
    const row = this.rows.get(uuid(partnerId));
    if (!row) return;
    this.uniqueToken(tokenHash, row.id);
    row.tokenHash = Buffer.from(tokenHash);
    row.revoked = false;
  }

  async revokeToken(partnerId: string): Promise<void> {
    const row = this.rows.get(uuid(partnerId));
    if (row) row.revoked = true;
  }

  async setAllowedOrigins(partnerId: string, origins: string[]): Promise<void> {
    const row = this.rows.get(uuid(partnerId));
    if (row) row.allowedOrigins = [...origins];
  }

  private uniqueToken(tokenHash: Buffer, except?: string): void {
    if (tokenHash.length !== 32) throw new Error('a token hash has 32 bytes (check constraint)');
    if ([...this.rows.values()].some((r) => r.id !== except && r.tokenHash?.equals(tokenHash))) throw new Error('duplicate token hash (partners_token_hash_key)');
  }
}

function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error(`invalid input syntax for type uuid: "${id}"`);
  return id.toLowerCase();
}

function toPartner(r: Row): Partner {
  return { id: r.id, initiativeId: r.initiativeId, slug: r.slug, name: r.name, allowedOrigins: [...r.allowedOrigins], hasToken: r.tokenHash !== null && !r.revoked };
}
