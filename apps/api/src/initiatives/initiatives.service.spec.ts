import { randomBytes, randomUUID } from 'node:crypto';
import { generateKeyPair } from '@eci/statement-crypto';
import { addDays, collectionWindow, thresholdTableFor } from '@eci/rules';
import type { Account } from '../access/identity';
import type { Initiative, Organiser } from './initiative';
import { SigningWorld } from '../../test/fixtures/signing-world';
import { toPublic, type InitiativeInput } from './initiatives.service';
import { refusal, refusalItems } from '../../test/fixtures/refusals';

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

describe('InitiativesService: setting up initiatives (on the fakes)', () => {
  let world: SigningWorld;
  beforeEach(() => {
    world = new SigningWorld();
  });
  afterEach(() => world.close());

  const admin = 'organiser-token' as const;
  const organisers = (): Organiser[] => [
    { role: 'representative', name: 'Marta Kowalczyk', residence: 'PL', email: 'rep@example.org' },
    { role: 'substitute', name: 'Jean-Luc Moreau', residence: 'FR', email: 'sub@example.org' },
    { role: 'member', name: 'Sophie Janssens', residence: 'BE' },
    { role: 'member', name: 'Lukas Gruber', residence: 'AT' },
    { role: 'member', name: 'Eleni Papadopoulou', residence: 'GR' },
    { role: 'member', name: 'Ana Ferreira', residence: 'PT' },
    { role: 'member', name: 'Mikko Virtanen', residence: 'FI' },
  ];
  /** Registered 30 days ago, collecting since then. */
  const input = (extra: Partial<InitiativeInput> = {}): InitiativeInput => {
    const registered = addDays(world.today(), -30);
    return {
      slug: 'clean-air',
      registrationNumber: `ECI(${registered.slice(0, 4)})000042`,
      registrationDate: registered,
      title: { en: 'Clean air', fr: 'Air pur' },
      subject: { en: 'Clean air near schools' },
      objectives: { en: 'Limit values near schools.' },
      organisers: organisers(),
      registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2025/000042_en',
      collectionStart: registered,
      ...extra,
    };
  };
  const problems = async (extra: Partial<InitiativeInput>) => {
    const items = await refusalItems(world.initiatives.create(admin, undefined, input(extra)));
    expect(await world.initiativesRepository.count()).toBe(0);
    return items;
  };
  const audited = async () => (await world.auditLog.list(0, 100)).map(({ actor, action, details }) => ({ actor, action, details }));
  const aStatement = (initiativeId: string) => {
    const id = randomUUID();
    world.tables.signatures.set(id, {
      id, initiativeId, nationality: 'PL', signedOn: world.today(), channel: 'online', partnerId: null, idFormatConfirmed: true,
      identityHash: new Uint8Array(randomBytes(32)), ciphertext: new Uint8Array(randomBytes(48)),
    });
  };

  describe('create', () => {
    it('creates an initiative, never a demo, collecting 12 months from the kick-off, and audits it', async () => {
      const key = Buffer.from(generateKeyPair().publicKey).toString('base64');
      const given = input({ publicKey: key, website: 'http://clean-air.example.org', cocsUrl: 'https://eci.ec.europa.eu/042/public/' });
      const created = await world.initiatives.create(admin, undefined, given);
      expect(created).toMatchObject({
        slug: 'clean-air', demo: false, closedEarlyOn: null, publicKey: key, collectionStart: given.collectionStart,
        collectionEnd: collectionWindow(given.collectionStart).end, website: 'http://clean-air.example.org', annex: null, partialRegistration: null,
      });
      expect(await world.initiatives.getPublic('clean-air')).toEqual(toPublic((await world.initiativesRepository.findBySlug('clean-air')) as Initiative, world.today()));
      expect(await audited()).toEqual([{ actor: admin, action: 'initiative_created', details: { initiative: 'clean-air', registrationNumber: given.registrationNumber } }]);
    });

    it('makes the signed-in account that creates it its organiser', async () => {
      const account = await world.accounts.createWithRole('someone@example.org', 'hash', await world.createInitiative('demo').then((i) => i.slug), 'auditor');
      if (typeof account === 'string') throw new Error(account);
      const actor = `account:${account.id}` as const;
      await world.initiatives.create(actor, account, input());
      expect((await world.accounts.findByEmail('someone@example.org'))?.roles).toEqual([
        { initiative: 'clean-air', role: 'organiser' },
        { initiative: 'demo', role: 'auditor' },
      ]);
      expect((await audited()).map((e) => e.action)).toEqual(['initiative_created', 'role_granted']);
    });

    it('keeps the e-mail of the representative and the substitute only', async () => {
      const withMemberMail = organisers().map((o) => ({ ...o, email: o.email ?? 'member@example.org' }));
      const created = await world.initiatives.create(admin, undefined, input({ organisers: withMemberMail }));
      expect(created.organisers.filter((o) => 'email' in o).map((o) => o.role)).toEqual(['representative', 'substitute']);
    });

    it('refuses a taken slug or registration number (initiative_exists)', async () => {
      await world.initiatives.create(admin, undefined, input());
      expect(await refusalItems(world.initiatives.create(admin, undefined, input()))).toEqual([{ field: 'slug', code: 'initiative_exists' }]);
      expect(await refusalItems(world.initiatives.create(admin, undefined, input({ slug: 'other' })))).toEqual([{ field: 'registrationNumber', code: 'initiative_exists' }]);
    });

    it.each(['en', 'el', 'api'])('refuses a slug the site addresses use (%s)', async (slug) => {
      expect(await problems({ slug })).toEqual([{ field: 'slug', code: 'slug_reserved' }]);
    });

    it('refuses a registration number of another year than the registration date', async () => {
      expect(await problems({ registrationNumber: 'ECI(2019)000042' })).toEqual([{ field: 'registrationNumber', code: 'registration_year' }]);
    });

    it.each([['2025-02-30'], ['2025-13-01'], ['1899-12-31']])('refuses a registration date that is no real day (%s)', async (day) => {
      expect(await problems({ registrationDate: day, registrationNumber: `ECI(${day.slice(0, 4)})000042` })).toContainEqual({ field: 'registrationDate', code: 'invalid_date' });
    });

    it('refuses a registration date in the future (tomorrow in Brussels), accepts today', async () => {
      const tomorrow = addDays(world.today(), 1);
      expect(await problems({ registrationDate: tomorrow, registrationNumber: `ECI(${tomorrow.slice(0, 4)})000042`, collectionStart: tomorrow })).toEqual([
        { field: 'registrationDate', code: 'date_in_future' },
      ]);
      const today = world.today();
      await world.initiatives.create(admin, undefined, input({ registrationDate: today, registrationNumber: `ECI(${today.slice(0, 4)})000042`, collectionStart: today }));
    });

    it('refuses a kick-off before registration', async () => {
      const registered = addDays(world.today(), -30);
      expect(await problems({ collectionStart: addDays(registered, -1) })).toEqual([{ field: 'collectionStart', code: 'kick_off_before_registration' }]);
    });

    it.each([
      ['2025-03-01', '2025-09-01', '2025-09-02'],
      ['2025-03-31', '2025-09-30', '2025-10-01'],
      ['2025-08-31', '2026-02-28', '2026-03-01'],
      ['2023-08-31', '2024-02-29', '2024-03-01'],
      ['2022-05-10', '2022-11-10', '2022-11-11'],
    ])('registered %s: kicks off at the latest on %s (6 months, across month ends), refuses %s with kick_off_too_late', async (registered, latest, tooLate) => {
      const at = (collectionStart: string) => input({ registrationDate: registered, registrationNumber: `ECI(${registered.slice(0, 4)})000042`, collectionStart });
      expect(await refusalItems(world.initiatives.create(admin, undefined, at(tooLate)))).toEqual([
        { field: 'collectionStart', code: 'kick_off_too_late', params: { latest } },
      ]);
      const created = await world.initiatives.create(admin, undefined, at(latest));
      expect(created.collectionEnd).toBe(collectionWindow(latest).end);
    });

    it('refuses a kick-off that is no real day', async () => {
      expect(await problems({ collectionStart: '2025-04-31' })).toEqual([{ field: 'collectionStart', code: 'invalid_date' }]);
    });

    it.each([
      ['title', 200],
      ['subject', 200],
      ['objectives', 1100],
      ['annex', 5000],
      ['partialRegistration', 5000],
    ] as const)('limits %s to %i characters per language (Annex II), counted as characters', async (field, max) => {
      await world.initiatives.create(admin, undefined, input({ slug: 'at-limit', [field]: { en: 'é'.repeat(max), de: '🌍'.repeat(max) } }));
      expect(await refusalItems(world.initiatives.create(admin, undefined, input({ slug: 'over', registrationNumber: 'ECI(2020)000001', [field]: { en: 'x'.repeat(max + 1) } })))).toContainEqual({
        field: `${field}.en`,
        code: 'too_long',
        params: { max },
      });
    });

    it.each(['title', 'subject', 'objectives'] as const)('requires %s in at least one language, none empty', async (field) => {
      expect(await problems({ [field]: {} })).toEqual([{ field, code: 'required' }]);
      expect(await problems({ [field]: { en: '  ' } })).toEqual([{ field: `${field}.en`, code: 'required' }]);
    });

    it('refuses texts keyed by anything but an official language code, naming no key', async () => {
      expect(await problems({ title: { en: 'Clean air', EN: 'x' } })).toEqual([{ field: 'title', code: 'unknown_language' }]);
      expect(await problems({ annex: { gr: 'Παράρτημα' } })).toEqual([{ field: 'annex', code: 'unknown_language' }]);
      expect(await problems({ objectives: { en: 42 as unknown as string } })).toEqual([{ field: 'objectives.en', code: 'format' }]);
    });

    it('requires exactly one representative and one substitute', async () => {
      const [rep, sub, ...members] = organisers();
      const second: Organiser = { role: 'representative', name: 'A second one', residence: 'IT', email: 'x@example.org' };
      expect(await problems({ organisers: [rep, second, sub, ...members] })).toEqual([{ field: 'organisers', code: 'organisers_representative' }]);
      expect(await problems({ organisers: [{ ...rep, role: 'member' }, sub, ...members] })).toEqual([{ field: 'organisers', code: 'organisers_representative' }]);
      expect(await problems({ organisers: [rep, { ...sub, role: 'member' }, ...members] })).toEqual([{ field: 'organisers', code: 'organisers_substitute' }]);
      expect(await problems({ organisers: [rep, sub, { ...second, role: 'substitute' }, ...members] })).toEqual([{ field: 'organisers', code: 'organisers_substitute' }]);
    });

    it('requires the e-mail of the representative and the substitute', async () => {
      const [rep, sub, ...members] = organisers();
      expect(await problems({ organisers: [{ ...rep, email: undefined }, { ...sub, email: undefined }, ...members] })).toEqual([
        { field: 'organisers.0.email', code: 'required' },
        { field: 'organisers.1.email', code: 'required' },
      ]);
    });

    it('requires at least 7 organisers resident in 7 different Member States (Art. 5(2))', async () => {
      const seven = organisers();
      expect(await problems({ organisers: seven.slice(0, 6) })).toEqual([{ field: 'organisers', code: 'organisers_too_few', params: { min: 7 } }]);
      expect(await problems({ organisers: [...seven.slice(0, 6), { ...seven[6], residence: 'PL' }, { role: 'member', name: 'Another Pole', residence: 'PL' }] })).toEqual([
        { field: 'organisers', code: 'organisers_too_few', params: { min: 7 } },
      ]);
      expect(await problems({ organisers: [...seven.slice(0, 6), { ...seven[6], residence: 'NO' }] })).toEqual([
        { field: 'organisers.6.residence', code: 'unknown_country' },
        { field: 'organisers', code: 'organisers_too_few', params: { min: 7 } },
      ]);
    });

    it.each([['31 bytes', Buffer.alloc(31, 1).toString('base64')], ['not base64', '!'.repeat(44)]])('refuses a malformed public key (%s)', async (_, publicKey) => {
      expect(await problems({ publicKey })).toEqual([{ field: 'publicKey', code: 'format' }]);
    });
  });

  describe('list', () => {
    it('lists every initiative for the organiser credential, those an account holds a role on for an account', async () => {
      await world.initiatives.create(admin, undefined, input({ slug: 'bravo' }));
      await world.createInitiative('alpha');
      await world.createInitiative('charlie');
      expect((await world.initiatives.list(undefined)).map((i) => i.slug)).toEqual(['alpha', 'bravo', 'charlie']);
      const account = await world.accounts.createWithRole('a@example.org', 'hash', 'charlie', 'auditor');
      if (typeof account === 'string') throw new Error(account);
      await world.accounts.grant(account.id, 'bravo', 'organiser');
      const reread = (await world.accounts.findByEmail('a@example.org')) as Account;
      expect((await world.initiatives.list(reread)).map((i) => i.slug)).toEqual(['bravo', 'charlie']);
    });
  });

  describe('update', () => {
    it('changes the given fields, computes the last day from a new kick-off, serves it at once and audits the fields', async () => {
      const created = await world.initiatives.create(admin, undefined, input());
      await world.initiatives.getBySlug('clean-air'); // cached
      const start = addDays(created.registrationDate, 10);
      const updated = await world.initiatives.update(admin, 'clean-air', { title: { de: 'Saubere Luft' }, collectionStart: start, website: 'https://x.example.org' });
      expect(updated).toMatchObject({ title: { de: 'Saubere Luft' }, collectionStart: start, collectionEnd: collectionWindow(start).end, website: 'https://x.example.org', subject: created.subject });
      expect((await world.initiatives.getPublic('clean-air')).title).toEqual({ de: 'Saubere Luft' });
      expect((await audited()).at(-1)).toEqual({ actor: admin, action: 'initiative_changed', details: { initiative: 'clean-air', fields: ['collectionEnd', 'collectionStart', 'title', 'website'] } });
      expect(await world.initiatives.update(admin, 'clean-air', { website: null })).toMatchObject({ website: null });
    });

    it('judges an edit on what it changes: a new title for an initiative whose kick-off is long past', async () => {
      await world.createInitiative('demo'); // registered 2022-11-15, kicking off today: no longer a lawful kick-off
      expect(await world.initiatives.update(admin, 'demo', { title: { en: 'Renamed' } })).toMatchObject({ title: { en: 'Renamed' } });
      expect(await refusalItems(world.initiatives.update(admin, 'demo', { collectionStart: world.today() }))).toEqual([
        { field: 'collectionStart', code: 'kick_off_too_late', params: { latest: '2023-05-15' } },
      ]);
    });

    it('applies the same checks as creation, and changes nothing when refused', async () => {
      const created = await world.initiatives.create(admin, undefined, input());
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { registrationNumber: 'ECI(2019)000001' }))).toEqual([{ field: 'registrationNumber', code: 'registration_year' }]);
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { title: null, organisers: null }))).toEqual([
        { field: 'title', code: 'required' },
        { field: 'organisers', code: 'required' },
      ]);
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { organisers: organisers().slice(1) }))).toContainEqual({ field: 'organisers', code: 'organisers_representative' });
      expect(await world.initiativesRepository.findBySlug('clean-air')).toEqual(await world.initiativesRepository.findBySlug(created.slug));
      expect((await world.initiativesRepository.findBySlug('clean-air'))?.title).toEqual(input().title);
    });

    it("refuses another initiative's registration number", async () => {
      await world.initiatives.create(admin, undefined, input());
      const other = await world.initiatives.create(admin, undefined, input({ slug: 'other', registrationNumber: `ECI(${input().registrationDate.slice(0, 4)})000043` }));
      expect(await refusalItems(world.initiatives.update(admin, 'other', { registrationNumber: input().registrationNumber }))).toEqual([{ field: 'registrationNumber', code: 'initiative_exists' }]);
      expect(await world.initiatives.update(admin, 'other', { registrationNumber: other.registrationNumber })).toMatchObject({ registrationNumber: other.registrationNumber });
    });

    it('refuses changing the kick-off, the registration or the key once statements exist; other fields still change', async () => {
      const created = await world.initiatives.create(admin, undefined, input());
      const stored = (await world.initiativesRepository.findBySlug('clean-air')) as Initiative;
      aStatement(stored.id);
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { collectionStart: addDays(created.collectionStart, 1) }))).toEqual([{ field: 'collectionStart', code: 'statements_exist' }]);
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { registrationDate: addDays(created.registrationDate, -1), collectionStart: addDays(created.registrationDate, -1) }))).toEqual([
        { field: 'registrationDate', code: 'statements_exist' },
      ]);
      const key = Buffer.from(generateKeyPair().publicKey).toString('base64');
      expect(await refusalItems(world.initiatives.update(admin, 'clean-air', { publicKey: key }))).toEqual([{ field: 'publicKey', code: 'key_in_use' }]);
      // Giving the same kick-off again changes nothing that statements fix.
      expect(await world.initiatives.update(admin, 'clean-air', { collectionStart: created.collectionStart, title: { en: 'Still editable' } })).toMatchObject({ title: { en: 'Still editable' } });
    });

    it('refuses an unknown initiative', async () => {
      expect(await refusalItems(world.initiatives.update(admin, 'nowhere', { title: { en: 'x' } }))).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
    });
  });

  describe('closeEarly', () => {
    it('closes a collecting initiative from today in Brussels, refuses statements from then on, and audits it', async () => {
      await world.initiatives.create(admin, undefined, input());
      const closed = await world.initiatives.closeEarly(admin, 'clean-air');
      expect(closed.closedEarlyOn).toBe(world.today());
      expect((await world.initiatives.getPublic('clean-air')).closedEarlyOn).toBe(world.today());
      expect((await audited()).at(-1)).toEqual({ actor: admin, action: 'initiative_closed', details: { initiative: 'clean-air', closedEarlyOn: world.today() } });
      expect(await refusalItems(world.initiatives.closeEarly(admin, 'clean-air'))).toEqual([{ field: null, code: 'collection_already_closed' }]);
    });

    it('refuses an initiative not collecting yet, or any more', async () => {
      const today = world.today();
      await world.initiatives.create(admin, undefined, input({ registrationDate: today, registrationNumber: `ECI(${today.slice(0, 4)})000042`, collectionStart: addDays(today, 1) }));
      expect(await refusalItems(world.initiatives.closeEarly(admin, 'clean-air'))).toEqual([{ field: null, code: 'close_not_started' }]);
      await world.initiatives.create(admin, undefined, input({ slug: 'old', registrationDate: '2022-05-10', registrationNumber: 'ECI(2022)000003', collectionStart: '2022-11-01' }));
      expect(await refusalItems(world.initiatives.closeEarly(admin, 'old'))).toEqual([{ field: null, code: 'close_ended' }]);
      expect((await world.initiativesRepository.findBySlug('old'))?.closedEarlyOn).toBeNull();
    });
  });
});
