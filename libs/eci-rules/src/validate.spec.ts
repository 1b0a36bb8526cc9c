import { CONTEXT, EXAMPLES, validInput } from '../test/examples';
import {
  iso,
  makeBe,
  makeCnp,
  makeEgn,
  makeEmso,
  makeIsikukood,
  makePersonnummer,
  makePesel,
  nextDay,
  peselValid,
  singleDigitMutations,
  yearsBefore,
  type SimpleDate,
} from '../test/reference';
import {
  COUNTRY_RULES,
  MEMBER_STATES,
  PART_A_FIELDS,
  PART_B_FIELDS,
  formFor,
  validateStatement,
  type CountryCode,
  type DocumentType,
  type ValidationContext,
  type ValidationError,
  type ValidationResult,
} from '.';

function errorsOf(result: ValidationResult): readonly ValidationError[] {
  return result.ok ? [] : result.errors;
}

function expectError(result: ValidationResult, expected: Partial<ValidationError>): void {
  expect(result.ok).toBe(false);
  expect(errorsOf(result)).toContainEqual(expect.objectContaining(expected));
}

const validate = (input: unknown, context: ValidationContext = CONTEXT) => validateStatement(input, context);

describe.each(MEMBER_STATES.map((code) => [code] as const))('%s', (country: CountryCode) => {
  const rule = COUNTRY_RULES.find((r) => r.code === country)!;
  const form = formFor(country)!;
  const otherPartFields = rule.part === 'A' ? PART_B_FIELDS.filter((f) => !(PART_A_FIELDS as readonly string[]).includes(f)) : PART_A_FIELDS.filter((f) => !(PART_B_FIELDS as readonly string[]).includes(f));

  it('accepts a valid statement', () => {
    const result = validate(validInput(country));
    expect(errorsOf(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, idFormatConfirmed: false, statement: { nationality: country, part: rule.part } });
  });

  const example = EXAMPLES[country];
  if (example.part === 'B') {
    it.each(Object.entries(example.documents))('accepts the %s example and stores it normalised', (type, numbers) => {
      const result = validate(validInput(country, type as DocumentType));
      expect(errorsOf(result)).toEqual([]);
      expect(result.ok && result.statement).toMatchObject({ idDocumentType: type, idDocumentNumber: numbers![1] });
    });

    it('has an example for every accepted document', () => {
      expect(Object.keys(example.documents).sort()).toEqual(rule.documents.map((d) => d.type).sort());
    });
  }

  it.each(form.fields.filter((f) => f.required).map((f) => [f.name]))('refuses a statement without %s (required)', (field) => {
    const input = { ...validInput(country), [field]: undefined };
    expectError(validate(input), { field, code: 'required' });
    expectError(validate({ ...validInput(country), [field]: '   ' }), { field, code: 'required' });
  });

  it.each(otherPartFields.map((f) => [f]))('refuses %s, a field of the other Annex III part (not_allowed)', (field) => {
    const value = field === 'dateOfBirth' ? '1980-01-01' : field === 'residenceCountry' ? country : field === 'idDocumentType' ? 'passport' : 'X1';
    expectError(validate({ ...validInput(country), [field]: value }), { field, code: 'not_allowed' });
  });

  it('ignores empty values of fields of the other part', () => {
    const empties = Object.fromEntries(otherPartFields.map((f) => [f, '']));
    expect(validate({ ...validInput(country), ...empties }).ok).toBe(true);
  });

  it('accepts the nationality in lower case, and with EL for Greece', () => {
    const nationality = country === 'GR' ? 'el' : country.toLowerCase();
    expect(validate({ ...validInput(country), nationality })).toMatchObject({ ok: true, statement: { nationality: country } });
  });
});

describe('minimum age from the birth date encoded in the ID number (Part B)', () => {
  type Generator = (birth: SimpleDate) => string;
  const cases: Array<[CountryCode, DocumentType, Generator]> = [
    ['PL', 'national.id.number', (d) => makePesel(d.year, d.month, d.day, 1234)],
    ['BG', 'personal.number', (d) => makeEgn(d.year, d.month, d.day, 123)],
    ['RO', 'personal.id', (d) => makeCnp(d.year >= 2000 ? 6 : 2, d.year, d.month, d.day)],
    ['EE', 'personal.number', (d) => makeIsikukood(d.year >= 2000 ? 5 : 3, d.year, d.month, d.day, 21)],
    ['LT', 'personal.number', (d) => makeIsikukood(d.year >= 2000 ? 6 : 4, d.year, d.month, d.day, 22)],
    ['SI', 'personal.number', (d) => makeEmso(d.year, d.month, d.day, 50, 123)],
    ['SE', 'personal.number', (d) => makePersonnummer(d.year, d.month, d.day, 123).short],
    ['BE', 'national.id.number', (d) => makeBe(d.year, d.month, d.day, 123)],
  ];

  const statement = (country: CountryCode, type: DocumentType, number: string, signingDate = CONTEXT.signingDate) =>
    validate({ ...validInput(country, type), idDocumentNumber: number }, { ...CONTEXT, signingDate });

  it.each(cases)('%s: accepted on the day of the minimum-age birthday, refused the day before it', (country, type, make) => {
    const minAge = COUNTRY_RULES.find((r) => r.code === country)!.minAge;
    const birthdayToday = yearsBefore(CONTEXT.signingDate, minAge);
    expect(statement(country, type, make(birthdayToday)).ok).toBe(true);
    const oneDayShort = make(nextDay(birthdayToday));
    const result = statement(country, type, oneDayShort);
    expect(errorsOf(result)).toEqual([
      { field: 'idDocumentNumber', code: 'too_young', params: { minAge, countryKey: `countries.${country}` } },
    ]);
  });

  it('a 17-year-old Pole is refused, an 18-year-old accepted', () => {
    const pesel17 = makePesel(2009, 1, 1, 1234); // 17 on 2026-11-23
    const pesel18 = makePesel(2008, 1, 1, 1234);
    expectError(statement('PL', 'national.id.number', pesel17), { code: 'too_young', params: { minAge: 18, countryKey: 'countries.PL' } });
    expect(statement('PL', 'national.id.number', pesel18).ok).toBe(true);
  });

  it('a Pole whose 18th birthday is the signing day is accepted (and refused one day earlier)', () => {
    const pesel = makePesel(2008, 11, 23, 4321);
    expect(statement('PL', 'national.id.number', pesel, '2026-11-23').ok).toBe(true);
    expectError(statement('PL', 'national.id.number', pesel, '2026-11-22'), { code: 'too_young' });
  });

  it('a 16-year-old Estonian is accepted, a 15-year-old refused', () => {
    expect(statement('EE', 'personal.number', makeIsikukood(6, 2010, 5, 5, 1)).ok).toBe(true);
    expectError(statement('EE', 'personal.number', makeIsikukood(6, 2011, 5, 5, 1)), { code: 'too_young', params: { minAge: 16, countryKey: 'countries.EE' } });
  });

  it('BE: people born from 2000 (check computed with the "2" prefix)', () => {
    expect(statement('BE', 'national.id.number', makeBe(2005, 3, 14, 57)).ok).toBe(true);
    expect(statement('BE', 'national.id.number', makeBe(2010, 11, 23, 1)).ok).toBe(true); // 16 today
    expectError(statement('BE', 'national.id.number', makeBe(2012, 1, 1, 1)), { code: 'too_young', params: { minAge: 16, countryKey: 'countries.BE' } });
    // The same 9 digits with the pre-2000 check describe someone born in 1905: a valid number.
    expect(statement('BE', 'national.id.number', makeBe(1905, 3, 14, 57)).ok).toBe(true);
  });

  it('too_young is not overridable', () => {
    const result = validate({ ...validInput('PL'), idDocumentNumber: makePesel(2015, 1, 1, 1), confirmIdFormat: true });
    expect(errorsOf(result)).toEqual([expect.objectContaining({ code: 'too_young' })]);
    expect(errorsOf(result)[0]!.overridable).toBeUndefined();
  });

  it('documents without an encoded date (passports, ID cards) cannot be age-checked and are accepted', () => {
    expect(validate(validInput('AT', 'passport')).ok).toBe(true);
    expect(validate(validInput('PT', 'citizens.card')).ok).toBe(true);
  });

  it('RO residents/foreigners (first digit 7-9) encode no century: no age check', () => {
    expect(statement('RO', 'personal.id', makeCnp(7, 2015, 1, 1)).ok).toBe(true);
  });
});

describe('check digits and encoded dates in validation', () => {
  const numbers: Array<[CountryCode, DocumentType, string]> = [
    ['PL', 'national.id.number', '44051401359'],
    ['BG', 'personal.number', '9007151237'],
    ['RO', 'personal.id', '1800101401237'],
    ['HR', 'personal.id', '69435151530'],
    ['EE', 'personal.number', '38506150420'],
    ['LT', 'personal.number', makeIsikukood(4, 1980, 2, 29, 1)],
    ['SI', 'personal.number', makeEmso(1985, 3, 15, 50, 123)],
    ['SE', 'personal.number', '8112289874'],
    ['BE', 'national.id.number', '85073003328'],
    ['ES', 'id.card', '12345678Z'],
    ['PT', 'citizens.card', '000000000ZZ4'],
  ];

  // Examples chosen without inherent collisions (see checksums.spec.ts): every change is detectable.
  it.each(numbers)('%s %s: every single-digit change of %s is refused with an overridable checksum error', (country, type, number) => {
    expect(validate({ ...validInput(country, type), idDocumentNumber: number }).ok).toBe(true);
    for (const [, mutated] of singleDigitMutations(number)) {
      const result = validate({ ...validInput(country, type), idDocumentNumber: mutated });
      expectError(result, { field: 'idDocumentNumber', code: 'checksum', overridable: true });
    }
  });

  it('SE 12-digit form: a changed century digit is refused too (implausible or future birth date)', () => {
    for (const [position, mutated] of singleDigitMutations('198112289874')) {
      const result = validate({ ...validInput('SE'), idDocumentNumber: mutated });
      expect(result.ok).toBe(false);
      if (position < 2) {
        expect(errorsOf(result).map((e) => e.code)).toEqual([expect.stringMatching(/^(format|too_young)$/)]);
      }
    }
  });

  it.each<[CountryCode, DocumentType, string]>([
    ['PL', 'national.id.number', makePesel(2001, 2, 29, 1)],
    ['PL', 'national.id.number', makePesel(1999, 13, 31, 1234)],
    ['PL', 'national.id.number', makePesel(1985, 0, 31, 1234)],
    ['BG', 'personal.number', makeEgn(1990, 2, 30, 1)],
    ['RO', 'personal.id', makeCnp(1, 1981, 2, 29)],
    ['EE', 'personal.number', makeIsikukood(3, 1981, 2, 29, 1)],
    ['LT', 'personal.number', makeIsikukood(4, 1990, 4, 31, 1)],
    ['SI', 'personal.number', makeEmso(1985, 2, 29)],
    ['SE', 'personal.number', makePersonnummer(1999, 2, 29, 1).short],
    ['BE', 'national.id.number', makeBe(1990, 2, 30, 1)],
  ])('%s: the impossible encoded date in %s is refused (format, reason date, overridable)', (country, type, number) => {
    const result = validate({ ...validInput(country, type), idDocumentNumber: number });
    expect(errorsOf(result)).toEqual([
      {
        field: 'idDocumentNumber',
        code: 'format',
        params: { reason: 'date', documentType: type, hintKey: expect.stringMatching(/^documents\./) },
        overridable: true,
      },
    ]);
  });

  it('an encoded birth date before 1900 is refused like an impossible date', () => {
    expectError(validate({ ...validInput('BG'), idDocumentNumber: '7523169263' }), { code: 'format', params: expect.objectContaining({ reason: 'date' }) });
    expectError(validate({ ...validInput('SE'), idDocumentNumber: '811228+9874' }), { code: 'format', params: expect.objectContaining({ reason: 'date' }) });
  });

  it('SE: "+" marks a person aged 100 or more', () => {
    const { short } = makePersonnummer(1925, 6, 1, 123);
    const typed = `${short.slice(0, 6)}+${short.slice(6)}`;
    expect(validate({ ...validInput('SE'), idDocumentNumber: typed })).toMatchObject({
      ok: true,
      statement: { idDocumentNumber: `19${short}` },
    });
  });

  it('SE: 10- and 12-digit forms are stored identically', () => {
    for (const typed of ['811228-9874', '8112289874', '19811228-9874', '198112289874', ' 19811228 9874 ']) {
      expect(validate({ ...validInput('SE'), idDocumentNumber: typed })).toMatchObject({
        ok: true,
        statement: { idDocumentNumber: '198112289874' },
      });
    }
  });
});

/*
 * eci-rules.md §3 "ID number formats" [S16][S21]: "In the OCS these checks were "skippable" warnings
 * and the COCS lets the signer confirm "the format of my number is correct, ignore this error" –
 * do not hard-reject on format alone." §2 [S23]: "Age is judged on the day the statement is given".
 */
describe('[S16][S21] check digit and encoded date come before any age derived from the number', () => {
  const pl = (idDocumentNumber: string, extra: Record<string, unknown> = {}) => validate({ ...validInput('PL'), idDocumentNumber, ...extra });

  it('[S16][S21] "do not hard-reject on format alone": a typo that fails the check digit and makes the signer look too young is reported as checksum only', () => {
    const adult = makePesel(2000, 1, 1, 1234); // 26 on 2026-11-23
    const tooYoungTypo = `10${adult.slice(2)}`; // year 00 → 10: born 2010-01-01, 16 years old, check digit now wrong
    expect(peselValid(tooYoungTypo)).toBe(false);
    expect(errorsOf(pl(tooYoungTypo))).toEqual([
      { field: 'idDocumentNumber', code: 'checksum', params: { documentType: 'national.id.number', hintKey: 'documents.PL.national_id_number.hint' }, overridable: true },
    ]);
  });

  it('[S16][S21] once the signatory confirms the number, the age it encodes applies (too_young, not overridable)', () => {
    const tooYoungTypo = `10${makePesel(2000, 1, 1, 1234).slice(2)}`;
    expect(errorsOf(pl(tooYoungTypo, { confirmIdFormat: true }))).toEqual([
      { field: 'idDocumentNumber', code: 'too_young', params: { minAge: 18, countryKey: 'countries.PL' } },
    ]);
    // An adult's confirmed number with a wrong check digit is accepted and flagged.
    const adultTypo = `${makePesel(1990, 5, 5, 1234).slice(0, 10)}${(Number(makePesel(1990, 5, 5, 1234).charAt(10)) + 1) % 10}`;
    expect(pl(adultTypo, { confirmIdFormat: true })).toMatchObject({ ok: true, idFormatConfirmed: true });
  });

  it('[S21][S16] SE "YYMMDD-NNNN": a short-form personnummer resolving to a birth date after the signing day is a format (date) error, not too_young', () => {
    const { short, long } = makePersonnummer(2026, 12, 24, 123); // signing day 2026-11-23: 261224 resolves to 2026-12-24
    for (const typed of [short, `${short.slice(0, 6)}-${short.slice(6)}`, long]) {
      expect(errorsOf(validate({ ...validInput('SE'), idDocumentNumber: typed }))).toEqual([
        {
          field: 'idDocumentNumber',
          code: 'format',
          params: { reason: 'date', documentType: 'personal.number', hintKey: 'documents.SE.personal_number.hint' },
          overridable: true,
        },
      ]);
    }
    // Born on the signing day 18 years ago: accepted; born today: only too young.
    expect(validate({ ...validInput('SE'), idDocumentNumber: makePersonnummer(2008, 11, 23, 123).short }).ok).toBe(true);
    expect(errorsOf(validate({ ...validInput('SE'), idDocumentNumber: makePersonnummer(2026, 11, 23, 123).short })).map((e) => e.code)).toEqual(['too_young']);
  });

  it('[S21][S16] LT "GYYMMDDNNNN (G = 1–6)": a code starting with 9 carries no birth date, so no age is derived from it', () => {
    const nine = makeIsikukood(9, 2015, 1, 1, 1); // the digits after 9 would read as 2015-01-01 if it were a date
    expect(validate({ ...validInput('LT'), idDocumentNumber: nine })).toMatchObject({ ok: true, idFormatConfirmed: false, statement: { idDocumentNumber: nine } });
    const wrongCheck = `${nine.slice(0, 10)}${(Number(nine.charAt(10)) + 1) % 10}`;
    expect(errorsOf(validate({ ...validInput('LT'), idDocumentNumber: wrongCheck })).map((e) => e.code)).toEqual(['checksum']);
    // Estonia is unchanged: 9 is no century digit there, an impossible date.
    expectError(validate({ ...validInput('EE'), idDocumentNumber: makeIsikukood(9, 1980, 1, 1, 1) }), { code: 'format', params: expect.objectContaining({ reason: 'date' }) });
  });
});

describe('format errors and the confirmation override', () => {
  it('a number in the wrong format is refused with an overridable format error carrying the hint key', () => {
    const result = validate({ ...validInput('AT', 'passport'), idDocumentNumber: '1234' });
    expect(errorsOf(result)).toEqual([
      {
        field: 'idDocumentNumber',
        code: 'format',
        params: { reason: 'pattern', documentType: 'passport', hintKey: 'documents.AT.passport.hint' },
        overridable: true,
      },
    ]);
  });

  it('with confirmIdFormat the statement is accepted and flagged for the authority', () => {
    const result = validate({ ...validInput('AT', 'passport'), idDocumentNumber: 'p-1234', confirmIdFormat: true });
    expect(result).toEqual({
      ok: true,
      idFormatConfirmed: true,
      postcodeConfirmed: false,
      statement: expect.objectContaining({ idDocumentType: 'passport', idDocumentNumber: 'P1234' }),
    });
  });

  it('a wrong check digit can be confirmed as well', () => {
    const result = validate({ ...validInput('PL'), idDocumentNumber: '44051401358', confirmIdFormat: true });
    expect(result).toMatchObject({ ok: true, idFormatConfirmed: true });
  });

  it('confirming a correct number does not flag it', () => {
    expect(validate({ ...validInput('PL'), confirmIdFormat: true })).toMatchObject({ ok: true, idFormatConfirmed: false });
    expect(validate({ ...validInput('PL'), confirmIdFormat: false })).toMatchObject({ ok: true, idFormatConfirmed: false });
    expect(validate({ ...validInput('PL'), confirmIdFormat: null })).toMatchObject({ ok: true, idFormatConfirmed: false });
  });

  it('confirmIdFormat is allowed on Part A forms (and changes nothing there)', () => {
    expect(validate({ ...validInput('DE'), confirmIdFormat: true })).toMatchObject({ ok: true, idFormatConfirmed: false });
  });

  it('confirmed format errors are dropped, other errors are still returned', () => {
    const result = validate({ ...validInput('AT', 'passport'), idDocumentNumber: '1234', familyNames: '', confirmIdFormat: true });
    expect(errorsOf(result)).toEqual([{ field: 'familyNames', code: 'required' }]);
  });

  it('each confirmation overrides only its own field: confirmIdFormat does not confirm a postcode', () => {
    const result = validate({ ...validInput('DE'), postalCode: '1234', confirmIdFormat: true });
    expect(errorsOf(result)).toEqual([
      { field: 'postalCode', code: 'format', params: { reason: 'pattern', countryKey: 'countries.DE', format: 'NNNNN' }, overridable: true },
    ]);
    expectError(validate({ ...validInput('AT', 'passport'), idDocumentNumber: '1234', confirmPostcode: true }), { field: 'idDocumentNumber', code: 'format' });
  });

  it('nothing but ID format/checksum and postcode format errors is overridable', () => {
    const result = validate({ ...validInput('DE'), dateOfBirth: '2015-01-01', street: '', confirmIdFormat: true, confirmPostcode: true });
    expect(errorsOf(result).map((e) => [e.code, e.overridable])).toEqual([
      ['too_young', undefined],
      ['required', undefined],
    ]);
  });

  it('the CZ ID card alternatives match whole values only', () => {
    for (const number of ['123456789', '123456AB12', '123456AB', 'AB123456']) {
      expect(validate({ ...validInput('CZ', 'id.card'), idDocumentNumber: number }).ok).toBe(true);
    }
    for (const number of ['123456789X', 'X123456789', '1234567890', 'AB1234567', '123456AB1', 'ZZAB123456']) {
      expectError(validate({ ...validInput('CZ', 'id.card'), idDocumentNumber: number }), { code: 'format', overridable: true });
    }
  });

  it('the BE number is accepted with or without its usual separators', () => {
    for (const typed of ['85.07.30-033.28', '85073003328', '850730 033 28', '85/07/30-033.28']) {
      expect(validate({ ...validInput('BE'), idDocumentNumber: typed })).toMatchObject({ ok: true, statement: { idDocumentNumber: '85073003328' } });
    }
  });
});

describe('documents', () => {
  it('refuses a document type the nationality does not accept', () => {
    expectError(validate({ ...validInput('PL'), idDocumentType: 'passport' }), {
      field: 'idDocumentType',
      code: 'unknown_document',
      params: { countryKey: 'countries.PL' },
    });
  });

  it.each([
    ['HR', 'passport'],
    ['MT', 'residence.permit'],
    ['PL', 'id_card'],
  ])('%s: %s is not offered (discrepancy decisions)', (country, type) => {
    expectError(validate({ ...validInput(country as CountryCode), idDocumentType: type }), { code: 'unknown_document' });
  });

  it('still checks the number for required/length when the type is unknown', () => {
    const result = validate({ ...validInput('PL'), idDocumentType: 'passport', idDocumentNumber: 'x'.repeat(31) });
    expect(errorsOf(result)).toEqual([
      { field: 'idDocumentType', code: 'unknown_document', params: { countryKey: 'countries.PL' } },
      { field: 'idDocumentNumber', code: 'too_long', params: { max: 30 } },
    ]);
  });

  it('IT: the legacy issuing authority is not asked (not_allowed)', () => {
    expectError(validate({ ...validInput('IT'), issuingAuthority: 'Comune di Roma' }), { field: 'issuingAuthority', code: 'not_allowed' });
  });
});

/*
 * eci-rules.md §3 "ID number formats" [S16][S21]: "Residence postcode formats (apply to the address
 * country, Part A only) from COCS hints [S16] and OCS rules [S21]: AT, BE, CY, DK, LU, SI = 4 digits;
 * DE, EE, ES, FI, FR, GR, HR, PL = 5 digits; NL = [1-9][0-9]{3} + 2 letters (space optional);
 * SK = 5 digits starting 0, 8 or 9. Other countries: no fixed format; postcode may be absent (OCS
 * treats it as skippable) [P]." and §5 item 12 [S21]: "format checks are warnings the signer can override."
 */
describe('[S16][S21] postcode: "format checks are warnings the signer can override"; "Other countries: no fixed format; postcode may be absent"', () => {
  it('[S21] a postcode not matching the residence country\'s format is an overridable warning', () => {
    const result = validate({ ...validInput('FR'), residenceCountry: 'DE', postalCode: '1011' });
    expect(errorsOf(result)).toEqual([
      { field: 'postalCode', code: 'format', params: { reason: 'pattern', countryKey: 'countries.DE', format: 'NNNNN' }, overridable: true },
    ]);
  });

  it('[S21] with confirmPostcode the statement is accepted as typed and flagged postcodeConfirmed', () => {
    const result = validate({ ...validInput('FR'), residenceCountry: 'DE', postalCode: '1011', confirmPostcode: true });
    expect(result).toEqual({
      ok: true,
      idFormatConfirmed: false,
      postcodeConfirmed: true,
      statement: expect.objectContaining({ residenceCountry: 'DE', postalCode: '1011' }),
    });
    expect(validate({ ...validInput('FR'), confirmPostcode: true })).toMatchObject({ ok: true, postcodeConfirmed: false });
    expectError(validate({ ...validInput('FR'), confirmPostcode: 'yes' }), { field: 'confirmPostcode', code: 'format', params: { reason: 'type' } });
  });

  it.each(['AE', 'HK', 'IE', 'IT', 'US'])('[P] residence %s (no fixed format in the pack): a signatory without a postcode can sign', (residenceCountry) => {
    for (const postalCode of [undefined, null, '', '  ']) {
      expect(validate({ ...validInput('DE'), residenceCountry, postalCode, city: 'Somewhere' })).toMatchObject({
        ok: true,
        postcodeConfirmed: false,
        statement: { residenceCountry, postalCode: '' },
      });
    }
  });

  it.each(['AT', 'BE', 'CY', 'DK', 'LU', 'SI', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'PL', 'NL', 'SK'])(
    '[S16][S21] residence %s has a postcode format: the postcode stays required',
    (residenceCountry) => {
      expect(errorsOf(validate({ ...validInput('DE'), residenceCountry, postalCode: '' }))).toEqual([{ field: 'postalCode', code: 'required' }]);
    },
  );

  it('no postcode is required while the residence country is missing (that field is reported)', () => {
    expect(errorsOf(validate({ ...validInput('DE'), residenceCountry: '', postalCode: '' }))).toEqual([{ field: 'residenceCountry', code: 'required' }]);
  });
});

describe('Part A: residence, postcode and date of birth', () => {
  it('accepts residence anywhere in the world, with any postcode where the pack has no format', () => {
    expect(validate({ ...validInput('DE'), residenceCountry: 'US', postalCode: '94105-1234', city: 'San Francisco' })).toMatchObject({
      ok: true,
      statement: { residenceCountry: 'US', postalCode: '94105-1234' },
    });
  });

  it('applies the postcode format of the residence country, not of the nationality', () => {
    expect(validate({ ...validInput('FR'), residenceCountry: 'BE', postalCode: '1000' }).ok).toBe(true);
    expectError(validate({ ...validInput('FR'), residenceCountry: 'BE', postalCode: '75001' }), {
      field: 'postalCode',
      code: 'format',
      params: { reason: 'pattern', countryKey: 'countries.BE', format: 'NNNN' },
    });
    expect(validate({ ...validInput('BE'), idDocumentNumber: undefined }).ok).toBe(false);
  });

  it.each([
    ['PL', '00-950'],
    ['SK', '811 01'],
    ['GR', '10557'],
    ['NL', '1012LG'],
    ['NL', '1012 lg'],
    ['LU', '1661'],
    ['LU', 'L-1661'],
    ['CY', '1010'],
    ['SI', '1000'],
  ])('residence %s: postcode %s is accepted', (residenceCountry, postalCode) => {
    expect(validate({ ...validInput('FR'), residenceCountry, postalCode }).ok).toBe(true);
  });

  it.each([
    ['NL', '0123 AB'],
    ['NL', '1234'],
    ['SK', '12345'],
    ['DE', '1011'],
    ['PL', '00-9500'],
    ['AT', 'A-1010'],
  ])('residence %s: postcode %s is refused', (residenceCountry, postalCode) => {
    expectError(validate({ ...validInput('FR'), residenceCountry, postalCode }), { field: 'postalCode', code: 'format' });
  });

  it('stores postcodes in upper case and country codes as ISO (EL → GR)', () => {
    expect(validate(validInput('NL'))).toMatchObject({ ok: true, statement: { postalCode: '1012 LG' } });
    expect(validate(validInput('GR'))).toMatchObject({ ok: true, statement: { residenceCountry: 'GR', nationality: 'GR' } });
  });

  it.each(['XX', 'Germany', 'D', 'EU'])('refuses the residence country %s', (residenceCountry) => {
    expectError(validate({ ...validInput('DE'), residenceCountry }), { field: 'residenceCountry', code: 'unknown_country' });
  });

  it.each([
    ['1990-02-30', 'date'],
    ['31.12.1990', 'date'],
    ['1990-1-31', 'date'],
    ['2027-01-01', 'future'],
    ['1899-12-31', 'tooEarly'],
  ])('refuses the date of birth %s (invalid_date, %s)', (dateOfBirth, reason) => {
    const result = validate({ ...validInput('DE'), dateOfBirth });
    expect(errorsOf(result)).toEqual([{ field: 'dateOfBirth', code: 'invalid_date', params: { reason } }]);
  });

  it('accepts 1900-01-01 and trims the date', () => {
    expect(validate({ ...validInput('DE'), dateOfBirth: ' 1900-01-01 ' })).toMatchObject({ ok: true, statement: { dateOfBirth: '1900-01-01' } });
  });

  it('Germany: 16 is enough, 15 is not', () => {
    expect(validate({ ...validInput('DE'), dateOfBirth: '2010-11-23' }).ok).toBe(true);
    expectError(validate({ ...validInput('DE'), dateOfBirth: '2010-11-24' }), {
      field: 'dateOfBirth',
      code: 'too_young',
      params: { minAge: 16, countryKey: 'countries.DE' },
    });
  });

  /*
   * eci-rules.md §2 [S10]: "Greece | 17 | All versions [S10] (EP voting age 17)." Counted by year of
   * birth (everyone born in a year treated as born on 1 January of it), as the Commission OCS does —
   * a per-country datum (CountryRule.ageByYearOfBirth, GR only), flagged ageByYearOfBirthUnverified:
   * eci-rules.md itself does not state the counting rule.
   */
  describe('[S10] "Greece | 17 | All versions [S10] (EP voting age 17)", counted by year of birth', () => {
    const greek = (dateOfBirth: string, signingDate: string) =>
      validate({ ...validInput('GR'), dateOfBirth }, { signingDate, collectionStart: '2025-01-01', collectionEnd: '2027-12-31' });

    it('a Greek born 31 December 2009 may sign on 2 January 2026 (and on 1 January 2026)', () => {
      expect(greek('2009-12-31', '2026-01-02').ok).toBe(true);
      expect(greek('2009-12-31', '2026-01-01').ok).toBe(true);
      expect(greek('2009-11-24', '2026-11-23').ok).toBe(true);
    });

    it('a Greek born in 2009 may not sign on 31 December 2025, one born on 1 January 2010 not before 2027', () => {
      expectError(greek('2009-01-01', '2025-12-31'), { field: 'dateOfBirth', code: 'too_young', params: { minAge: 17, countryKey: 'countries.GR' } });
      expectError(greek('2010-01-01', '2026-12-31'), { code: 'too_young', params: { minAge: 17, countryKey: 'countries.GR' } });
      expect(greek('2010-01-01', '2027-01-01').ok).toBe(true);
    });

    it('only Greek nationality counts this way: a German born on 31 December 2010 is 16 only on that day', () => {
      const german = (signingDate: string) =>
        validate({ ...validInput('DE'), dateOfBirth: '2010-12-31' }, { signingDate, collectionStart: '2025-01-01', collectionEnd: '2027-12-31' });
      expectError(german('2026-12-30'), { code: 'too_young', params: { minAge: 16, countryKey: 'countries.DE' } });
      expect(german('2026-12-31').ok).toBe(true);
      // A Greek national living in Germany is still counted by year of birth (nationality decides, §2).
      expect(validate({ ...validInput('GR'), residenceCountry: 'DE', postalCode: '10115', dateOfBirth: '2009-12-31' }, { signingDate: '2026-01-02', collectionStart: '2025-01-01', collectionEnd: '2027-12-31' }).ok).toBe(true);
    });
  });

  it('born on 29 February: 18 on 1 March in a non-leap year, not on 28 February', () => {
    const french = (signingDate: string) =>
      validate({ ...validInput('FR'), dateOfBirth: '2008-02-29' }, { signingDate, collectionStart: '2026-01-01', collectionEnd: '2028-12-31' });
    expectError(french('2026-02-28'), { code: 'too_young' });
    expect(french('2026-03-01').ok).toBe(true);
    expect(french('2028-02-29').ok).toBe(true);
  });
});

describe('context: signing date and collection period', () => {
  it.each(['2026-06-01', '2027-05-31'])('the first and last day (%s) are inside the period', (signingDate) => {
    expect(validate(validInput('PL'), { ...CONTEXT, signingDate }).ok).toBe(true);
  });

  it.each([
    ['2026-05-31', 'collection_not_started'],
    ['2027-06-01', 'collection_ended'],
  ] as const)('signing on %s is refused (%s)', (signingDate, code) => {
    expect(errorsOf(validate(validInput('PL'), { ...CONTEXT, signingDate }))).toEqual([{ field: null, code, params: { start: '2026-06-01', end: '2027-05-31' } }]);
  });

  it('an early closure refuses from the closure day on (collection_closed_early), not the day before', () => {
    const closed = { ...CONTEXT, closedEarlyOn: '2026-09-10' };
    expect(validate(validInput('PL'), { ...closed, signingDate: '2026-09-09' }).ok).toBe(true);
    for (const signingDate of ['2026-09-10', '2027-06-01']) {
      expect(errorsOf(validate(validInput('PL'), { ...closed, signingDate }))).toEqual([
        { field: null, code: 'collection_closed_early', params: { start: '2026-06-01', end: '2027-05-31', closedEarlyOn: '2026-09-10' } },
      ]);
    }
    expect(validate(validInput('PL'), { ...CONTEXT, closedEarlyOn: null, signingDate: '2026-09-10' }).ok).toBe(true);
  });

  it('reports a malformed early-closure day (invalid_date, context closedEarlyOn)', () => {
    expect(errorsOf(validate(validInput('PL'), { ...CONTEXT, closedEarlyOn: '2026-02-30', signingDate: '2026-09-10' }))).toEqual([
      { field: null, code: 'invalid_date', params: { context: 'closedEarlyOn' } },
    ]);
  });

  it('reports invalid context dates (invalid_date, field null) and never accepts', () => {
    const result = validateStatement(validInput('DE'), { signingDate: 'today', collectionStart: '2026-02-30', collectionEnd: '2027-05-31' });
    expect(errorsOf(result)).toEqual([
      { field: null, code: 'invalid_date', params: { context: 'signingDate' } },
      { field: null, code: 'invalid_date', params: { context: 'collectionStart' } },
    ]);
    expect(validateStatement(validInput('SE'), null as never).ok).toBe(false);
  });
});

describe('robustness and completeness', () => {
  it('returns every problem, ordered by field', () => {
    const result = validate({
      nationality: 'DE',
      fullFirstNames: 'x'.repeat(151),
      familyNames: 42,
      dateOfBirth: '2030-01-01',
      street: '',
      postalCode: '123',
      city: 'Köln',
      residenceCountry: 'DE',
      idDocumentNumber: '123',
      confirmIdFormat: 'yes',
      email: 'a@example.org',
    });
    expect(errorsOf(result)).toEqual([
      { field: 'fullFirstNames', code: 'too_long', params: { max: 150 } },
      { field: 'familyNames', code: 'format', params: { reason: 'type' } },
      { field: 'dateOfBirth', code: 'invalid_date', params: { reason: 'future' } },
      { field: 'street', code: 'required' },
      { field: 'streetNumber', code: 'required' },
      { field: 'postalCode', code: 'format', params: { reason: 'pattern', countryKey: 'countries.DE', format: 'NNNNN' }, overridable: true },
      { field: 'idDocumentNumber', code: 'not_allowed' },
      { field: 'confirmIdFormat', code: 'format', params: { reason: 'type' } },
      { field: 'email', code: 'not_allowed' },
    ]);
  });

  it('unknown or missing nationality', () => {
    expect(errorsOf(validate({ ...validInput('DE'), nationality: 'CH' }))).toEqual([{ field: 'nationality', code: 'unknown_country' }]);
    expect(errorsOf(validate({ ...validInput('DE'), nationality: undefined }))).toEqual([{ field: 'nationality', code: 'required' }]);
    expect(errorsOf(validate({ nationality: 'UK', familyNames: 7, street: 8 }))).toEqual([
      { field: 'nationality', code: 'unknown_country' },
      { field: 'fullFirstNames', code: 'required' },
      { field: 'familyNames', code: 'format', params: { reason: 'type' } },
      { field: 'street', code: 'format', params: { reason: 'type' } },
    ]);
  });

  it.each([null, undefined, 'DE', 42, ['DE'], true])('a non-object input (%p) is a format error, not an exception', (input) => {
    expect(errorsOf(validate(input))).toEqual([{ field: null, code: 'format', params: { reason: 'type' } }]);
  });

  it('survives hostile objects (throwing getters / proxies)', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    expect(errorsOf(validate(hostile))).toEqual([{ field: null, code: 'format', params: { reason: 'type' } }]);
  });

  it('ignores inherited properties', () => {
    const input = Object.create({ street: 'inherited' }) as Record<string, unknown>;
    Object.assign(input, validInput('PL'));
    expect(validate(input).ok).toBe(true);
  });

  it('normalises names: NFC, trimmed, collapsed whitespace, invisible characters removed', () => {
    const result = validate({ ...validInput('PL'), fullFirstNames: '  Zofia\u00A0\u00A0 Anna\u200B ', familyNames: 'Wis\u0301niewska' });
    expect(result).toMatchObject({ ok: true, statement: { fullFirstNames: 'Zofia Anna', familyNames: 'Wiśniewska' } });
  });

  it('Part B statements never carry Part A data and vice versa', () => {
    const b = validate(validInput('PL'));
    const a = validate(validInput('DE'));
    expect(b.ok && Object.keys(b.statement).sort()).toEqual(
      ['familyNames', 'fullFirstNames', 'idDocumentNumber', 'idDocumentType', 'nationality', 'part', 'signingDate'],
    );
    expect(a.ok && Object.keys(a.statement).sort()).toEqual(
      ['city', 'dateOfBirth', 'familyNames', 'fullFirstNames', 'nationality', 'part', 'postalCode', 'residenceCountry', 'signingDate', 'street', 'streetNumber'],
    );
  });

  it('the statement records the signing date', () => {
    expect(validate(validInput('PL'))).toMatchObject({ ok: true, statement: { signingDate: '2026-11-23' } });
    expect(iso({ year: 2026, month: 1, day: 2 })).toBe('2026-01-02');
  });
});
