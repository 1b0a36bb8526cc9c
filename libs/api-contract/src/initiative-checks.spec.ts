import { initiativeProblems, isRealDay, organiserCount, organiserProblems, textLength, textProblems, type CheckedInitiative, type CheckedOrganiser } from './initiative-checks';

const organisers: CheckedOrganiser[] = [
  { role: 'representative', name: 'Ingrid Larsen', residence: 'DK', email: 'rep@example.org' },
  { role: 'substitute', name: 'Paolo Bianchi', residence: 'IT', email: 'sub@example.org' },
  { role: 'member', name: 'Kateřina Nováková', residence: 'CZ' },
  { role: 'member', name: 'Seán Ó Briain', residence: 'IE' },
  { role: 'member', name: 'Liis Tamm', residence: 'EE' },
  { role: 'member', name: 'Carmen Ruiz', residence: 'ES' },
  { role: 'member', name: 'Ján Horváth', residence: 'SK' },
];

const valid: CheckedInitiative = {
  slug: 'right-to-repair',
  registrationNumber: 'ECI(2025)000003',
  registrationDate: '2025-03-01',
  collectionStart: '2025-06-01',
  title: { en: 'A right to repair' },
  subject: { en: 'Repair' },
  objectives: { en: 'Spare parts for ten years' },
  annex: null,
  partialRegistration: null,
  organisers,
};
const ALL = new Set(Object.keys(valid));
const TODAY = '2026-01-15';

describe('initiativeProblems (shared by the API and the console)', () => {
  it('finds nothing wrong with a lawful registration', () => {
    expect(initiativeProblems(valid, ALL, TODAY)).toEqual([]);
  });

  it('names the latest kick-off when the kick-off is more than 6 months after registration, and a kick-off before registration', () => {
    expect(initiativeProblems({ ...valid, collectionStart: '2025-09-02' }, ALL, TODAY)).toEqual([{ field: 'collectionStart', code: 'kick_off_too_late', params: { latest: '2025-09-01' } }]);
    expect(initiativeProblems({ ...valid, collectionStart: '2025-09-01' }, ALL, TODAY)).toEqual([]);
    expect(initiativeProblems({ ...valid, collectionStart: '2025-02-28' }, ALL, TODAY)).toEqual([{ field: 'collectionStart', code: 'kick_off_before_registration' }]);
  });

  it('refuses a registration in the future, an unreal day, a number of another year and a reserved slug', () => {
    expect(initiativeProblems({ ...valid, registrationDate: '2026-01-16', registrationNumber: 'ECI(2026)000001', collectionStart: '2026-02-01' }, ALL, TODAY)).toEqual([{ field: 'registrationDate', code: 'date_in_future' }]);
    expect(initiativeProblems({ ...valid, registrationDate: '2025-02-30' }, ALL, TODAY)).toEqual([{ field: 'registrationDate', code: 'invalid_date' }]);
    expect(initiativeProblems({ ...valid, registrationNumber: 'ECI(2024)000003' }, ALL, TODAY)).toEqual([{ field: 'registrationNumber', code: 'registration_year' }]);
    expect(initiativeProblems({ ...valid, slug: 'console' }, ALL, TODAY)).toEqual([{ field: 'slug', code: 'slug_reserved' }]);
  });

  it('judges only the changed fields', () => {
    const late = { ...valid, collectionStart: '2025-12-01' };
    expect(initiativeProblems(late, new Set(['title']), TODAY)).toEqual([]);
    expect(initiativeProblems(late, new Set(['registrationDate']), TODAY).map((p) => p.code)).toEqual(['kick_off_too_late']);
  });

  it('counts characters, not UTF-16 units, against the Annex II limits, per language', () => {
    expect(textLength('😀'.repeat(200))).toBe(200);
    expect(textProblems('title', { en: '😀'.repeat(200) }, true)).toEqual([]);
    expect(textProblems('title', { en: 'x'.repeat(201), fr: ' ' }, true)).toEqual([
      { field: 'title.en', code: 'too_long', params: { max: 200 } },
      { field: 'title.fr', code: 'required' },
    ]);
    expect(textProblems('objectives', { de: 'x'.repeat(1101) }, true)).toEqual([{ field: 'objectives.de', code: 'too_long', params: { max: 1100 } }]);
    expect(textProblems('title', {}, true)).toEqual([{ field: 'title', code: 'required' }]);
    expect(textProblems('annex', null, false)).toEqual([]);
    expect(textProblems('title', { xx: 'Hi' }, true)).toEqual([{ field: 'title', code: 'unknown_language' }]);
  });

  it('the organisers: 7 members in 7 Member States, one representative and one substitute with e-mail addresses', () => {
    expect(organiserCount(organisers)).toEqual({ members: 7, states: 7, representatives: 1, substitutes: 1 });
    expect(organiserProblems(organisers)).toEqual([]);
    const sameState = organisers.map((o, n) => (n === 6 ? { ...o, residence: 'DK' } : o));
    expect(organiserCount(sameState).states).toBe(6);
    expect(organiserProblems(sameState)).toEqual([{ field: 'organisers', code: 'organisers_too_few', params: { min: 7 } }]);
    const twoRepresentatives = organisers.map((o, n) => (n === 1 ? { ...o, role: 'representative' as const } : n === 2 ? { ...o, residence: 'XX' } : o));
    expect(organiserProblems(twoRepresentatives)).toEqual([
      { field: 'organisers.2.residence', code: 'unknown_country' },
      { field: 'organisers', code: 'organisers_representative' },
      { field: 'organisers', code: 'organisers_substitute' },
      { field: 'organisers', code: 'organisers_too_few', params: { min: 7 } },
    ]);
    expect(organiserProblems(organisers.map((o, n) => (n === 0 ? { ...o, email: undefined } : o)))).toEqual([{ field: 'organisers.0.email', code: 'required' }]);
  });

  it('isRealDay: real calendar days from 1900', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('1899-12-31')).toBe(false);
    expect(isRealDay('2025-1-01')).toBe(false);
  });
});
