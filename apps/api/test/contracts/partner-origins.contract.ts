import { createInitiative, type MakeSigningSide, type SigningSide } from './signing-side';

/** `PartnerOriginsRepository`: the origins the initiative's partners may embed its signing page from. */
export function describePartnerOriginsContract(makeSubject: MakeSigningSide): void {
  describe('PartnerOriginsRepository contract', () => {
    let side: SigningSide;
    let initiativeId: string;
    beforeEach(async () => {
      side = await makeSubject();
      initiativeId = (await createInitiative(side, 'clean-air')).id;
    });

    it('allows no origin for an initiative without partners, or an unknown initiative', async () => {
      expect(await side.partnerOrigins.allowedOrigins('clean-air')).toEqual([]);
      expect(await side.partnerOrigins.allowedOrigins('unknown')).toEqual([]);
    });

    it('gives every partner origin of the initiative once, sorted', async () => {
      await side.seed.partner(initiativeId, 'noyb', ['https://noyb.eu', 'https://edri.org']);
      await side.seed.partner(initiativeId, 'edri', ['https://edri.org']);
      await side.seed.partner(initiativeId, 'silent', []);
      expect(await side.partnerOrigins.allowedOrigins('clean-air')).toEqual(['https://edri.org', 'https://noyb.eu']);
    });

    it("does not give another initiative's partner origins", async () => {
      const other = await createInitiative(side, 'other');
      await side.seed.partner(other.id, 'fsfe', ['https://fsfe.org']);
      await side.seed.partner(initiativeId, 'edri', ['https://edri.org']);
      expect(await side.partnerOrigins.allowedOrigins('clean-air')).toEqual(['https://edri.org']);
      expect(await side.partnerOrigins.allowedOrigins('other')).toEqual(['https://fsfe.org']);
    });
  });
}
