import type { CaptchaSpend, InsertOutcome, NewSignature, PartnerLookup, Receipt, SignaturesRepository } from '../../src/signing/signatures.repository';
import { InMemoryTables, UUID } from './fakes-tables';

/**
 * `sign_statements` over maps, one statement at a time: expired proofs of work are forgotten; a
 * proof of work spent before loses (`captcha_used`, even if the statement is also a duplicate); a
 * statement whose (initiative, identity hash) is taken is a `duplicate` and spends nothing;
 * otherwise the statement is stored and its proof of work spent. Rows the database would refuse
 * (unknown initiative or partner, taken id, bad nationality or hash) throw.
 */
export class InMemorySignaturesRepository implements SignaturesRepository, PartnerLookup {
  constructor(readonly tables: InMemoryTables = new InMemoryTables()) {}

  async insert(signature: NewSignature, captcha: CaptchaSpend | null, now: Date): Promise<InsertOutcome> {
    this.check(signature);
    for (const [key, expiresAt] of this.tables.captchaSpent) if (expiresAt < now) this.tables.captchaSpent.delete(key);
    if (captcha && this.tables.captchaSpent.has(captcha.signature)) return 'captcha_used';
    const hash = Buffer.from(signature.identityHash);
    for (const s of this.tables.signatures.values()) {
      if (s.initiativeId === signature.initiativeId && hash.equals(Buffer.from(s.identityHash))) return 'duplicate';
    }
    this.tables.signatures.set(signature.id, { ...signature, identityHash: new Uint8Array(signature.identityHash), ciphertext: new Uint8Array(signature.ciphertext) });
    if (captcha) this.tables.captchaSpent.set(captcha.signature, captcha.expiresAt);
    return 'inserted';
  }

  async findReceipt(id: string): Promise<Receipt | null> {
    if (!UUID.test(id)) throw new Error(`signatures: not a uuid: ${id}`);
    const row = this.tables.signatures.get(id);
    if (!row) return null;
    const initiative = this.tables.initiatives.get(row.initiativeId) as { slug: string };
    return { initiativeSlug: initiative.slug, signedOn: row.signedOn };
  }

  async findPartnerId(initiativeId: string, slug: string): Promise<string | null> {
    for (const p of this.tables.partners.values()) if (p.initiativeId === initiativeId && p.slug === slug) return p.id;
    return null;
  }

  private check(s: NewSignature): void {
    const problems = [
      !UUID.test(s.id) && 'id is not a uuid',
      this.tables.signatures.has(s.id) && 'id taken',
      !this.tables.initiatives.has(s.initiativeId) && 'no such initiative',
      s.partnerId !== null && !this.tables.partners.has(s.partnerId) && 'no such partner',
      !/^[A-Z]{2}$/.test(s.nationality) && 'bad nationality',
      !/^\d{4}-\d{2}-\d{2}$/.test(s.signedOn) && 'bad date',
      s.channel !== 'online' && s.channel !== 'paper' && 'bad channel',
      s.identityHash.length !== 32 && 'identity hash is not 32 bytes',
    ].filter(Boolean);
    if (problems.length > 0) throw new Error(`signatures: ${problems.join(', ')}`);
  }
}
