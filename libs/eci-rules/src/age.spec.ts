import { ageOn, completedYears, hasReachedAge } from './age';
import { compareDates, daysInMonth, formatIsoDate, isLeapYear, isRealDate, parseIsoDate } from './dates';

describe('dates', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01', '2026-1-1', '20260101', ' 2026-01-01', 'abcd-ef-gh'])(
    'refuses %s',
    (value) => {
      expect(parseIsoDate(value)).toBeUndefined();
    },
  );

  it('parses and formats real dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    expect(isRealDate(2026, 2.5, 1)).toBe(false);
    expect(compareDates({ year: 2026, month: 1, day: 2 }, { year: 2026, month: 1, day: 1 })).toBeGreaterThan(0);
  });
});

describe('age', () => {
  it.each([
    ['2008-11-23', '2026-11-23', 18], // birthday on the signing day counts
    ['2008-11-24', '2026-11-23', 17],
    ['2008-12-01', '2026-11-23', 17],
    ['2008-10-30', '2026-11-23', 18],
    ['2008-02-29', '2026-02-28', 17], // 29 February: not yet on 28 February…
    ['2008-02-29', '2026-03-01', 18], // …but on 1 March of a non-leap year
    ['2008-02-29', '2028-02-29', 20],
    ['2000-01-01', '1999-12-31', -1],
  ])('born %s, on %s: %d', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('hasReachedAge', () => {
    const birth = { year: 2010, month: 6, day: 15 };
    expect(hasReachedAge(birth, 16, { year: 2026, month: 6, day: 15 })).toBe(true);
    expect(hasReachedAge(birth, 16, { year: 2026, month: 6, day: 14 })).toBe(false);
    expect(completedYears(birth, { year: 2026, month: 7, day: 1 })).toBe(16);
  });

  it('hasReachedAge by year of birth: born in a year = born on 1 January of it', () => {
    const lateBorn = { year: 2009, month: 12, day: 31 };
    expect(hasReachedAge(lateBorn, 17, { year: 2026, month: 1, day: 1 }, true)).toBe(true);
    expect(hasReachedAge(lateBorn, 17, { year: 2025, month: 12, day: 31 }, true)).toBe(false);
    expect(hasReachedAge(lateBorn, 17, { year: 2026, month: 1, day: 2 }, false)).toBe(false);
    expect(hasReachedAge({ year: 2008, month: 2, day: 29 }, 18, { year: 2026, month: 1, day: 1 }, true)).toBe(true);
  });

  it('is undefined for non-dates', () => {
    expect(ageOn('2008-02-30', '2026-01-01')).toBeUndefined();
    expect(ageOn('2008-02-01', 'today')).toBeUndefined();
  });
});
