import fc from 'fast-check';
import { CONTEXT, validInput } from '../test/examples';
import { makePersonnummer } from '../test/reference';
import { foldName, identityKey, IDENTITY_KEY_VERSION, validateStatement, type CountryCode, type DocumentType, type NormalisedStatement } from '.';

function statementOf(input: Record<string, unknown>): NormalisedStatement {
  const result = validateStatement(input, CONTEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.statement;
}

const keyOf = (input: Record<string, unknown>): string => identityKey(statementOf(input));

describe('identity key, Part B', () => {
  it('is version | B | nationality | document type | normalised number', () => {
    expect(keyOf(validInput('PL'))).toBe(`${IDENTITY_KEY_VERSION}|B|PL|national.id.number|44051401359`);
    expect(keyOf(validInput('BE'))).toBe(`${IDENTITY_KEY_VERSION}|B|BE|national.id.number|85073003328`);
  });

  it('ignores separators and letter case', () => {
    const variants = ['CA00000AA', 'ca00000aa', 'CA 00000 AA', 'ca-00000-aa', 'C.A/00000/A.A', ' Ca00000aA '];
    const keys = variants.map((n) => keyOf({ ...validInput('IT', 'id.card'), idDocumentNumber: n }));
    expect(new Set(keys).size).toBe(1);
  });

  it('SE: 10- and 12-digit forms of the same personnummer give the same key', () => {
    const { short, long } = makePersonnummer(1990, 7, 1, 456);
    const typed = [short, long, `${short.slice(0, 6)}-${short.slice(6)}`, `${long.slice(0, 8)}-${long.slice(8)}`];
    const keys = typed.map((n) => keyOf({ ...validInput('SE'), idDocumentNumber: n }));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(`${IDENTITY_KEY_VERSION}|B|SE|personal.number|${long}`);
  });

  it('SE: a statement built with the 10-digit form still yields the 12-digit key', () => {
    const statement: NormalisedStatement = {
      part: 'B', nationality: 'SE', fullFirstNames: 'A', familyNames: 'B', signingDate: '2026-11-23',
      idDocumentType: 'personal.number', idDocumentNumber: '811228-9874',
    };
    expect(identityKey(statement)).toBe(`${IDENTITY_KEY_VERSION}|B|SE|personal.number|198112289874`);
  });

  it('includes the document type: equal passport and ID card numbers are different people', () => {
    const passport = keyOf({ ...validInput('CZ', 'passport'), idDocumentNumber: '12345678' });
    const idCard = keyOf({ ...validInput('CZ', 'id.card'), idDocumentNumber: '123456789' });
    const sameDigits = keyOf({ ...validInput('AT', 'passport'), idDocumentType: 'id.card', idDocumentNumber: '12345678' });
    const samePassport = keyOf({ ...validInput('AT', 'passport'), idDocumentNumber: 'P1234567' });
    expect(passport).not.toBe(idCard);
    expect(sameDigits).not.toBe(samePassport);
    expect(keyOf({ ...validInput('AT'), idDocumentType: 'id.card', idDocumentNumber: '1234567' })).not.toBe(
      keyOf({ ...validInput('CZ', 'passport'), idDocumentNumber: '1234567' }),
    );
  });

  it('does not depend on the names (a typo in the name is still a duplicate)', () => {
    expect(keyOf({ ...validInput('PL'), familyNames: 'Wisniewska' })).toBe(keyOf(validInput('PL')));
  });

  it('property: stable under inserted separators and case changes', () => {
    const cases: Array<[CountryCode, DocumentType, string]> = [
      ['PL', 'national.id.number', '44051401359'],
      ['ES', 'id.card', '12345678Z'],
      ['PT', 'citizens.card', '000000000ZZ4'],
      ['CZ', 'id.card', '123456AB12'],
      ['RO', 'id.card', 'RX123456'],
      ['BE', 'national.id.number', '85073003328'],
      ['SE', 'personal.number', '198112289874'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '.', '-', '/', '\u2013', '  ')), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        ([country, type, number], separators, lower) => {
          let typed = number
            .split('')
            .map((ch, i) => (lower[i] ? ch.toLowerCase() : ch))
            .join('');
          for (const [at, sep] of separators) {
            const i = at % (typed.length + 1);
            typed = typed.slice(0, i) + sep + typed.slice(i);
          }
          const base = { ...validInput(country, type), idDocumentNumber: number };
          return keyOf({ ...base, idDocumentNumber: typed }) === keyOf(base);
        },
      ),
    );
  });
});

describe('identity key, Part A', () => {
  it('is version | A | nationality | family names | first names | date of birth', () => {
    expect(keyOf(validInput('DE'))).toBe(`${IDENTITY_KEY_VERSION}|A|DE|MULLERSCHMIDT|ANNALENA|1990-01-31`);
  });

  it.each([
    ["O'Brien", 'O’Brien', 'OBrien', 'o brien', 'O\u02BCBrien', 'Ó Brien'],
    ['Müller-Schmidt', 'MÜLLER SCHMIDT', 'Muller–Schmidt', 'mu\u0308ller-schmidt', 'Müller\u2011Schmidt'],
    ['Łukasz Żółć', 'LUKASZ ZOLC', 'lukasz zolc'],
    ['Straße', 'STRASSE', 'strasse'],
    ['Søren Ærø', 'Soren Aero', 'SØREN ÆRØ'],
    ['Παπαδόπουλος', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', 'παπαδοπουλος', 'Παπαδοπουλοσ'],
    ['Đorđević', 'Djordjević'.replace('Dj', 'Đ').replace('dj', 'đ'), 'DORDEVIC'],
  ])('folds %s and its variants to the same name', (...variants) => {
    const keys = variants.map((name) => keyOf({ ...validInput('FR'), familyNames: name }));
    expect(new Set(keys).size).toBe(1);
  });

  it('keeps different people apart: date of birth, nationality, and first vs family names', () => {
    const base = keyOf(validInput('FR'));
    expect(keyOf({ ...validInput('FR'), dateOfBirth: '1960-12-25' })).not.toBe(base);
    expect(keyOf({ ...validInput('FR'), nationality: 'LU' })).not.toBe(base);
    expect(keyOf({ ...validInput('FR'), fullFirstNames: 'Martin', familyNames: 'Paul' })).not.toBe(
      keyOf({ ...validInput('FR'), fullFirstNames: 'Paul', familyNames: 'Martin' }),
    );
  });

  it('does not depend on the address (people move)', () => {
    expect(keyOf({ ...validInput('FR'), street: 'Rue de la Paix', residenceCountry: 'BE', postalCode: '1000' })).toBe(keyOf(validInput('FR')));
  });

  it('property: stable under case changes and added diacritics / separators in names', () => {
    const marks = ['\u0301', '\u0300', '\u0308', '\u030C', '\u0327', '\u0303', '\u0328'];
    const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...marks)), { maxLength: 4 }),
        fc.constantFrom(' ', '-', '\u2010', "'", '’', '  '),
        fc.boolean(),
        (words, accents, joiner, upper) => {
          const plain = words.join(' ');
          let variant = words.join(joiner);
          for (const [at, mark] of accents) {
            const i = (at % variant.length) + 1;
            variant = variant.slice(0, i) + mark + variant.slice(i);
          }
          variant = (upper ? variant.toUpperCase() : variant).normalize('NFC');
          return foldName(variant) === foldName(plain) && foldName(plain) === plain.replace(/ /g, '').toUpperCase();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('foldName', () => {
  it.each([
    ['ﬁnn', 'FINN'],
    ['Ħaġar', 'HAGAR'],
    ['Þórður', 'THORDUR'],
    ['Œuvre', 'OEUVRE'],
    ['  jean   pierre  ', 'JEANPIERRE'],
    ['Anne-Marie. Jr', 'ANNEMARIEJR'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});
