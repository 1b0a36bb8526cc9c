import { isoDateFromParts, wrongDateParts, type DateParts } from './date-parts';
import { validateStatement } from './validate';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

/** A French signer's statement with the date of birth typed in three fields, checked by the rules. */
function dateErrors(date: DateParts) {
  const result = validateStatement(
    {
      nationality: 'FR',
      fullFirstNames: 'Camille',
      familyNames: 'Martin',
      street: 'Rue Haute',
      streetNumber: '1',
      postalCode: '75001',
      city: 'Paris',
      residenceCountry: 'FR',
      dateOfBirth: isoDateFromParts(date),
    },
    { signingDate: '2026-12-05', collectionStart: '2026-06-01', collectionEnd: '2027-05-31' },
  );
  return result.ok ? [] : result.errors.map((error) => ({ code: error.code, reason: error.params?.['reason'] }));
}

describe('isoDateFromParts: the three date fields become one YYYY-MM-DD date', () => {
  it('assembles day, month and year, with or without leading zeros', () => {
    expect(isoDateFromParts(parts('2', '11', '1985'))).toBe('1985-11-02');
    expect(isoDateFromParts(parts('02', '11', '1985'))).toBe('1985-11-02');
    expect(isoDateFromParts(parts('2', '3', '1985'))).toBe('1985-03-02');
    expect(isoDateFromParts(parts('09', '09', '1999'))).toBe('1999-09-09');
  });

  it('ignores spaces around and inside a part', () => {
    expect(isoDateFromParts(parts(' 2 ', '1 1', ' 1985'))).toBe('1985-11-02');
  });

  it('is empty when nothing was typed, so the rules say "required"', () => {
    expect(isoDateFromParts(parts('', ' ', ''))).toBe('');
    expect(dateErrors(parts('', '', ''))).toEqual([{ code: 'required', reason: undefined }]);
  });

  it('accepts a real date: the rules find nothing wrong', () => {
    expect(dateErrors(parts('2', '11', '1985'))).toEqual([]);
    expect(dateErrors(parts('29', '2', '1984'))).toEqual([]);
  });

  it.each([
    ['31 February', parts('31', '02', '1985')],
    ['29 February of a common year', parts('29', '2', '1985')],
    ['31 April', parts('31', '4', '1985')],
    ['day 0', parts('0', '4', '1985')],
    ['day 00', parts('00', '4', '1985')],
    ['month 13', parts('1', '13', '1985')],
    ['a two-digit year', parts('2', '11', '85')],
    ['a three-digit year', parts('2', '11', '985')],
    ['a five-digit year', parts('2', '11', '19850')],
    ['a three-digit day', parts('002', '11', '1985')],
    ['letters', parts('2', 'nov', '1985')],
    ['a missing day', parts('', '11', '1985')],
    ['a missing year', parts('2', '11', '')],
    ['a date typed whole in the day field', parts('02/11/1985', '', '')],
    ['non-ASCII digits', parts('٢', '11', '1985')],
  ])('refuses %s as not a real date (one message for the whole date)', (_name, date) => {
    expect(dateErrors(date)).toEqual([{ code: 'invalid_date', reason: 'date' }]);
  });

  it('leaves the future, the years before 1900 and the minimum age to the rules', () => {
    expect(dateErrors(parts('1', '1', '2030'))).toEqual([{ code: 'invalid_date', reason: 'future' }]);
    expect(dateErrors(parts('31', '12', '1899'))).toEqual([{ code: 'invalid_date', reason: 'tooEarly' }]);
    expect(dateErrors(parts('6', '12', '2008'))).toEqual([{ code: 'too_young', reason: undefined }]);
  });
});

describe('wrongDateParts: which fields to mark', () => {
  it('marks the parts that are empty or malformed on their own, in day-month-year order', () => {
    expect(wrongDateParts(parts('', '11', '1985'))).toEqual(['day']);
    expect(wrongDateParts(parts('2', '13', '85'))).toEqual(['month', 'year']);
    expect(wrongDateParts(parts('', '', ''))).toEqual(['day', 'month', 'year']);
    expect(wrongDateParts(parts('32', '1', '1985'))).toEqual(['day']);
    expect(wrongDateParts(parts('0', '0', '0000'))).toEqual(['day', 'month', 'year']);
  });

  it('marks the day when the month never has it', () => {
    expect(wrongDateParts(parts('31', '2', '1985'))).toEqual(['day']);
    expect(wrongDateParts(parts('29', '2', '1985'))).toEqual(['day']);
  });

  it('marks no single part when each is fine and the whole date is the problem (future, too young)', () => {
    expect(wrongDateParts(parts('1', '1', '2030'))).toEqual([]);
    expect(wrongDateParts(parts('29', '2', '1984'))).toEqual([]);
  });
});
