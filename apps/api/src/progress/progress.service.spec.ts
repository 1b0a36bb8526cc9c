import { randomBytes, randomUUID } from 'node:crypto';
import { MIN_MEMBER_STATES_AT_THRESHOLD, MIN_TOTAL_SIGNATORIES, thresholdTableFor } from '@eci/rules';
import type { Initiative } from '../initiatives/initiative';
import type { Partner } from '../partners/partner';
import { DomainError } from '../platform/errors/domain-error';
import { SigningWorld } from '../../test/fixtures/signing-world';
import { PROGRESS_TTL_MS, ProgressService } from './progress.service';

describe('ProgressService (on the fakes)', () => {
  let world: SigningWorld;
  let progress: ProgressService;

  beforeEach(() => {
    world = new SigningWorld();
    progress = new ProgressService(world.initiatives, world.counts, world.clock);
  });
  afterEach(() => world.close());

  /** Stored statements, as the signing transaction leaves them (what the counter rows count). */
  const store = (initiative: Initiative, nationality: string, n: number, partnerId: string | null = null) => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      world.tables.signatures.set(id, {
        id,
        initiativeId: initiative.id,
        nationality,
        signedOn: world.today(),
        channel: 'online',
        partnerId,
        idFormatConfirmed: true,
        identityHash: new Uint8Array(randomBytes(32)),
        ciphertext: new Uint8Array(randomBytes(48)),
      });
    }
  };
  const country = (p: { countries: { code: string }[] }, code: string) => p.countries.find((c) => c.code === code);

  it('gives zero everywhere for an initiative without statements, all 27 Member States with their thresholds', async () => {
    const initiative = await world.createInitiative();
    const asked = world.clock.now().getTime();
    const result = await progress.forInitiative('demo');
    const table = thresholdTableFor(initiative.registrationDate);
    expect(result).toMatchObject({ total: 0, goal: MIN_TOTAL_SIGNATORIES, countriesRequired: MIN_MEMBER_STATES_AT_THRESHOLD, countriesReached: 0, thresholdTable: `${table.id}` });
    expect(table.id).toBe(705); // the demo is registered in 2022
    expect(result.countries).toHaveLength(27);
    for (const c of result.countries) expect(c).toEqual({ code: c.code, count: 0, threshold: table.minimums[c.code as keyof typeof table.minimums], reached: false });
    expect(Date.parse(result.updatedAt)).toBeGreaterThanOrEqual(asked);
    expect(Date.parse(result.updatedAt)).toBeLessThanOrEqual(world.clock.now().getTime());
  });

  it('sums statements per nationality, and only those of this initiative', async () => {
    const demo = await world.createInitiative();
    const other = await world.createInitiative('other');
    store(demo, 'PL', 3);
    store(demo, 'FR', 2);
    store(other, 'PL', 5);
    const result = await progress.forInitiative('demo');
    expect(result.total).toBe(5);
    expect(country(result, 'PL')).toMatchObject({ count: 3, reached: false });
    expect(country(result, 'FR')).toMatchObject({ count: 2, reached: false });
    expect(country(result, 'DE')).toMatchObject({ count: 0 });
    expect((await progress.forInitiative('other')).total).toBe(5);
  });

  it('reaches a country at exactly its threshold, of the table the registration date selects', async () => {
    // Malta: 4,230 with 705 seats (registered before 16 July 2024), 4,320 with 720.
    const before = await world.createInitiative('before', { registrationDate: '2024-07-15' });
    const after = await world.createInitiative('after', { registrationDate: '2024-07-16' });
    store(before, 'MT', 4230);
    store(after, 'MT', 4230);
    const old = await progress.forInitiative('before');
    expect(old.thresholdTable).toBe('705');
    expect(country(old, 'MT')).toEqual({ code: 'MT', count: 4230, threshold: 4230, reached: true });
    expect(old.countriesReached).toBe(1);
    const current = await progress.forInitiative('after');
    expect(current.thresholdTable).toBe('720');
    expect(country(current, 'MT')).toEqual({ code: 'MT', count: 4230, threshold: 4320, reached: false });
    expect(current.countriesReached).toBe(0);
  });

  it('serves the same counts within its time to live, and reads them again once it has passed', async () => {
    const demo = await world.createInitiative();
    store(demo, 'PL', 1);
    const first = await progress.forInitiative('demo');
    store(demo, 'PL', 2);
    // The clock runs on with real time beside the offset: half the time to live is safely within it.
    world.clock.advance(PROGRESS_TTL_MS / 2);
    const cached = await progress.forInitiative('demo');
    expect(cached).toBe(first);
    expect(cached.total).toBe(1);
    world.clock.advance(PROGRESS_TTL_MS / 2);
    const fresh = await progress.forInitiative('demo');
    expect(fresh.total).toBe(3);
    expect(Date.parse(fresh.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt) + PROGRESS_TTL_MS);
  });

  it('serialises once per refresh, with an ETag that changes with the counts', async () => {
    const demo = await world.createInitiative();
    const first = await progress.serialisedForInitiative('demo');
    expect(JSON.parse(first.json)).toEqual(await progress.forInitiative('demo'));
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await progress.serialisedForInitiative('demo')).toBe(first);
    store(demo, 'FR', 1);
    world.clock.advance(PROGRESS_TTL_MS);
    const second = await progress.serialisedForInitiative('demo');
    expect(JSON.parse(second.json).total).toBe(1);
    expect(second.etag).not.toBe(first.etag);
  });

  it('gives a partner its own contribution per country beside the whole campaign, each cached', async () => {
    const demo = await world.createInitiative();
    const partnerId = world.addPartner(demo, 'friends');
    const otherPartner = world.addPartner(demo, 'others');
    store(demo, 'PL', 2, partnerId);
    store(demo, 'FR', 1, partnerId);
    store(demo, 'PL', 4, otherPartner);
    store(demo, 'DE', 3);
    const partner: Partner = { id: partnerId, initiativeId: demo.id, slug: 'friends', name: 'Friends of clean air', allowedOrigins: [], hasToken: true };
    const result = await progress.forPartner('demo', partner);
    expect(result.campaign.total).toBe(10);
    expect(result.partner).toMatchObject({ slug: 'friends', name: 'Friends of clean air', total: 3 });
    expect(result.partner.countries).toHaveLength(27);
    expect(country(result.partner, 'PL')).toEqual({ code: 'PL', count: 2 });
    expect(country(result.partner, 'FR')).toEqual({ code: 'FR', count: 1 });
    expect(country(result.partner, 'DE')).toEqual({ code: 'DE', count: 0 });
    expect(result.partner).not.toHaveProperty('updatedAt');
    expect(Date.parse(result.updatedAt)).toBeGreaterThanOrEqual(Date.parse(result.campaign.updatedAt));

    store(demo, 'PL', 1, partnerId);
    expect((await progress.forPartner('demo', partner)).partner.total).toBe(3);
    world.clock.advance(PROGRESS_TTL_MS);
    const later = await progress.forPartner('demo', partner);
    expect(later.partner.total).toBe(4);
    expect(later.campaign.total).toBe(11);
  });

  it('refuses an unknown initiative with initiative_not_found', async () => {
    await world.createInitiative();
    const refused = progress.forInitiative('nowhere');
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ items: [{ field: 'slug', code: 'initiative_not_found' }] });
    await expect(progress.serialisedForInitiative('nowhere')).rejects.toMatchObject({ items: [{ field: 'slug', code: 'initiative_not_found' }] });
  });
});
