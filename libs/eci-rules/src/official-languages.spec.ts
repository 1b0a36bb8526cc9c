import { LANGUAGES, MEMBER_STATES, OFFICIAL_LANGUAGES, SOURCES, officialLanguages } from '.';

describe('official EU languages of the Member States', () => {
  it('lists every Member State, each with official EU languages only, none twice', () => {
    expect(Object.keys(OFFICIAL_LANGUAGES).sort()).toEqual([...MEMBER_STATES].sort());
    for (const languages of Object.values(OFFICIAL_LANGUAGES)) {
      expect(languages.length).toBeGreaterThan(0);
      expect(new Set(languages).size).toBe(languages.length);
      for (const language of languages) expect(LANGUAGES).toContain(language);
    }
  });

  it('is every official language of the Union in at least one Member State', () => {
    expect([...new Set(Object.values(OFFICIAL_LANGUAGES).flat())].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each([
    ['BE', ['nl', 'fr', 'de']],
    ['IE', ['ga', 'en']],
    ['LU', ['fr', 'de']],
    ['MT', ['mt', 'en']],
    ['CY', ['el']],
    ['FI', ['fi', 'sv']],
    ['AT', ['de']],
    ['GR', ['el']],
    ['SI', ['sl']],
    ['EE', ['et']],
  ])('%s: %j', (country, languages) => {
    expect(OFFICIAL_LANGUAGES[country as keyof typeof OFFICIAL_LANGUAGES]).toEqual(languages);
  });

  it('looks up ISO and EU codes in any case, and nothing else', () => {
    expect(officialLanguages('EL')).toEqual(['el']);
    expect(officialLanguages(' be ')).toEqual(['nl', 'fr', 'de']);
    expect(officialLanguages('CH')).toBeUndefined();
    expect(officialLanguages('XX')).toBeUndefined();
  });

  it('has its source in the library', () => {
    expect(SOURCES.S28).toMatch(/european-union\.europa\.eu/);
  });
});
