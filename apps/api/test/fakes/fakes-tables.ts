import type { Initiative } from '../../src/initiatives/initiative';
import type { NewSignature } from '../../src/signing/signatures.repository';

/** A partner row as the signing side reads it (the partners feature owns the rest of the row). */
export interface PartnerRow {
  id: string;
  initiativeId: string;
  slug: string;
  allowedOrigins: string[];
}

/**
 * The rows the signing side's fakes share, as the tables of one database: the initiatives fake
 * writes `initiatives`, the signatures fake `signatures` and `captchaSpent`, and counts, export
 * rows, the default initiative and partner origins read them. Partners are seeded (`addPartner`).
 */
export class InMemoryTables {
  /** In creation order (the `created_at` the default initiative is chosen by). */
  readonly initiatives = new Map<string, Initiative>();
  readonly partners = new Map<string, PartnerRow>();
  readonly signatures = new Map<string, NewSignature>();
  /** Spent proofs of work: signature → expiry. */
  readonly captchaSpent = new Map<string, Date>();

  addPartner(partner: PartnerRow): PartnerRow {
    if (!this.initiatives.has(partner.initiativeId)) throw new Error(`partners: no initiative ${partner.initiativeId}`);
    if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(partner.slug)) throw new Error(`partners: bad slug ${partner.slug}`);
    for (const p of this.partners.values()) {
      if (p.id === partner.id || (p.initiativeId === partner.initiativeId && p.slug === partner.slug)) throw new Error('partners: unique violation');
    }
    const row = { ...partner, allowedOrigins: [...partner.allowedOrigins] };
    this.partners.set(row.id, row);
    return row;
  }

  /** Removes a statement (a purge or a correction by hand): counts and exports no longer see it. */
  removeSignature(id: string): void {
    if (!this.signatures.delete(id)) throw new Error(`signatures: no statement ${id}`);
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
