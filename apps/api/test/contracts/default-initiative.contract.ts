import { createInitiative, type MakeSigningSide, type SigningSide } from './signing-side';

/** `DefaultInitiativeRepository`: the bare address leads to the first initiative created. */
export function describeDefaultInitiativeContract(makeSubject: MakeSigningSide): void {
  describe('DefaultInitiativeRepository contract', () => {
    let side: SigningSide;
    beforeEach(async () => {
      side = await makeSubject();
    });

    it('has no default before any initiative exists', async () => {
      expect(await side.defaultInitiative.defaultSlug()).toBeNull();
    });

    it('leads to the first initiative created, not the first by name', async () => {
      await createInitiative(side, 'zero-waste');
      await createInitiative(side, 'clean-air');
      expect(await side.defaultInitiative.defaultSlug()).toBe('zero-waste');
    });
  });
}
