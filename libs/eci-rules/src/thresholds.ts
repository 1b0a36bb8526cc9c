import { COUNTRY_RULES } from './data/countries';
import { getCountryRule } from './countries';
import { compareDates, parseIsoDate } from './dates';
import type { CountryCode } from './types';

/** Minimum signatories per Member State = its MEPs × the total number of MEPs (Annex I). */
export type ThresholdTableId = 705 | 720;

export interface ThresholdTable {
  readonly id: ThresholdTableId;
  readonly totalMeps: number;
  /** Registration dates (inclusive) the table applies to. */
  readonly registeredFrom: string;
  readonly registeredUntil?: string;
  readonly legalBasis: string;
  readonly minimums: Readonly<Record<CountryCode, number>>;
}

/** Initiatives registered from this date use the ×720 table; earlier ones keep ×705 [S6]. */
export const THRESHOLD_SWITCH_DATE = '2024-07-16';
/** Art. 3(1): one million signatories, with the minimum reached in a quarter of the Member States. */
export const MIN_TOTAL_SIGNATORIES = 1_000_000;
export const MIN_MEMBER_STATES_AT_THRESHOLD = 7;

function buildTable(id: ThresholdTableId, rest: Omit<ThresholdTable, 'id' | 'totalMeps' | 'minimums'>): ThresholdTable {
  const minimums = Object.fromEntries(COUNTRY_RULES.map((rule) => [rule.code, rule.meps[id] * id])) as Record<
    CountryCode,
    number
  >;
  return { id, totalMeps: id, minimums, ...rest };
}

export const THRESHOLD_TABLES: Readonly<Record<ThresholdTableId, ThresholdTable>> = {
  705: buildTable(705, {
    registeredFrom: '2020-02-01',
    registeredUntil: '2024-07-15',
    legalBasis: 'Annex I as replaced by Delegated Regulation (EU) 2019/1673; Commission thresholds page [S8]',
  }),
  720: buildTable(720, {
    registeredFrom: THRESHOLD_SWITCH_DATE,
    legalBasis: 'Annex I as replaced by Delegated Regulation (EU) 2024/1082 [S5][S6]; seats per Decision (EU) 2023/2061 [S9]',
  }),
};

/**
 * The table applying to an initiative, chosen once by its registration date (`YYYY-MM-DD`):
 * before 16 July 2024 → ×705, from that day → ×720. Earlier tables (×751, ×750) are not in
 * the pack: every initiative registered before 2020-02-01 is closed.
 * @throws RangeError when the date is not a real `YYYY-MM-DD` date (a configuration error).
 */
export function thresholdTableFor(registrationDate: string): ThresholdTable {
  const date = parseIsoDate(registrationDate);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${registrationDate}`);
  const switchDate = parseIsoDate(THRESHOLD_SWITCH_DATE) as NonNullable<ReturnType<typeof parseIsoDate>>;
  return THRESHOLD_TABLES[compareDates(date, switchDate) < 0 ? 705 : 720];
}

/** Minimum number of signatories for a Member State (ISO or EL) in a table; undefined for other codes. */
export function thresholdFor(country: string, table: ThresholdTable | ThresholdTableId): number | undefined {
  const rule = getCountryRule(country);
  const resolved: ThresholdTable | undefined = typeof table === 'number' ? THRESHOLD_TABLES[table] : table;
  return rule && resolved ? resolved.minimums[rule.code] : undefined;
}
