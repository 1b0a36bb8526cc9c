import { computeProgress, contributionByCountry } from './index';

describe('computeProgress', () => {
  it('uses the ×720 table for initiatives registered from 16 July 2024', () => {
    const p = computeProgress({ PL: 38160, DE: 69119, MT: 5000 }, '2024-07-16');
    expect(p.thresholdTable).toBe('720');
    const byCode = Object.fromEntries(p.countries.map((c) => [c.code, c]));
    expect(byCode.PL).toEqual({ code: 'PL', count: 38160, threshold: 38160, reached: true });
    expect(byCode.DE).toEqual({ code: 'DE', count: 69119, threshold: 69120, reached: false });
    expect(byCode.MT.reached).toBe(true);
    expect(p.countriesReached).toBe(2);
    expect(p.total).toBe(38160 + 69119 + 5000);
  });

  it('uses the ×705 table for initiatives registered before', () => {
    const p = computeProgress({ PL: 36660, FR: 55695 }, '2024-07-15');
    expect(p.thresholdTable).toBe('705');
    expect(p.countries.find((c) => c.code === 'PL')).toMatchObject({ threshold: 36660, reached: true });
    expect(p.countries.find((c) => c.code === 'FR')).toMatchObject({ threshold: 55695, reached: true });
    expect(p.countriesReached).toBe(2);
  });

  it('lists all 27 Member States in protocol order with the success rule', () => {
    const p = computeProgress({}, '2025-01-15');
    expect(p.countries.map((c) => c.code).join(' ')).toBe(
      'BE BG CZ DK DE EE IE GR ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE',
    );
    expect(p).toMatchObject({ total: 0, goal: 1_000_000, countriesRequired: 7, countriesReached: 0 });
  });
});

describe('contributionByCountry', () => {
  it('totals one contribution per country', () => {
    const c = contributionByCountry({ FR: 2, PL: 3 });
    expect(c.total).toBe(5);
    expect(c.countries).toHaveLength(27);
    expect(c.countries.find((x) => x.code === 'FR')?.count).toBe(2);
  });
});
