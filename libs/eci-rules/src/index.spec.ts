import * as api from '.';

describe('public API of @eci/rules', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'COLLECTION_MONTHS', 'COUNTRY_RULES', 'DOCUMENT_TYPES', 'EARLIEST_BIRTH_DATE', 'ERROR_CODES', 'ERROR_MESSAGE_VARIANTS', 'FIELD_MAX_LENGTH',
        'IDENTITY_KEY_VERSION', 'INPUT_FIELDS', 'LANGUAGES', 'MEMBER_STATES', 'MIN_MEMBER_STATES_AT_THRESHOLD', 'MIN_TOTAL_SIGNATORIES',
        'PART_A_FIELDS', 'PART_B_FIELDS', 'RETENTION_MONTHS', 'RULES_VERSION', 'SOURCES', 'THRESHOLD_SWITCH_DATE', 'THRESHOLD_TABLES',
        'addDays', 'addMonths', 'ageOn', 'anchoredSource', 'brusselsDay', 'checkTranslation', 'collectionWindow', 'countryNameKey', 'documentHintKey', 'documentKeySegment', 'documentLabelKey',
        'errorMessageKey', 'errorMessageKeyFor', 'fieldHintKey', 'fieldLabelKey', 'findDocumentRule', 'flattenCatalogue', 'foldName',
        'formFor', 'getCountryRule', 'hasTranslatableWords', 'identityKey', 'isAllowlisted', 'isCollecting', 'isLanguage', 'isMemberState',
        'languageNameKey', 'messageKeys', 'normaliseCountryCode', 'normaliseDocumentNumber', 'normalisePostcode', 'normaliseText',
        'noteKey', 'notesFor', 'placeholders', 'postcodeRuleFor', 'retentionDeadline', 'thresholdFor', 'thresholdTableFor', 'toEuCode', 'translateError',
        'validateStatement',
        'CHANNEL_RULES', 'COLLECTION_CHANNELS', 'KICK_OFF_MONTHS', 'collectionState', 'isLawfulChannel', 'kickOffProblem', 'latestKickOff', 'lawfulChannels',
        'onlineChannelFor', 'validStatementDays', 'textIn', 'OFFICIAL_LANGUAGES', 'officialLanguages', 'PERIOD_ERROR_CODES', 'periodParams',
        'DATE_PARTS', 'isoDateFromParts', 'wrongDateParts', 'FORMAT_LETTER_KEYS', 'localFormat',
      ].sort(),
    );
  });

  it('exports defined values only', () => {
    for (const [name, value] of Object.entries(api)) expect({ name, defined: value !== undefined }).toEqual({ name, defined: true });
  });

  it('ERROR_CODES is the closed list of the issue', () => {
    expect(api.ERROR_CODES).toEqual([
      'required', 'not_allowed', 'too_long', 'format', 'checksum', 'invalid_date', 'too_young', 'unknown_country', 'unknown_document', 'collection_not_started', 'collection_ended', 'collection_closed_early',
    ]);
  });

  it('ageOn and normalisers are reachable through the index', () => {
    expect(api.ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(api.normaliseText(' a  b ')).toBe('a b');
    expect(api.normalisePostcode('1012 lg')).toBe('1012 LG');
    expect(api.anchoredSource('x')).toBe('^(?:x)$');
  });
});
