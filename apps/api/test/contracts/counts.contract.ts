import { createInitiative, newStatement, NOW, type MakeSigningSide, type SigningSide } from './signing-side';

/** `CountsRepository`: statements per nationality as committed, per initiative and per partner. */
export function describeCountsContract(makeSubject: MakeSigningSide): void {
  describe('CountsRepository contract', () => {
    let side: SigningSide;
    let initiativeId: string;
    beforeEach(async () => {
      side = await makeSubject();
      initiativeId = (await createInitiative(side, 'clean-air')).id;
    });

    const sign = async (nationality: string, extra: Parameters<typeof newStatement>[1] = {}) => {
      const s = newStatement(initiativeId, { nationality, ...extra });
      expect(await side.signatures.insert(s, null, NOW)).toBe('inserted');
      return s.id;
    };

    it('counts nothing for an initiative without statements (no zero rows)', async () => {
      expect(await side.counts.countByNationality(initiativeId)).toEqual({});
    });

    it('counts committed statements per nationality, both channels', async () => {
      await sign('PL');
      await sign('PL', { channel: 'paper' });
      await sign('FR');
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 2, FR: 1 });
    });

    it('does not count a refused duplicate', async () => {
      const first = newStatement(initiativeId);
      await side.signatures.insert(first, null, NOW);
      await side.signatures.insert(newStatement(initiativeId, { identityHash: first.identityHash }), null, NOW);
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 1 });
    });

    it('counts each initiative apart', async () => {
      const other = await createInitiative(side, 'other');
      await sign('PL');
      await side.signatures.insert(newStatement(other.id, { nationality: 'DE' }), null, NOW);
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 1 });
      expect(await side.counts.countByNationality(other.id)).toEqual({ DE: 1 });
    });

    it('counts a partner its own statements only', async () => {
      const edri = await side.seed.partner(initiativeId, 'edri');
      const fsfe = await side.seed.partner(initiativeId, 'fsfe');
      await sign('PL', { partnerId: edri });
      await sign('FR', { partnerId: edri });
      await sign('FR', { partnerId: fsfe });
      await sign('FR');
      expect(await side.counts.countByNationalityForPartner(initiativeId, edri)).toEqual({ PL: 1, FR: 1 });
      expect(await side.counts.countByNationalityForPartner(initiativeId, fsfe)).toEqual({ FR: 1 });
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ PL: 1, FR: 3 });
    });

    it('counts nothing for a partner with no statements', async () => {
      const edri = await side.seed.partner(initiativeId, 'edri');
      await sign('PL');
      expect(await side.counts.countByNationalityForPartner(initiativeId, edri)).toEqual({});
    });

    it('stops counting a removed statement, and drops a nationality back at zero', async () => {
      const pole = await sign('PL');
      await sign('FR');
      await side.seed.removeStatement(pole);
      expect(await side.counts.countByNationality(initiativeId)).toEqual({ FR: 1 });
    });
  });
}
