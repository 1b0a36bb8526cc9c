import { randomBytes, randomUUID } from 'node:crypto';
import { createInitiative, newStatement, NOW, spend, type MakeSigningSide, type SigningSide } from './signing-side';

/** `SignaturesRepository` and `PartnerLookup`: what `sign_statements` commits, refuses and spends. */
export function describeSignaturesContract(makeSubject: MakeSigningSide): void {
  describe('SignaturesRepository contract', () => {
    let side: SigningSide;
    let initiativeId: string;
    beforeEach(async () => {
      side = await makeSubject();
      initiativeId = (await createInitiative(side, 'clean-air')).id;
    });

    it('stores a statement and answers its receipt with the initiative slug and the day', async () => {
      const s = newStatement(initiativeId, { signedOn: '2026-02-28' });
      expect(await side.signatures.insert(s, spend(), NOW)).toBe('inserted');
      expect(await side.signatures.findReceipt(s.id)).toEqual({ initiativeSlug: 'clean-air', signedOn: '2026-02-28' });
    });

    it('has no receipt for an id never stored', async () => {
      expect(await side.signatures.findReceipt(randomUUID())).toBeNull();
    });

    it('refuses a second statement with the same identity hash in the same initiative, as a duplicate', async () => {
      const first = newStatement(initiativeId);
      const again = newStatement(initiativeId, { identityHash: first.identityHash, nationality: 'FR' });
      expect(await side.signatures.insert(first, null, NOW)).toBe('inserted');
      expect(await side.signatures.insert(again, null, NOW)).toBe('duplicate');
      expect(await side.signatures.findReceipt(again.id)).toBeNull();
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 1 });
    });

    it('takes the same identity hash in another initiative', async () => {
      const other = await createInitiative(side, 'other');
      const first = newStatement(initiativeId);
      expect(await side.signatures.insert(first, null, NOW)).toBe('inserted');
      expect(await side.signatures.insert(newStatement(other.id, { identityHash: first.identityHash }), null, NOW)).toBe('inserted');
    });

    it('keeps exactly one of two statements of one person sent at once', async () => {
      const hash = new Uint8Array(randomBytes(32));
      const outcomes = await Promise.all([newStatement(initiativeId, { identityHash: hash }), newStatement(initiativeId, { identityHash: hash })].map((s) => side.signatures.insert(s, spend(), NOW)));
      expect(outcomes.sort()).toEqual(['duplicate', 'inserted']);
    });

    it('spends a proof of work once: a second statement with it is refused as captcha_used and not stored', async () => {
      const captcha = spend();
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, NOW)).toBe('inserted');
      const second = newStatement(initiativeId);
      expect(await side.signatures.insert(second, captcha, NOW)).toBe('captcha_used');
      expect(await side.signatures.findReceipt(second.id)).toBeNull();
    });

    it('gives two statements sent at once with one proof of work one insert and one captcha_used', async () => {
      const captcha = spend();
      const outcomes = await Promise.all([newStatement(initiativeId), newStatement(initiativeId)].map((s) => side.signatures.insert(s, captcha, NOW)));
      expect(outcomes.sort()).toEqual(['captcha_used', 'inserted']);
    });

    it('spends a proof of work for the whole installation: another initiative cannot reuse it', async () => {
      const other = await createInitiative(side, 'other');
      const captcha = spend();
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, NOW)).toBe('inserted');
      expect(await side.signatures.insert(newStatement(other.id), captcha, NOW)).toBe('captcha_used');
    });

    it('answers captcha_used before duplicate when both hold', async () => {
      const captcha = spend();
      const first = newStatement(initiativeId);
      expect(await side.signatures.insert(first, captcha, NOW)).toBe('inserted');
      expect(await side.signatures.insert(newStatement(initiativeId, { identityHash: first.identityHash }), captcha, NOW)).toBe('captcha_used');
    });

    it('does not spend the proof of work of a duplicate: the signer can use it for a corrected statement', async () => {
      const first = newStatement(initiativeId);
      await side.signatures.insert(first, null, NOW);
      const captcha = spend();
      expect(await side.signatures.insert(newStatement(initiativeId, { identityHash: first.identityHash }), captcha, NOW)).toBe('duplicate');
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, NOW)).toBe('inserted');
    });

    it('forgets spent proofs of work once they have expired', async () => {
      const captcha = spend(new Date(NOW.getTime() + 1000));
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, NOW)).toBe('inserted');
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, new Date(NOW.getTime() + 999))).toBe('captcha_used');
      expect(await side.signatures.insert(newStatement(initiativeId), captcha, new Date(NOW.getTime() + 1001))).toBe('inserted');
    });

    it('stores statements without a proof of work (CAPTCHA off, paper)', async () => {
      expect(await side.signatures.insert(newStatement(initiativeId), null, NOW)).toBe('inserted');
      expect(await side.signatures.insert(newStatement(initiativeId, { channel: 'paper' }), null, NOW)).toBe('inserted');
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 2 });
    });

    it('attributes a statement to the partner it came through', async () => {
      const partnerId = await side.seed.partner(initiativeId, 'edri');
      expect(await side.signatures.insert(newStatement(initiativeId, { partnerId }), null, NOW)).toBe('inserted');
      expect(await side.counts.countByNationalityForPartner(initiativeId, partnerId)).toEqual({ PL: 1 });
    });

    it('rejects a statement of an unknown initiative or an unknown partner, storing nothing', async () => {
      await expect(side.signatures.insert(newStatement(randomUUID()), null, NOW)).rejects.toThrow();
      await expect(side.signatures.insert(newStatement(initiativeId, { partnerId: randomUUID() }), null, NOW)).rejects.toThrow();
      expect(await side.counts.countByNationality(initiativeId)).toEqual({});
    });

    it('rejects an identity hash that is not 32 bytes', async () => {
      await expect(side.signatures.insert(newStatement(initiativeId, { identityHash: new Uint8Array(31) }), null, NOW)).rejects.toThrow();
    });

    it('finds a partner by initiative and slug only', async () => {
      const other = await createInitiative(side, 'other');
      const partnerId = await side.seed.partner(initiativeId, 'edri');
      await side.seed.partner(other.id, 'fsfe');
      expect(await side.signatures.findPartnerId(initiativeId, 'edri')).toBe(partnerId);
      expect(await side.signatures.findPartnerId(other.id, 'edri')).toBeNull();
      expect(await side.signatures.findPartnerId(initiativeId, 'fsfe')).toBeNull();
    });
  });
}
