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
    expect(thresholdFor('PL', 751 as never)).toBeUndefined();
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
