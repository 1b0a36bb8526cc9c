import { pesel } from '../../../api/test/fixtures/identity-numbers';
import type { WebApp } from './web-app';

/** The organiser credential the progress tests start the app with (ECI_ADMIN_TOKEN). */
export const ADMIN_TOKEN = 'organiser-credential-for-browser-tests-0123456789';

export const PARTNER = { slug: 'clean-air-network', name: 'Clean Air Network' };
export const OTHER_PARTNER = { slug: 'schools-first', name: 'Schools First' };

export interface ProgressData {
  /** The partner's read token (shown once by the organiser API). */
  token: string;
  /** Another partner's valid token: refused on this partner's page. */
  otherToken: string;
}

const polish = (n: number) => ({ nationality: 'PL', fullFirstNames: 'Ewa', familyNames: 'Zielińska', idDocumentType: 'national.id.number', idDocumentNumber: pesel('1980-10-10', n), certified: true });
const french = (n: number) => ({
  nationality: 'FR',
  fullFirstNames: 'Camille',
  familyNames: `Martin-${n}`,
  dateOfBirth: '1990-01-01',
  street: 'Rue Haute',
  streetNumber: String(n),
  postalCode: '75001',
  city: 'Paris',
  residenceCountry: 'FR',
  certified: true,
});
const maltese = (n: number) => ({ nationality: 'MT', fullFirstNames: 'Maria', familyNames: 'Borg', idDocumentType: 'id.card', idDocumentNumber: `${String(n).padStart(7, '0')}M`, certified: true });

/** Statements of one nationality straight into the table (bulk data for thresholds; the ciphertext is irrelevant here). */
async function bulkInsert(app: WebApp, nationality: string, n: number, partner?: string): Promise<void> {
  await app.sql(
    `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, identity_hash, ciphertext, partner_id)
     SELECT gen_random_uuid(), i.id, $1::text, CURRENT_DATE, 'paper', sha256(('bulk' || $1::text || coalesce($3::text, '') || g)::bytea), '\\x00'::bytea,
            (SELECT p.id FROM partners p WHERE p.initiative_id = i.id AND p.slug = $3::text)
       FROM initiatives i, generate_series(1, $2::int) g WHERE i.slug = 'demo'`,
    [nationality, n, partner ?? null],
  );
}

/**
 * The demo initiative with two partners and counts that make a story: statements signed through
 * the API (some credited to the partner), bulk rows so that Malta and Luxembourg reach their
 * minimum (4,230 under the ×705 table of the demo, registered in 2022), Estonia nearly does (99 % of 4,935), Germany is on its way. Call it
 * before the first progress read: the server then counts everything at once (no 2 s cache to wait out).
 */
export async function fillProgressData(app: WebApp): Promise<ProgressData> {
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const create = async (partner: { slug: string; name: string }) =>
    (await app.http.post('/api/initiatives/demo/partners').set(admin).send(partner).expect(201)).body.token as string;
  const token = await create(PARTNER);
  const otherToken = await create(OTHER_PARTNER);

  const sign = (statement: object, partner?: string) => app.http.post('/api/initiatives/demo/signatures').send({ ...statement, lang: 'en', ...(partner ? { partner } : {}) }).expect(201);
  await sign(polish(1), PARTNER.slug);
  await sign(polish(2), PARTNER.slug);
  await sign(polish(3));
  await sign(french(1), PARTNER.slug);
  await sign(french(2), OTHER_PARTNER.slug);
  await sign(maltese(1), PARTNER.slug);

  await bulkInsert(app, 'MT', 4399);
  await bulkInsert(app, 'LU', 4320);
  await bulkInsert(app, 'EE', 4934);
  await bulkInsert(app, 'DE', 18_500);
  await bulkInsert(app, 'DE', 1500, PARTNER.slug);
  await bulkInsert(app, 'IE', 240, PARTNER.slug);
  return { token, otherToken };
}
