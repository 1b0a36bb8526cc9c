import { COUNTRY_RULES } from './data/countries';
import { getCountryRule } from './countries';
import { compareDates, parseIsoDate } from './dates';
import type { CalendarDate, CountryCode } from './types';

/**
 * The Annex I tables, named by their multiplier: minimum signatories per Member State = its MEPs ×
 * the multiplier (×750 rule of Regulation 211/2011 for 1.7.2014-31.12.2019; ×751, ×705, ×720 = the
 * total number of MEPs under Regulation 2019/788).
 */
export type ThresholdTableId = 750 | 751 | 705 | 720;

export interface ThresholdTable {
  readonly id: ThresholdTableId;
  /** Seats in the Parliament whose distribution the table uses (751 for the 2014-2019 term, incl. the UK's 73). */
  readonly totalMeps: 751 | 705 | 720;
  /** What each Member State's seats are multiplied by. */
  readonly multiplier: number;
  /** Registration dates (inclusive) the table applies to. */
  readonly registeredFrom: string;
  readonly registeredUntil?: string;
  readonly legalBasis: string;
  /** The 27 current Member States (the ×750 and ×751 tables also had a UK row: 73 seats). */
  readonly minimums: Readonly<Record<CountryCode, number>>;
}

/** Initiatives registered from this date use the ×720 table; earlier ones keep ×705 [S6]. */
export const THRESHOLD_SWITCH_DATE = '2024-07-16';
/** Art. 3(1): one million signatories, with the minimum reached in a quarter of the Member States. */
export const MIN_TOTAL_SIGNATORIES = 1_000_000;
export const MIN_MEMBER_STATES_AT_THRESHOLD = 7;

function buildTable(id: ThresholdTableId, totalMeps: ThresholdTable['totalMeps'], rest: Pick<ThresholdTable, 'registeredFrom' | 'registeredUntil' | 'legalBasis'>): ThresholdTable {
  const minimums = Object.fromEntries(COUNTRY_RULES.map((rule) => [rule.code, rule.meps[totalMeps] * id])) as Record<
    CountryCode,
    number
  >;
  return { id, totalMeps, multiplier: id, minimums, ...rest };
}

/**
 * eci-rules.md §1 [S8]: "705-based for ECIs registered from 1.2.2020; 751-based (incl. UK) for
 * 1.1.2020–31.1.2020; ×750 rule for 1.7.2014–31.12.2019", and ×720 from 16 July 2024 [S6].
 */
export const THRESHOLD_TABLES: Readonly<Record<ThresholdTableId, ThresholdTable>> = {
  750: buildTable(750, 751, {
    registeredFrom: '2014-07-01',
    registeredUntil: '2019-12-31',
    legalBasis:
      'Regulation (EU) No 211/2011 Art. 7(2): MEPs x 750, Annex I as replaced by Delegated Regulation (EU) No 531/2014 (seats 2014-2019, Decision 2013/312/EU); Commission thresholds pages [S8]',
  }),
  751: buildTable(751, 751, {
    registeredFrom: '2020-01-01',
    registeredUntil: '2020-01-31',
    legalBasis: 'Annex I of Regulation (EU) 2019/788 as adopted (751 MEPs, incl. the UK); Commission thresholds pages [S8]',
  }),
  705: buildTable(705, 705, {
    registeredFrom: '2020-02-01',
    registeredUntil: '2024-07-15',
    legalBasis: 'Annex I as replaced by Delegated Regulation (EU) 2019/1673; Commission thresholds page [S8]',
  }),
  720: buildTable(720, 720, {
    registeredFrom: THRESHOLD_SWITCH_DATE,
    legalBasis: 'Annex I as replaced by Delegated Regulation (EU) 2024/1082 [S5][S6]; seats per Decision (EU) 2023/2061 [S9]',
  }),
};

/** The tables in date order. */
const TABLES_BY_DATE: readonly ThresholdTable[] = [750, 751, 705, 720].map((id) => THRESHOLD_TABLES[id as ThresholdTableId]);

function toDate(value: string): CalendarDate {
  return parseIsoDate(value) as CalendarDate;
}

/**
 * The table applying to an initiative, chosen once by its registration date (`YYYY-MM-DD`):
 * 1.7.2014-31.12.2019 → ×750, January 2020 → ×751, 1.2.2020-15.7.2024 → ×705, from 16.7.2024 → ×720.
 * @throws RangeError when the date is not a real `YYYY-MM-DD` date, or is before 1 July 2014 (the
 * earlier tables of Regulation 211/2011 are not in the pack) — both configuration errors.
 */
export function thresholdTableFor(registrationDate: string): ThresholdTable {
  const date = parseIsoDate(registrationDate);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${registrationDate}`);
  const table = TABLES_BY_DATE.find(
    (t) =>
      compareDates(date, toDate(t.registeredFrom)) >= 0 &&
      (t.registeredUntil === undefined || compareDates(date, toDate(t.registeredUntil)) <= 0),
  );
  if (!table) throw new RangeError(`No threshold table for initiatives registered on ${registrationDate} (before 2014-07-01)`);
  return table;
}

/** Minimum number of signatories for a Member State (ISO or EL) in a table; undefined for other codes. */
export function thresholdFor(country: string, table: ThresholdTable | ThresholdTableId): number | undefined {
  const rule = getCountryRule(country);
  const resolved: ThresholdTable | undefined = typeof table === 'number' ? THRESHOLD_TABLES[table] : table;
  return rule && resolved ? resolved.minimums[rule.code] : undefined;
}
