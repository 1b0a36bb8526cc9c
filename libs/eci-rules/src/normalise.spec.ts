import fc from 'fast-check';
import { normaliseCode, normaliseDocumentNumber, normalisePostcode, normaliseText, postcodeMatchForm } from './normalise';

describe('normaliseText', () => {
  it.each([
    ['  Anna   Maria  ', 'Anna Maria'],
    ['Anna\tMaria\nLuise', 'Anna Maria Luise'],
    ['Ze\u0301lie', 'Zélie'],
    ['\u00A0Jörg\u2003Müller\u3000', 'Jörg Müller'],
    ['Ann\u200Ba', 'Anna'],
    ['A\u202Eevil', 'Aevil'],
    ['e\u200B\u0301', 'é'],
    ['\uD800x', 'x'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('normaliseDocumentNumber', () => {
  it.each<[string, boolean, string]>([
    ['85.07.30-033.28', false, '85073003328'],
    ['ab 123/456', true, 'AB123456'],
    ['ab 123/456', false, 'ab123456'],
    ['811228\u20139874', false, '8112289874'],
    ['811228+9874', false, '811228+9874'],
    ['１２３', true, '１２３'],
    ['\uFEFF123\u00AD45', true, '12345'],
  ])('%j (case-insensitive %s) → %j', (input, caseInsensitive, expected) => {
    expect(normaliseDocumentNumber(input, caseInsensitive)).toBe(expected);
  });

  it('folds case by default', () => {
    expect(normaliseDocumentNumber('ab-12')).toBe('AB12');
  });
});

describe('postcodes and codes', () => {
  it('keeps the typed form in upper case and matches without spaces/hyphens', () => {
    expect(normalisePostcode(' 1012  lg ')).toBe('1012 LG');
    expect(postcodeMatchForm('00-950')).toBe('00950');
    expect(normaliseCode(' de\u200B ')).toBe('de');
  });
});

describe('idempotency (property)', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 60 });
  const realistic = fc.string({ unit: fc.constantFrom(...'aZ09 .-/+\t\u00A0\u0301\u200Bßǰΐﬁİςŉ'.split('')), maxLength: 30 });
  const text = fc.oneof(anyText, realistic);

  it('normaliseText', () => {
    fc.assert(fc.property(text, (s) => normaliseText(normaliseText(s)) === normaliseText(s)), { numRuns: 2000 });
  });

  it('normaliseDocumentNumber (both case modes)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, ci) => {
        const once = normaliseDocumentNumber(s, ci);
        return normaliseDocumentNumber(once, ci) === once;
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisePostcode and normaliseCode', () => {
    fc.assert(
      fc.property(text, (s) => normalisePostcode(normalisePostcode(s)) === normalisePostcode(s) && normaliseCode(normaliseCode(s)) === normaliseCode(s)),
      { numRuns: 2000 },
    );
  });

  it('normalised document numbers contain no separators and no lower-case letters when folded', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normaliseDocumentNumber(s, true);
        return !/[\s./-]/u.test(n) && n === n.toUpperCase();
      }),
    );
  });
});
