import { randomBytes, randomUUID } from 'node:crypto';
import { createInitiative, newInitiative, newStatement, NOW, type MakeSigningSide, type SigningSide } from './signing-side';

/** `InitiativesRepository`: initiatives by slug, unique, listed, changed (registration, kick-off and key only while no statement exists), closed early once, and a public key that is fixed once statements exist. */
export function describeInitiativesContract(makeSubject: MakeSigningSide): void {
  describe('InitiativesRepository contract', () => {
    let side: SigningSide;
    beforeEach(async () => {
      side = await makeSubject();
    });

    it('creates an initiative with an id and finds it by slug, every field as given', async () => {
      const key = new Uint8Array(randomBytes(32));
      const given = newInitiative('clean-air', key);
      const created = await side.initiatives.create(given);
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(created).toEqual({ ...given, id: created.id });
      expect(await side.initiatives.findBySlug('clean-air')).toEqual(created);
      expect((await side.initiatives.findBySlug('clean-air'))?.publicKey).toBeInstanceOf(Uint8Array);
    });

    it('finds nothing for an unknown slug', async () => {
      await createInitiative(side, 'clean-air');
      expect(await side.initiatives.findBySlug('dirty-air')).toBeNull();
    });

    it('keeps an initiative without a public key as null', async () => {
      await createInitiative(side, 'clean-air', null);
      expect((await side.initiatives.findBySlug('clean-air'))?.publicKey).toBeNull();
    });

    it('counts initiatives', async () => {
      expect(await side.initiatives.count()).toBe(0);
      await createInitiative(side, 'one');
      await createInitiative(side, 'two');
      expect(await side.initiatives.count()).toBe(2);
    });

    it('refuses a second initiative with a taken slug or registration number', async () => {
      const first = await createInitiative(side, 'clean-air');
      await expect(side.initiatives.create(newInitiative('clean-air'))).rejects.toThrow();
      await expect(side.initiatives.create({ ...newInitiative('another'), registrationNumber: first.registrationNumber })).rejects.toThrow();
      expect(await side.initiatives.count()).toBe(1);
    });

    it('refuses a public key that is not 32 bytes', async () => {
      await expect(side.initiatives.create(newInitiative('clean-air', new Uint8Array(31)))).rejects.toThrow();
      const created = await createInitiative(side, 'clean-air');
      await expect(side.initiatives.setPublicKeyIfNoStatements(created.id, new Uint8Array(33))).rejects.toThrow();
    });

    it('sets the public key while no statement exists, and replaces it', async () => {
      const created = await createInitiative(side, 'clean-air');
      const first = new Uint8Array(randomBytes(32));
      const second = new Uint8Array(randomBytes(32));
      expect(await side.initiatives.setPublicKeyIfNoStatements(created.id, first)).toBe(true);
      expect((await side.initiatives.findBySlug('clean-air'))?.publicKey).toEqual(first);
      expect(await side.initiatives.setPublicKeyIfNoStatements(created.id, second)).toBe(true);
      expect((await side.initiatives.findBySlug('clean-air'))?.publicKey).toEqual(second);
    });

    it('keeps the public key once a statement is sealed to it, of this initiative only', async () => {
      const key = new Uint8Array(randomBytes(32));
      const signed = await createInitiative(side, 'clean-air', key);
      const other = await createInitiative(side, 'other');
      await side.signatures.insert(newStatement(signed.id), null, NOW);
      expect(await side.initiatives.setPublicKeyIfNoStatements(signed.id, new Uint8Array(randomBytes(32)))).toBe(false);
      expect((await side.initiatives.findBySlug('clean-air'))?.publicKey).toEqual(key);
      expect(await side.initiatives.setPublicKeyIfNoStatements(other.id, new Uint8Array(randomBytes(32)))).toBe(true);
    });

    it('finds an initiative by its registration number', async () => {
      const created = await createInitiative(side, 'clean-air');
      expect(await side.initiatives.findByRegistrationNumber(created.registrationNumber)).toEqual(created);
      expect(await side.initiatives.findByRegistrationNumber('ECI(2025)000000')).toBeNull();
    });

    it('lists every initiative by slug, or those with the given slugs', async () => {
      const b = await createInitiative(side, 'bravo');
      const a = await createInitiative(side, 'alpha');
      const c = await createInitiative(side, 'charlie');
      expect(await side.initiatives.list()).toEqual([a, b, c]);
      expect(await side.initiatives.list(['charlie', 'alpha', 'nowhere'])).toEqual([a, c]);
      expect(await side.initiatives.list([])).toEqual([]);
    });

    it('changes the given fields only, JSON, dates and key included, and keeps the others', async () => {
      const created = await createInitiative(side, 'clean-air');
      const key = new Uint8Array(randomBytes(32));
      const changes = {
        title: { en: 'Cleaner air', fr: 'Un air plus pur' },
        organisers: [{ role: 'representative' as const, name: 'Ana', residence: 'PT', email: 'ana@example.org' }],
        annex: { en: 'An annex' },
        collectionStart: '2026-02-01',
        collectionEnd: '2027-01-31',
        website: 'https://clean-air.example.org',
        publicKey: key,
      };
      expect(await side.initiatives.update(created.id, changes, false)).toBe(true);
      expect(await side.initiatives.findBySlug('clean-air')).toEqual({ ...created, ...changes });
      expect(await side.initiatives.update(created.id, { website: null, annex: null, publicKey: null }, false)).toBe(true);
      expect(await side.initiatives.findBySlug('clean-air')).toEqual({ ...created, ...changes, website: null, annex: null, publicKey: null });
    });

    it('refuses a registration number another initiative holds, and changes nothing', async () => {
      const first = await createInitiative(side, 'one');
      const second = await createInitiative(side, 'two');
      await expect(side.initiatives.update(second.id, { registrationNumber: first.registrationNumber, title: { en: 'x' } }, false)).rejects.toThrow();
      expect(await side.initiatives.findBySlug('two')).toEqual(second);
    });

    it('changes nothing once a statement exists when asked to, and an unknown initiative never', async () => {
      const signed = await createInitiative(side, 'clean-air');
      const other = await createInitiative(side, 'other');
      await side.signatures.insert(newStatement(signed.id), null, NOW);
      expect(await side.initiatives.update(signed.id, { collectionStart: '2026-02-01', collectionEnd: '2027-01-31' }, true)).toBe(false);
      expect(await side.initiatives.findBySlug('clean-air')).toEqual(signed);
      expect(await side.initiatives.update(signed.id, { title: { en: 'Still possible' } }, false)).toBe(true);
      expect(await side.initiatives.update(other.id, { collectionStart: '2026-02-01', collectionEnd: '2027-01-31' }, true)).toBe(true);
      expect(await side.initiatives.update(randomUUID(), { title: { en: 'x' } }, false)).toBe(false);
    });

    it('closes early once, keeping the first day', async () => {
      const created = await createInitiative(side, 'clean-air');
      expect(await side.initiatives.closeEarly(created.id, '2026-03-01')).toBe(true);
      expect(await side.initiatives.closeEarly(created.id, '2026-03-02')).toBe(false);
      expect(await side.initiatives.findBySlug('clean-air')).toEqual({ ...created, closedEarlyOn: '2026-03-01' });
      expect(await side.initiatives.closeEarly(randomUUID(), '2026-03-01')).toBe(false);
    });

    it('sets nothing for an unknown initiative', async () => {
      expect(await side.initiatives.setPublicKeyIfNoStatements(randomUUID(), new Uint8Array(32))).toBe(false);
    });
  });
}
