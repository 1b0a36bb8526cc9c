import { randomBytes, randomUUID } from 'node:crypto';
import { generateKeyPair } from '@eci/statement-crypto';
import { thresholdTableFor } from '@eci/rules';
import { SigningWorld } from '../../test/fixtures/signing-world';
import { toPublic } from './initiatives.service';
import { refusal } from '../../test/fixtures/refusals';

const organiser = 'account:5d0c7b9e-2f5e-4a7a-8c55-0d1e2f3a4b5c' as const;
/** How long the service keeps an initiative it has read (InitiativesService.CACHE_MS). */
const CACHE_MS = 5000;

describe('InitiativesService (on the fakes)', () => {
  let world: SigningWorld;

  beforeEach(() => {
    world = new SigningWorld();
  });
  afterEach(() => world.close());

  const audited = async () => (await world.auditLog.list(0, 100)).map(({ actor, action, details }) => ({ actor, action, details }));
  const aStatement = (initiativeId: string) => {
    const id = randomUUID();
    world.tables.signatures.set(id, {
      id,
      initiativeId,
      nationality: 'PL',
      signedOn: world.today(),
      channel: 'online',
      partnerId: null,
      idFormatConfirmed: true,
      identityHash: new Uint8Array(randomBytes(32)),
      ciphertext: new Uint8Array(randomBytes(48)),
    });
  };
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

  describe('getBySlug', () => {
    it('finds an initiative by its slug', async () => {
      const created = await world.createInitiative('clean-air');
      await world.createInitiative('other');
      expect(await world.initiatives.getBySlug('clean-air')).toEqual(created);
    });

    it('refuses an unknown slug with initiative_not_found, and does not remember the miss', async () => {
      const error = await refusal(world.initiatives.getBySlug('nowhere'));
      expect(error.items).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
      const created = await world.createInitiative('nowhere');
      expect(await world.initiatives.getBySlug('nowhere')).toEqual(created);
    });

    it('keeps an initiative for a few seconds, then reads it again', async () => {
      const created = await world.createInitiative();
      const first = await world.initiatives.getBySlug('demo');
      // Changed behind the service's back (another process, or by hand).
      (world.tables.initiatives.get(created.id) as { title: Record<string, string> }).title = { en: 'Renamed' };
      // The clock runs on with real time beside the offset: well within the time kept.
      world.clock.advance(CACHE_MS / 2);
      expect(await world.initiatives.getBySlug('demo')).toBe(first);
      world.clock.advance(CACHE_MS / 2);
      expect((await world.initiatives.getBySlug('demo')).title).toEqual({ en: 'Renamed' });
    });
  });

  it('gives the public view: no id or key, organisers without absent e-mails, the threshold table of its registration date', async () => {
    const created = await world.createInitiative();
    const view = await world.initiatives.getPublic('demo');
    expect(view).toEqual(toPublic(created, world.today()));
    expect(view.collectionState).toBe('collecting');
    expect(view).not.toHaveProperty('id');
    expect(view).not.toHaveProperty('publicKey');
    expect(view.thresholdTable).toBe(`${thresholdTableFor(created.registrationDate).id}`);
    const member = view.organisers.find((o) => o.role === 'member');
    expect(member).toBeDefined();
    expect(member).not.toHaveProperty('email');
    await expect(world.initiatives.getPublic('nowhere')).rejects.toMatchObject({ items: [{ field: 'slug', code: 'initiative_not_found' }] });
  });

  describe('setPublicKey', () => {
    it('sets a key while no statement exists, serves it at once (no stale cache), and audits the change', async () => {
      await world.createInitiative('demo', { publicKey: null });
      expect((await world.initiatives.getBySlug('demo')).publicKey).toBeNull();
      const key = base64(generateKeyPair().publicKey);
      expect(await world.initiatives.setPublicKey(organiser, 'demo', key)).toEqual({ publicKey: key });
      expect(base64((await world.initiatives.getBySlug('demo')).publicKey as Uint8Array)).toBe(key);
      expect(await audited()).toEqual([{ actor: organiser, action: 'key_changed', details: { initiative: 'demo', publicKey: key } }]);
    });

    it('replaces a key while no statement exists', async () => {
      await world.createInitiative();
      const key = base64(generateKeyPair().publicKey);
      await world.initiatives.setPublicKey(organiser, 'demo', key);
      expect(base64((await world.initiatives.getBySlug('demo')).publicKey as Uint8Array)).toBe(key);
    });

    it.each([
      ['31 bytes', base64(new Uint8Array(31).fill(1))],
      ['33 bytes', base64(new Uint8Array(33).fill(1))],
      ['not base64', '!'.repeat(44)],
      ['base64 that is not canonical (no padding)', base64(new Uint8Array(32).fill(1)).replace(/=+$/, '')],
      ['nothing', ''],
    ])('refuses a malformed key (%s) as format, unaudited, and keeps the old one', async (_, key) => {
      const created = await world.createInitiative();
      const error = await refusal(world.initiatives.setPublicKey(organiser, 'demo', key));
      expect(error.items).toEqual([{ field: 'publicKey', code: 'format' }]);
      expect((await world.initiatives.getBySlug('demo')).publicKey).toEqual(created.publicKey);
      expect(await audited()).toEqual([]);
    });

    it('refuses a new key once statements exist (key_in_use), unaudited, and keeps the old one', async () => {
      const created = await world.createInitiative();
      aStatement(created.id);
      const error = await refusal(world.initiatives.setPublicKey(organiser, 'demo', base64(generateKeyPair().publicKey)));
      expect(error.items).toEqual([{ field: 'publicKey', code: 'key_in_use' }]);
      world.clock.advance(CACHE_MS);
      expect((await world.initiatives.getBySlug('demo')).publicKey).toEqual(created.publicKey);
      expect(await audited()).toEqual([]);
    });

    it('refuses an unknown initiative with initiative_not_found', async () => {
      const error = await refusal(world.initiatives.setPublicKey(organiser, 'nowhere', base64(generateKeyPair().publicKey)));
      expect(error.items).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
    });
  });

  it('tells whether the installation is empty, and creates the two demo initiatives sealed to the given key, collecting from today', async () => {
    expect(await world.initiatives.isEmpty()).toBe(true);
    const keys = generateKeyPair();
    const [demo, cocs] = await world.initiatives.createDemo(keys.publicKey);
    expect(await world.initiatives.isEmpty()).toBe(false);
    expect(demo).toMatchObject({ slug: 'demo', collectionStart: world.today(), publicKey: keys.publicKey, demo: true, cocsUrl: null });
    expect(cocs).toMatchObject({ slug: 'demo-cocs', collectionStart: world.today(), publicKey: keys.publicKey, demo: true });
    expect(await world.initiatives.getBySlug('demo')).toEqual(demo);
    expect(await world.initiatives.getBySlug('demo-cocs')).toEqual(cocs);
  });

  it('makes the demos lawful: `demo` registered in 2022 collects on its own system (705 seats), `demo-cocs` registered in 2025 through the COCS', async () => {
    await world.initiatives.createDemo(generateKeyPair().publicKey);
    expect(await world.initiatives.getPublic('demo')).toMatchObject({
      registrationDate: '2022-11-15',
      thresholdTable: '705',
      channels: { lawful: ['own-online', 'cocs', 'paper'], online: 'own-online' },
      collectionState: 'collecting',
      demo: true,
    });
    expect(await world.initiatives.getPublic('demo-cocs')).toMatchObject({
      registrationDate: '2025-03-10',
      thresholdTable: '720',
      channels: { lawful: ['cocs', 'paper'], online: 'cocs' },
      cocsUrl: expect.stringMatching(/^https:\/\/eci\.ec\.europa\.eu\/\d{3}\/public\/$/),
      collectionState: 'collecting',
      demo: true,
    });
  });
});
