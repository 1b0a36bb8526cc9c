import {
  MIN_MEMBER_STATES_AT_THRESHOLD,
  MIN_TOTAL_SIGNATORIES,
  THRESHOLD_TABLES,
  thresholdFor,
  thresholdTableFor,
} from '.';

/** Minimum signatories from /shared/eci/eci-rules.json (×720 and ×705). */
const EXPECTED: Record<string, [number, number]> = {
  BE: [15840, 14805], BG: [12240, 11985], CZ: [15120, 14805], DK: [10800, 9870], DE: [69120, 67680],
  EE: [5040, 4935], IE: [10080, 9165], GR: [15120, 14805], ES: [43920, 41595], FR: [58320, 55695],
  HR: [8640, 8460], IT: [54720, 53580], CY: [4320, 4230], LV: [6480, 5640], LT: [7920, 7755],
  LU: [4320, 4230], HU: [15120, 14805], MT: [4320, 4230], NL: [22320, 20445], AT: [14400, 13395],
  PL: [38160, 36660], PT: [15120, 14805], RO: [23760, 23265], SI: [6480, 5640], SK: [10800, 9870],
  FI: [10800, 9870], SE: [15120, 14805],
};

describe('thresholds', () => {
  it.each(Object.entries(EXPECTED))('%s: %p', (country, [min720, min705]) => {
    expect(thresholdFor(country, 720)).toBe(min720);
    expect(thresholdFor(country, 705)).toBe(min705);
    expect(thresholdFor(country, THRESHOLD_TABLES[720])).toBe(min720);
  });

  it('France is 55 695 in the 705 table (the Polish page typo 55 595 is not used)', () => {
    expect(thresholdFor('FR', 705)).toBe(55695);
  });

  it('accepts EL and lower case, refuses other countries', () => {
    expect(thresholdFor('el', 720)).toBe(15120);
    expect(thresholdFor('CH', 720)).toBeUndefined();
    expect(thresholdFor('PL', 999 as never)).toBeUndefined();
  });

  it.each([
    ['2020-02-01', 705],
    ['2023-01-01', 705],
    ['2024-07-15', 705],
    ['2024-07-16', 720],
    ['2026-11-23', 720],
  ])('an initiative registered on %s uses the ×%d table', (date, id) => {
    expect(thresholdTableFor(date).id).toBe(id);
    expect(thresholdTableFor(date).totalMeps).toBe(id);
  });

  /*
   * [S8], eci-rules.md §1 "Which thresholds apply": "Earlier tables on the Commission site:
   * 705-based for ECIs registered from 1.2.2020; 751-based (incl. UK) for 1.1.2020–31.1.2020;
   * ×750 rule for 1.7.2014–31.12.2019".
   */
  describe('[S8] "705-based for ECIs registered from 1.2.2020; 751-based (incl. UK) for 1.1.2020–31.1.2020; ×750 rule for 1.7.2014–31.12.2019"', () => {
    it.each([
      ['2014-07-01', 750],
      ['2019-12-31', 750],
      ['2020-01-01', 751],
      ['2020-01-31', 751],
      ['2020-02-01', 705],
    ])('an initiative registered on %s uses the ×%d table', (date, id) => {
      expect(thresholdTableFor(date).id).toBe(id);
      expect(thresholdTableFor(date).multiplier).toBe(id);
    });

    it('the ×751 and ×750 tables use the 2014-2019 seats (751 with the UK\'s 73; 678 for the 27)', () => {
      expect(thresholdTableFor('2020-01-15').totalMeps).toBe(751);
      expect(thresholdTableFor('2019-06-30').totalMeps).toBe(751);
      const seats = (id: 750 | 751) => Object.values(THRESHOLD_TABLES[id].minimums).reduce((sum, min) => sum + min / id, 0);
      expect(seats(751)).toBe(678);
      expect(seats(750)).toBe(678);
    });

    // Annex I of 2019/788 as adopted: DE 72 096, BE 15 771, EE/MT 4 506; Annex I of 211/2011 from 1.7.2014: DE 72 000, FR 55 500, MT 4 500.
    it.each([
      ['DE', 751, 72096],
      ['BE', 751, 15771],
      ['EE', 751, 4506],
      ['MT', 751, 4506],
      ['DE', 750, 72000],
      ['FR', 750, 55500],
      ['MT', 750, 4500],
    ])('%s in the ×%d table: %d', (country, id, minimum) => {
      expect(thresholdFor(country, id as 750 | 751)).toBe(minimum);
    });

    it('an initiative registered in January 2020 no longer gets the 705 table, one registered in 2019 neither', () => {
      expect(thresholdFor('DE', thresholdTableFor('2020-01-31'))).toBe(96 * 751);
      expect(thresholdFor('DE', thresholdTableFor('2019-12-31'))).toBe(96 * 750);
      expect(thresholdFor('DE', thresholdTableFor('2020-02-01'))).toBe(67680);
    });

    it('has no table for registrations before 1 July 2014 (Regulation 211/2011 tables not in the pack)', () => {
      expect(() => thresholdTableFor('2014-06-30')).toThrow(RangeError);
    });
  });

  it('refuses a registration date that is not a date', () => {
    expect(() => thresholdTableFor('2024-02-30')).toThrow(RangeError);
    expect(() => thresholdTableFor('16.07.2024')).toThrow(RangeError);
  });

  it('exposes the success rule constants', () => {
    expect(MIN_TOTAL_SIGNATORIES).toBe(1_000_000);
    expect(MIN_MEMBER_STATES_AT_THRESHOLD).toBe(7);
    expect(THRESHOLD_TABLES[705].registeredUntil).toBe('2024-07-15');
  });
});
