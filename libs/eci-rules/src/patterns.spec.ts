import { COUNTRY_RULES } from './data/countries';
import { anchoredSource, fullMatchRegExp, matchesFully } from './patterns';

const CZ_ID_CARD = COUNTRY_RULES.find((r) => r.code === 'CZ')!.documents.find((d) => d.type === 'id.card')!.pattern;

describe('full-match patterns', () => {
  it('wraps the body in ^(?:…)$', () => {
    expect(anchoredSource('a|b')).toBe('^(?:a|b)$');
    expect(fullMatchRegExp('a|b')).toBe(fullMatchRegExp('a|b'));
  });

  it('demonstrates the anchoring trap the naive "^" + body + "$" falls into', () => {
    const naive = new RegExp(`^${CZ_ID_CARD}$`);
    // The first alternative is only anchored at the start, the last only at the end:
    expect(naive.test('123456789XYZ')).toBe(true);
    expect(naive.test('XYZAB123456')).toBe(true);
    expect(matchesFully(CZ_ID_CARD, '123456789XYZ')).toBe(false);
    expect(matchesFully(CZ_ID_CARD, 'XYZAB123456')).toBe(false);
  });

  it.each(['123456789', '123456AB12', '123456AB', 'AB123456'])('each CZ ID card alternative matches its whole form (%s)', (value) => {
    expect(matchesFully(CZ_ID_CARD, value)).toBe(true);
  });

  it('no CZ ID card alternative matches a prefix or suffix with extra characters', () => {
    for (const valid of ['123456789', '123456AB12', '123456AB', 'AB123456']) {
      for (const extra of ['0', 'A', 'ZZ']) {
        expect(matchesFully(CZ_ID_CARD, valid + extra)).toBe(false);
        expect(matchesFully(CZ_ID_CARD, extra + valid)).toBe(false);
      }
    }
  });

  it('every document pattern in the pack rejects a valid value with a suffix or prefix', () => {
    for (const rule of COUNTRY_RULES) {
      for (const doc of rule.documents) {
        if (doc.pattern.endsWith('+')) continue; // open-ended [A-Z0-9]+ patterns (ES/RO passport, MT ID)
        expect(matchesFully(doc.pattern, `${'9'.repeat(31)}`)).toBe(false);
        expect(matchesFully(doc.pattern, '@')).toBe(false);
      }
    }
  });
});
