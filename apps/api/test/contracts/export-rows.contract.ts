import { createInitiative, newStatement, NOW, type MakeSigningSide, type SigningSide } from './signing-side';

/** `ExportRowsRepository`: one member state's sealed statements, counted and paged by id. */
export function describeExportRowsContract(makeSubject: MakeSigningSide): void {
  describe('ExportRowsRepository contract', () => {
    let side: SigningSide;
    let initiativeId: string;
    beforeEach(async () => {
      side = await makeSubject();
      initiativeId = (await createInitiative(side, 'clean-air')).id;
    });

    const sign = async (initiative: string, nationality: string, channel: 'online' | 'paper' = 'online') => {
      const s = newStatement(initiative, { nationality, channel });
      expect(await side.signatures.insert(s, null, NOW)).toBe('inserted');
      return s;
    };

    it('counts a member state per channel, and the initiative over all member states', async () => {
      const other = await createInitiative(side, 'other');
      await sign(initiativeId, 'PL');
      await sign(initiativeId, 'PL');
      await sign(initiativeId, 'PL', 'paper');
      await sign(initiativeId, 'FR', 'paper');
      await sign(other.id, 'PL');
      expect(await side.exportRows.countByChannel(initiativeId, 'PL')).toEqual({ online: 2, paper: 1, totalAllMemberStates: 4 });
      expect(await side.exportRows.countByChannel(initiativeId, 'DE')).toEqual({ online: 0, paper: 0, totalAllMemberStates: 4 });
    });

    it('counts zeros for an initiative without statements', async () => {
      expect(await side.exportRows.countByChannel(initiativeId, 'PL')).toEqual({ online: 0, paper: 0, totalAllMemberStates: 0 });
    });

    it('pages one member state of one initiative in id order, each row with its channel and sealed bytes', async () => {
      const other = await createInitiative(side, 'other');
      const poles = [await sign(initiativeId, 'PL'), await sign(initiativeId, 'PL', 'paper'), await sign(initiativeId, 'PL'), await sign(initiativeId, 'PL'), await sign(initiativeId, 'PL')];
      await sign(initiativeId, 'FR');
      await sign(other.id, 'PL');
      const expected = [...poles].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => ({ id: s.id, channel: s.channel, ciphertext: Buffer.from(s.ciphertext) }));

      const first = await side.exportRows.page(initiativeId, 'PL', null, 2);
      const second = await side.exportRows.page(initiativeId, 'PL', first[1].id, 2);
      const third = await side.exportRows.page(initiativeId, 'PL', second[1].id, 2);
      const after = await side.exportRows.page(initiativeId, 'PL', third[0].id, 2);
      expect([...first, ...second, ...third].map((r) => ({ id: r.id, channel: r.channel, ciphertext: Buffer.from(r.ciphertext) }))).toEqual(expected);
      expect(third).toHaveLength(1);
      expect(after).toEqual([]);
      expect(Buffer.isBuffer(first[0].ciphertext)).toBe(true);
    });

    it('pages from an id that is not a row (keyset, not offset)', async () => {
      const rows = [await sign(initiativeId, 'PL'), await sign(initiativeId, 'PL'), await sign(initiativeId, 'PL')].sort((a, b) => (a.id < b.id ? -1 : 1));
      await side.seed.removeStatement(rows[0].id);
      expect((await side.exportRows.page(initiativeId, 'PL', rows[0].id, 10)).map((r) => r.id)).toEqual([rows[1].id, rows[2].id]);
    });

    it('pages nothing for a member state without statements', async () => {
      await sign(initiativeId, 'PL');
      expect(await side.exportRows.page(initiativeId, 'DE', null, 10)).toEqual([]);
    });
  });
}
