import type { CountryCode, CountryRule, PostcodeRule } from '../types';

/*
 * THE rule table: one entry per Member State, in EU protocol order. Every other module
 * derives from it. Values copied from /shared/eci/eci-rules.json (November 2026); see
 * docs/rules.md for sources, open discrepancies and how to update.
 *
 * Patterns are written for the NORMALISED value (spaces, dots, hyphens and slashes removed,
 * letters upper-cased) and are never anchored here; `patterns.ts` compiles `^(?:…)$`.
 */

/** Common provenance of every row ([Sx] tags, see SOURCES / docs/rules.md). */
const COMMON =
  'Seats 2024-29 [S9] (x720 minimum derived), 705 table [S8]; seats 2014-19 (x750 rule and x751 table, earlier tables on the Commission thresholds pages [S8]; European Council Decision 2013/312/EU, not transcribed in eci-rules.md); Annex III part and documents [S10] cross-checked with the Commission OCS data [S21]; min. age [S10]';
const ID_FORMATS = 'ID patterns: Commission OCS validation rules [S21], rewritten for separator-free upper-case input; hints: COCS strings [S16]';
const POSTCODE = 'residence postcode format: COCS hints [S16] and OCS rules [S21]';

const DIGITS_4: PostcodeRule = { pattern: '[0-9]{4}', format: 'NNNN' };
const DIGITS_5: PostcodeRule = { pattern: '[0-9]{5}', format: 'NNNNN' };

export const COUNTRY_RULES: readonly CountryRule[] = [
  {
    code: 'BE', euCode: 'BE', name: 'Belgium', part: 'B', minAge: 16, meps: { 751: 21, 705: 21, 720: 22 },
    documents: [
      {
        type: 'national.id.number',
        nationalName: 'Rijksregisternummer / Numéro de Registre National / Nummer des Nationalregisters',
        // Commission: YY.MM.DD-NNN.NN with a rough month/day shape (and unescaped dots). Here the
        // 11 digits without separators; the date part is checked as a real date by the check module.
        pattern: '[0-9]{11}',
        caseInsensitive: false,
        formatHint: 'YY.MM.DD-NNN.NN (11 digits)',
        check: 'bePersonalNumber',
      },
    ],
    residencePostcode: DIGITS_4,
    flags: ['ageChangeDateUnverified'],
    source: `${COMMON} (16 on the current page; older snapshots 18; EP voting age lowered in 2022 [S27]); ${ID_FORMATS}; check digit: mod 97, '2' prefix for births from 2000; ${POSTCODE}`,
    notes: 'Min. age 16 per the current Commission page; exact ECI effective date of the change unverified.',
  },
  {
    code: 'BG', euCode: 'BG', name: 'Bulgaria', part: 'B', minAge: 18, meps: { 751: 17, 705: 17, 720: 17 },
    documents: [
      {
        type: 'personal.number', nationalName: 'Единен граждански номер (ЕГН)', pattern: '[0-9]{10}',
        caseInsensitive: false, formatHint: '10 digits (NNNNNNNNNN)', check: 'egn',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS}; EGN date + mod-11 check (weights 2,4,8,5,10,9,7,3,6) as in proca-server [S14]`,
    notes: '',
  },
  {
    code: 'CZ', euCode: 'CZ', name: 'Czechia', part: 'B', minAge: 18, meps: { 751: 21, 705: 21, 720: 21 },
    documents: [
      {
        type: 'id.card', nationalName: 'Občanský průkaz',
        pattern: '[0-9]{9}|[0-9]{6}[A-Z]{2}[0-9]{2}|[0-9]{6}[A-Z]{2}|[A-Z]{2}[0-9]{6}',
        caseInsensitive: true,
        formatHint: 'NNNNNNNNN, NNNNNNLLNN, NNNNNNLL or LLNNNNNN (N = digit, L = letter)',
      },
      {
        type: 'passport', nationalName: 'Cestovní pas', pattern: '[0-9]{7,8}', caseInsensitive: false,
        formatHint: '7 or 8 digits (NNNNNNN or NNNNNNNN)',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS} (ID card regex not lower-cased in the OCS; treated case-insensitively)`,
    notes: '',
  },
  {
    code: 'DK', euCode: 'DK', name: 'Denmark', part: 'A', minAge: 18, meps: { 751: 13, 705: 14, 720: 15 },
    documents: [], residencePostcode: DIGITS_4, flags: [],
    source: `${COMMON}; ${POSTCODE}`, notes: '',
  },
  {
    code: 'DE', euCode: 'DE', name: 'Germany', part: 'A', minAge: 16, meps: { 751: 96, 705: 96, 720: 96 },
    documents: [], residencePostcode: DIGITS_5, noteWhenResidingAbroad: 'germansAbroad', flags: [],
    source: `${COMMON}; min. age 16 since 1 January 2023 [S15][S23]; Germans abroad must be registered with the German diplomatic mission [S16][S17]; ${POSTCODE}`,
    notes: 'Germans residing outside Germany count only if registered with the competent German diplomatic mission (notesFor).',
  },
  {
    code: 'EE', euCode: 'EE', name: 'Estonia', part: 'B', minAge: 16, meps: { 751: 6, 705: 7, 720: 7 },
    documents: [
      {
        type: 'personal.number', nationalName: 'Isikukood', pattern: '[0-9]{11}', caseInsensitive: false,
        formatHint: '11 digits (NNNNNNNNNNN)', check: 'isikukood',
      },
    ],
    residencePostcode: DIGITS_5, flags: [],
    source: `${COMMON} (16; the EN snapshot lacks the row, all other language versions have it); ${ID_FORMATS}; check digit: two-pass mod 11; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'IE', euCode: 'IE', name: 'Ireland', part: 'A', minAge: 18, meps: { 751: 11, 705: 13, 720: 14 },
    documents: [], flags: [],
    source: `${COMMON}; Eircode has no fixed pattern in the Commission rules [S21]`,
    notes: '',
  },
  {
    code: 'GR', euCode: 'EL', name: 'Greece', part: 'A', minAge: 17, ageByYearOfBirth: true, meps: { 751: 21, 705: 21, 720: 21 },
    documents: [], residencePostcode: DIGITS_5, flags: ['dateOfBirthDisputed', 'ageByYearOfBirthUnverified'],
    source: `${COMMON} (17, the EP voting age); age counted by year of birth as the Commission OCS does for Greece (practice, not stated in eci-rules.md); date of birth kept although the 2020 OCS data omits it for Greece [S21] (see docs/rules.md); ${POSTCODE}`,
    notes: 'Date of birth asked (Commission page [S10]; also needed for the age-17 check). Verify against Annex III in the OJ. Age 17 counted by year of birth (born in a year = born on 1 January of it), following the Commission OCS; not in eci-rules.md, verify.',
  },
  {
    code: 'ES', euCode: 'ES', name: 'Spain', part: 'B', minAge: 18, meps: { 751: 54, 705: 59, 720: 61 },
    documents: [
      {
        type: 'id.card', nationalName: 'Documento Nacional de Identidad', pattern: '[0-9]{8}[A-Z]',
        caseInsensitive: true, formatHint: '8 digits and a letter (NNNNNNNNL)', check: 'dni',
      },
      {
        type: 'passport', nationalName: 'Pasaporte', pattern: '[A-Z0-9]+', caseInsensitive: true,
        formatHint: 'Letters and digits, usually LLLNNNNNN (N = digit, L = letter)',
      },
    ],
    residencePostcode: DIGITS_5, flags: [],
    source: `${COMMON}; ${ID_FORMATS} (passport regex permissive in the OCS); DNI letter: number mod 23; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'FR', euCode: 'FR', name: 'France', part: 'A', minAge: 18, meps: { 751: 74, 705: 79, 720: 81 },
    documents: [], residencePostcode: DIGITS_5, flags: [],
    source: `${COMMON}; legacy 2011 French ID formats in the COCS strings [S16] deliberately not used; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'HR', euCode: 'HR', name: 'Croatia', part: 'B', minAge: 18, meps: { 751: 11, 705: 12, 720: 12 },
    documents: [
      {
        type: 'personal.id', nationalName: 'Osobni identifikacijski broj (OIB)', pattern: '[0-9]{11}',
        caseInsensitive: false, formatHint: '11 digits (NNNNNNNNNNN)', check: 'oib',
      },
    ],
    residencePostcode: DIGITS_5, flags: ['documentListDisputed'],
    source: `${COMMON}; OIB only (the OCS data also marks a passport [S21]; page [S10] and COCS formats [S16] list only the OIB); ${ID_FORMATS}; check digit: ISO 7064 MOD 11,10; ${POSTCODE}`,
    notes: 'Passport not offered (flagged discrepancy).',
  },
  {
    code: 'IT', euCode: 'IT', name: 'Italy', part: 'B', minAge: 18, meps: { 751: 73, 705: 76, 720: 76 },
    documents: [
      {
        type: 'passport', nationalName: 'Passaporto', pattern: '[A-Z]{2}[0-9]{7}|[A-Z][0-9]{6}|[0-9]{6}[A-Z]',
        caseInsensitive: true, formatHint: 'LLNNNNNNN, LNNNNNN or NNNNNNL (N = digit, L = letter)',
      },
      {
        type: 'id.card', nationalName: "Carta d'identità",
        pattern: '[A-Z]{2}[0-9]{6,8}|[0-9]{7}[A-Z]{2}|[A-Z]{2}[0-9]{5}[A-Z]{2}',
        caseInsensitive: true,
        formatHint: 'LLNNNNNNN, NNNNNNNLL, LLNNNNNN, LLNNNNNNNN or LLNNNNNLL (N = digit, L = letter)',
      },
    ],
    flags: [],
    source: `${COMMON}; legacy 'issuing authority' rule of the OCS [S21] not asked; ${ID_FORMATS}`,
    notes: '',
  },
  {
    code: 'CY', euCode: 'CY', name: 'Cyprus', part: 'B', minAge: 18, meps: { 751: 6, 705: 6, 720: 6 },
    documents: [
      {
        type: 'id.card', nationalName: 'Δελτίο Ταυτότητας', pattern: '[0-9]{1,10}', caseInsensitive: false,
        formatHint: '1 to 10 digits',
      },
      {
        type: 'passport', nationalName: 'Διαβατήριο', pattern: '[BCEJ][0-9]{6}|K[0-9]{8}|[DS]P[0-9]{7}',
        caseInsensitive: true,
        formatHint: 'BNNNNNN, CNNNNNN, ENNNNNN, JNNNNNN, DPNNNNNNN, SPNNNNNNN or KNNNNNNNN (N = digit)',
      },
    ],
    residencePostcode: DIGITS_4, flags: [],
    source: `${COMMON}; ${ID_FORMATS}; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'LV', euCode: 'LV', name: 'Latvia', part: 'B', minAge: 18, meps: { 751: 8, 705: 8, 720: 9 },
    documents: [
      {
        type: 'personal.id', nationalName: 'Personas kods', pattern: '[0-9]{11}', caseInsensitive: false,
        formatHint: '11 digits (NNNNNN-NNNNN)',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS}; no check digit verified (no authoritative public specification found; codes issued since 2017 encode no date)`,
    notes: '',
  },
  {
    code: 'LT', euCode: 'LT', name: 'Lithuania', part: 'B', minAge: 18, meps: { 751: 11, 705: 11, 720: 11 },
    documents: [
      {
        type: 'personal.number', nationalName: 'Asmens kodas', pattern: '[0-9]{11}', caseInsensitive: false,
        formatHint: '11 digits (GYYMMDDNNNN, G = 1 to 6)', check: 'asmensKodas',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS}; check digit: same two-pass mod 11 as the Estonian isikukood; a code starting with 9 encodes no birth date (no age derived)`,
    notes: '',
  },
  {
    code: 'LU', euCode: 'LU', name: 'Luxembourg', part: 'A', minAge: 18, meps: { 751: 6, 705: 6, 720: 6 },
    // 4 digits; the customary written prefix "L-" (L-1234) is accepted.
    documents: [], residencePostcode: { pattern: 'L?[0-9]{4}', format: 'NNNN' }, flags: [],
    source: `${COMMON}; ${POSTCODE} (optional "L-" prefix accepted)`,
    notes: '',
  },
  {
    code: 'HU', euCode: 'HU', name: 'Hungary', part: 'B', minAge: 18, meps: { 751: 21, 705: 21, 720: 21 },
    documents: [
      {
        type: 'id.card', nationalName: 'személyazonosító igazolvány',
        // OCS: NNNNNNLL | LLL+6N | LLLL+6N | LLLLL+6N | LL+6N, i.e. 2 to 5 letters + 6 digits.
        pattern: '[0-9]{6}[A-Z]{2}|[A-Z]{2,5}[0-9]{6}',
        caseInsensitive: true,
        formatHint: 'NNNNNNLL, or 2 to 5 letters followed by 6 digits (N = digit, L = letter)',
      },
      {
        type: 'passport', nationalName: 'útlevél', pattern: '[A-Z]{2}[0-9]{6,7}', caseInsensitive: true,
        formatHint: 'LLNNNNNN or LLNNNNNNN (N = digit, L = letter)',
      },
      {
        type: 'personal.number', nationalName: 'személyi azonosító (személyi szám)', pattern: '[0-9]{11}',
        caseInsensitive: false, formatHint: '11 digits (NNNNNNNNNNN)',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS}; személyi szám check digit not verified (public descriptions disagree on the century digits)`,
    notes: '',
  },
  {
    code: 'MT', euCode: 'MT', name: 'Malta', part: 'B', minAge: 16, meps: { 751: 6, 705: 6, 720: 6 },
    documents: [
      {
        type: 'id.card', nationalName: 'Karta tal-Identità', pattern: '[A-Z0-9]+', caseInsensitive: true,
        formatHint: 'Digits followed by a letter (NNNNNNNL)',
      },
    ],
    flags: ['documentListDisputed'],
    source: `${COMMON} (16); ID card only: the OCS data also lists a residence permit [S21], the Commission page does not [S10], proca removes it [S14]; ${ID_FORMATS}`,
    notes: 'Residence permit not offered (flagged discrepancy).',
  },
  {
    code: 'NL', euCode: 'NL', name: 'Netherlands', part: 'A', minAge: 18, meps: { 751: 26, 705: 29, 720: 31 },
    documents: [], residencePostcode: { pattern: '[1-9][0-9]{3}[A-Z]{2}', format: 'NNNN LL' }, flags: [],
    source: `${COMMON}; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'AT', euCode: 'AT', name: 'Austria', part: 'B', minAge: 16, meps: { 751: 18, 705: 19, 720: 20 },
    documents: [
      {
        type: 'passport', nationalName: 'Reisepass', pattern: '[A-Z][0-9]{7,8}', caseInsensitive: true,
        formatHint: 'A letter followed by 7 or 8 digits (LNNNNNNN)',
      },
      {
        type: 'id.card', nationalName: 'Personalausweis', pattern: '[0-9]{7,8}', caseInsensitive: false,
        formatHint: '7 or 8 digits (NNNNNNNN)',
      },
    ],
    residencePostcode: DIGITS_4, flags: [],
    source: `${COMMON} (16); ${ID_FORMATS}; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'PL', euCode: 'PL', name: 'Poland', part: 'B', minAge: 18, meps: { 751: 51, 705: 52, 720: 53 },
    documents: [
      {
        type: 'national.id.number', nationalName: 'Numer ewidencyjny PESEL', pattern: '[0-9]{11}',
        caseInsensitive: false, formatHint: '11 digits (YYMMDDNNNNN)', check: 'pesel',
      },
    ],
    residencePostcode: DIGITS_5, flags: [],
    source: `${COMMON}; ${ID_FORMATS} (the COCS hint's month range "61-77" is a typo for 61-72); check digit: weights 1,3,7,9; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'PT', euCode: 'PT', name: 'Portugal', part: 'B', minAge: 18, meps: { 751: 21, 705: 21, 720: 21 },
    documents: [
      {
        type: 'id.card', nationalName: 'Bilhete de identidade', pattern: '[0-9]{1,8}', caseInsensitive: false,
        formatHint: '1 to 8 digits',
      },
      {
        type: 'passport', nationalName: 'Passaporte', pattern: '[A-Z]{1,2}[0-9]{6}', caseInsensitive: true,
        formatHint: 'LNNNNNN or LLNNNNNN (N = digit, L = letter)',
      },
      {
        type: 'citizens.card', nationalName: 'Cartão de Cidadão', pattern: '[0-9]{9}[A-Z]{2}[0-9]',
        caseInsensitive: true, formatHint: 'NNNNNNNN N LLN (12 characters, N = digit, L = letter)',
        check: 'cartaoCidadao',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS}; citizen card check: published AMA algorithm over the 12 characters (A=10…Z=35)`,
    notes: '',
  },
  {
    code: 'RO', euCode: 'RO', name: 'Romania', part: 'B', minAge: 18, meps: { 751: 32, 705: 33, 720: 33 },
    documents: [
      {
        type: 'id.card', nationalName: 'Carte de identitate', pattern: '[A-Z]{2}[0-9]{6}', caseInsensitive: true,
        formatHint: 'LLNNNNNN (N = digit, L = letter)',
      },
      {
        type: 'passport', nationalName: 'Pașaport', pattern: '[A-Z0-9]+', caseInsensitive: true,
        formatHint: '8 or 9 digits',
      },
      {
        type: 'personal.id', nationalName: 'Cod Numeric Personal', pattern: '[0-9]{13}', caseInsensitive: false,
        formatHint: '13 digits (NNNNNNNNNNNNN)', check: 'cnp',
      },
    ],
    flags: [],
    source: `${COMMON}; ${ID_FORMATS} (passport regex permissive in the OCS); CNP check: weights 279146358279 mod 11`,
    notes: '',
  },
  {
    code: 'SI', euCode: 'SI', name: 'Slovenia', part: 'B', minAge: 18, meps: { 751: 8, 705: 8, 720: 9 },
    documents: [
      {
        type: 'personal.number', nationalName: 'Enotna matična številka občana (EMŠO)', pattern: '[0-9]{13}',
        caseInsensitive: false, formatHint: '13 digits (NNNNNNNNNNNNN)', check: 'emso',
      },
    ],
    residencePostcode: DIGITS_4, flags: [],
    source: `${COMMON} (document name from a truncated page snapshot, confirmed by [S21]); ${ID_FORMATS}; EMŠO check: weights 765432765432 mod 11; ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'SK', euCode: 'SK', name: 'Slovakia', part: 'A', minAge: 18, meps: { 751: 13, 705: 14, 720: 15 },
    documents: [], residencePostcode: { pattern: '[089][0-9]{4}', format: 'NNNNN' }, flags: [],
    source: `${COMMON} (part from [S21]; EN page snapshot truncated); ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'FI', euCode: 'FI', name: 'Finland', part: 'A', minAge: 18, meps: { 751: 13, 705: 14, 720: 15 },
    documents: [], residencePostcode: DIGITS_5, flags: [],
    source: `${COMMON} (part from [S21]; EN page snapshot truncated); ${POSTCODE}`,
    notes: '',
  },
  {
    code: 'SE', euCode: 'SE', name: 'Sweden', part: 'B', minAge: 18, meps: { 751: 20, 705: 21, 720: 21 },
    documents: [
      {
        type: 'personal.number', nationalName: 'Personnummer',
        // Commission: YYYYMMDD-NNNN | YYMMDD-NNNN | 12 digits | 10 digits. Hyphens are stripped
        // before matching; the "+" separator (person aged 100 or more) is kept and interpreted.
        pattern: '[0-9]{12}|[0-9]{6}\\+?[0-9]{4}',
        caseInsensitive: false,
        formatHint: 'YYMMDD-NNNN, YYYYMMDD-NNNN, YYMMDDNNNN or YYYYMMDDNNNN',
        check: 'personnummer',
      },
    ],
    flags: [],
    source: `${COMMON} (part from [S21]; EN page snapshot truncated); ${ID_FORMATS}; Luhn check over YYMMDDNNNC`,
    notes: '',
  },
];

/** Lookup by ISO code. */
export const COUNTRY_RULES_BY_CODE: Readonly<Record<CountryCode, CountryRule>> = Object.fromEntries(
  COUNTRY_RULES.map((rule) => [rule.code, rule]),
) as Record<CountryCode, CountryRule>;
