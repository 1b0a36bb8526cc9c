import {
  COUNTRY_RULES,
  countryNameKey,
  documentHintKey,
  documentKeySegment,
  documentLabelKey,
  errorMessageKey,
  errorMessageKeyFor,
  fieldHintKey,
  fieldLabelKey,
  formFor,
  languageNameKey,
  messageKeys,
  normaliseCountryCode,
  notesFor,
  getCountryRule,
  isMemberState,
  toEuCode,
  findDocumentRule,
  postcodeRuleFor,
  translateError,
  localFormat,
} from '.';

describe('message keys', () => {
  it('derives field, document, country and language keys', () => {
    expect(fieldLabelKey('confirmIdFormat')).toBe('fields.confirmIdFormat.label');
    expect(fieldHintKey('idDocumentNumber')).toBe('fields.idDocumentNumber.hint');
    expect(documentKeySegment('national.id.number')).toBe('national_id_number');
    expect(documentLabelKey('PL', 'national.id.number')).toBe('documents.PL.national_id_number.label');
    expect(documentHintKey('pt', 'citizens.card')).toBe('documents.PT.citizens_card.hint');
    expect(countryNameKey('EL')).toBe('countries.GR');
    expect(countryNameKey('US')).toBeUndefined();
    expect(languageNameKey('ga')).toBe('languages.ga');
  });

  it('refuses document keys for non-Member States', () => {
    expect(() => documentLabelKey('CH', 'passport')).toThrow(RangeError);
  });

  it.each<[Parameters<typeof errorMessageKey>, string]>([
    [['required', 'street'], 'errors.required'],
    [['too_young', 'dateOfBirth'], 'errors.too_young'],
    [['format', 'idDocumentNumber', 'pattern'], 'errors.format.idDocumentNumber'],
    [['format', 'idDocumentNumber', 'date'], 'errors.format.idDocumentNumberDate'],
    [['format', 'postalCode', 'pattern'], 'errors.format.postalCode'],
    [['format', 'familyNames', 'type'], 'errors.format.default'],
    [['format'], 'errors.format.default'],
    [['invalid_date', 'dateOfBirth', 'date'], 'errors.invalid_date.dateOfBirth'],
    [['invalid_date', 'dateOfBirth', 'future'], 'errors.invalid_date.dateOfBirthFuture'],
    [['invalid_date', 'dateOfBirth', 'tooEarly'], 'errors.invalid_date.dateOfBirthTooEarly'],
    [['invalid_date', 'dateOfBirth'], 'errors.invalid_date.dateOfBirth'],
    [['invalid_date', null], 'errors.invalid_date.default'],
  ])('errorMessageKey(%j) = %s', (args, key) => {
    expect(errorMessageKey(...args)).toBe(key);
  });

  it('errorMessageKeyFor uses field and reason', () => {
    expect(errorMessageKeyFor({ field: 'idDocumentNumber', code: 'format', params: { reason: 'date' }, overridable: true })).toBe(
      'errors.format.idDocumentNumberDate',
    );
    expect(errorMessageKeyFor({ field: 'x', code: 'format', params: { reason: 3 } })).toBe('errors.format.default');
    expect(errorMessageKeyFor({ field: null, code: 'collection_ended' })).toBe('errors.collection_ended');
  });

  it('translateError resolves *Key params', () => {
    const calls: Array<[string, unknown]> = [];
    const t = (key: string, params?: Record<string, string | number>) => {
      calls.push([key, params]);
      return key === 'countries.PL' ? 'Poland' : `${key}${params ? JSON.stringify(params) : ''}`;
    };
    const text = translateError({ field: 'idDocumentNumber', code: 'too_young', params: { minAge: 18, countryKey: 'countries.PL' } }, t);
    expect(text).toBe('errors.too_young{"minAge":18,"country":"Poland"}');
    expect(translateError({ field: 'x', code: 'required' }, t)).toBe('errors.required{}');
  });

  it('translateError writes a postcode format in the letters of the language (N and L in the data)', () => {
    const german: Record<string, string> = { 'formats.digit': 'Z', 'formats.letter': 'B' };
    const t = (key: string, params?: Record<string, string | number>) => german[key] ?? `${key}${params ? JSON.stringify(params) : ''}`;
    const error = { field: 'postalCode', code: 'format', params: { reason: 'pattern', format: 'NNNN LL', countryKey: 'countries.NL' } } as const;
    expect(translateError(error, t)).toBe('errors.format.postalCode{"reason":"pattern","format":"ZZZZ BB","country":"countries.NL"}');
    // A catalogue without the letters (i18next answers the key) keeps the data's letters.
    expect(localFormat('NNNN LL', (key) => key)).toBe('NNNN LL');
  });

  it('messageKeys has no duplicates and no dots inside segments', () => {
    const keys = messageKeys();
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.split('.').every((segment) => /^[A-Za-z_]+$/.test(segment))).toBe(true);
  });
});

describe('forms', () => {
  it('Part B form: nationality, names, document type and number, confirmation', () => {
    const form = formFor('pl')!;
    expect(form).toMatchObject({ country: 'PL', euCode: 'PL', part: 'B', minAge: 18 });
    expect(form.fields.map((f) => [f.name, f.required, f.maxLength])).toEqual([
      ['nationality', true, 2],
      ['fullFirstNames', true, 150],
      ['familyNames', true, 150],
      ['idDocumentType', true, 18],
      ['idDocumentNumber', true, 30],
      ['confirmIdFormat', false, undefined],
    ]);
    expect(form.documents).toEqual([
      {
        type: 'national.id.number',
        labelKey: 'documents.PL.national_id_number.label',
        hintKey: 'documents.PL.national_id_number.hint',
        pattern: '^(?:[0-9]{11})$',
        caseInsensitive: false,
        formatHint: '11 digits (YYMMDDNNNNN)',
        hasCheckDigit: true,
        encodesBirthDate: true,
      },
    ]);
  });

  it('Part A form (Greece via EL): address and date of birth, no documents', () => {
    const form = formFor('EL')!;
    expect(form).toMatchObject({ country: 'GR', euCode: 'EL', part: 'A', minAge: 17, documents: [] });
    expect(form.fields.map((f) => f.name)).toEqual([
      'nationality', 'fullFirstNames', 'familyNames', 'street', 'streetNumber', 'postalCode', 'city', 'residenceCountry', 'dateOfBirth',
      'confirmPostcode',
    ]);
    // Required where the residence country has a postcode format, so not marked on the form.
    expect(form.fields.filter((f) => !f.required).map((f) => f.name)).toEqual(['postalCode', 'confirmPostcode']);
    expect(form.fields.every((f) => f.labelKey === `fields.${f.name}.label` && f.hintKey === `fields.${f.name}.hint`)).toBe(true);
  });

  it('documents without a check digit', () => {
    expect(formFor('AT')!.documents.map((d) => [d.type, d.hasCheckDigit, d.encodesBirthDate])).toEqual([
      ['passport', false, false],
      ['id.card', false, false],
    ]);
    expect(formFor('ES')!.documents[0]).toMatchObject({ hasCheckDigit: true, encodesBirthDate: false });
  });

  it('is undefined for other countries', () => {
    expect(formFor('CH')).toBeUndefined();
    expect(formFor('')).toBeUndefined();
  });
});

describe('country codes', () => {
  it('normalises any country code, EL → GR', () => {
    expect(normaliseCountryCode(' el ')).toBe('GR');
    expect(normaliseCountryCode('us')).toBe('US');
    expect(normaliseCountryCode('XK')).toBe('XK');
    expect(normaliseCountryCode('UK')).toBeUndefined();
    expect(normaliseCountryCode('EU')).toBeUndefined();
    expect(normaliseCountryCode('DEU')).toBeUndefined();
  });

  it('knows the Member States', () => {
    expect(getCountryRule('EL')?.code).toBe('GR');
    expect(getCountryRule('gr')?.euCode).toBe('EL');
    expect(getCountryRule('NO')).toBeUndefined();
    expect(isMemberState('GR')).toBe(true);
    expect(isMemberState('EL')).toBe(false);
    expect(isMemberState('constructor')).toBe(false);
    expect(toEuCode('GR')).toBe('EL');
    expect(toEuCode('US')).toBeUndefined();
    expect(findDocumentRule('EL', 'passport')).toBeUndefined();
    expect(findDocumentRule('se', 'personal.number')?.check).toBe('personnummer');
    expect(postcodeRuleFor('nl')?.format).toBe('NNNN LL');
    expect(postcodeRuleFor('IE')).toBeUndefined();
    expect(postcodeRuleFor('US')).toBeUndefined();
  });

  it('every Member State rule is reachable by its EU code', () => {
    for (const rule of COUNTRY_RULES) expect(getCountryRule(rule.euCode)).toBe(rule);
  });
});

describe('notes', () => {
  it('Germans living abroad see the registration note', () => {
    expect(notesFor({ nationality: 'DE', residenceCountry: 'FR' })).toEqual(['notes.germansAbroad']);
    expect(notesFor({ nationality: 'de', residenceCountry: 'us' })).toEqual(['notes.germansAbroad']);
  });

  it.each([
    { nationality: 'DE', residenceCountry: 'DE' },
    { nationality: 'DE' },
    { nationality: 'DE', residenceCountry: 'XX' },
    { nationality: 'FR', residenceCountry: 'DE' },
    { nationality: 42, residenceCountry: 'FR' },
    null,
    'DE',
  ])('no note for %j', (input) => {
    expect(notesFor(input)).toEqual([]);
  });
});
