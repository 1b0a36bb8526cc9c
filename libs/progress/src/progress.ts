import {
  COUNTRY_RULES,
  MIN_MEMBER_STATES_AT_THRESHOLD,
  MIN_TOTAL_SIGNATORIES,
  thresholdTableFor,
  type CountryCode,
  type ThresholdTableId,
} from '@eci/rules';

/** Statements counted per Member State of nationality (ISO codes; absent = 0). */
export type CountsByCountry = Partial<Record<CountryCode, number>>;

export interface CountryProgress {
  code: CountryCode;
  count: number;
  threshold: number;
  reached: boolean;
}

/** Where an initiative stands against Art. 3(1): one million, and the minimum in seven Member States. */
export interface Progress {
  total: number;
  goal: number;
  countriesRequired: number;
  countriesReached: number;
  thresholdTable: `${ThresholdTableId}`;
  /** All 27 Member States, in EU protocol order. */
  countries: CountryProgress[];
}

/**
 * Progress from per-country counts, with the threshold table the initiative's registration date
 * selects. Pure: the counts come from the counter rows PostgreSQL keeps beside the statements (see
 * the API's progress module).
 */
export function computeProgress(counts: CountsByCountry, registrationDate: string): Progress {
  const table = thresholdTableFor(registrationDate);
  const countries = COUNTRY_RULES.map((rule) => {
    const count = counts[rule.code] ?? 0;
    const threshold = table.minimums[rule.code];
    return { code: rule.code, count, threshold, reached: count >= threshold };
  });
  return {
    total: countries.reduce((sum, c) => sum + c.count, 0),
    goal: MIN_TOTAL_SIGNATORIES,
    countriesRequired: MIN_MEMBER_STATES_AT_THRESHOLD,
    countriesReached: countries.filter((c) => c.reached).length,
    thresholdTable: `${table.id}`,
    countries,
  };
}

/** A contribution (e.g. one partner's) per country, in protocol order, without thresholds. */
export function contributionByCountry(counts: CountsByCountry): { total: number; countries: { code: CountryCode; count: number }[] } {
  const countries = COUNTRY_RULES.map((rule) => ({ code: rule.code, count: counts[rule.code] ?? 0 }));
  return { total: countries.reduce((sum, c) => sum + c.count, 0), countries };
}
