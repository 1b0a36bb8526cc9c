import { addDays, addMonths } from './calendar';
import { parseIsoDate } from './dates';

/**
 * The collection period and what follows from it, on `YYYY-MM-DD` days (Regulation (EU) 2019/788):
 * the only place that computes these dates. The API, the web app and the exports call these.
 */

/** A collection period lasts at most this many months (Art. 8(1)). */
export const COLLECTION_MONTHS = 12;

/** Statements are destroyed at the latest this many months after the collection starts (Art. 19). */
export const RETENTION_MONTHS = 21;

/** First and last day (both inclusive) of a collection period. */
export interface CollectionWindow {
  readonly start: string;
  readonly end: string;
}

/**
 * The longest collection period starting on `start`: twelve months, the last day being the day
 * before the anniversary (1 June 2026 to 31 May 2027, 1 March 2023 to 29 February 2024). A period
 * starting on 29 February whose anniversary year has none ends on 28 February, the day before
 * 1 March.
 */
export function collectionWindow(start: string): CollectionWindow {
  const anniversary = addMonths(start, COLLECTION_MONTHS);
  // addMonths clamps 29 February to the 28th: that day already is the day before 1 March.
  const clamped = anniversary.slice(8) !== start.slice(8);
  return { start, end: clamped ? anniversary : addDays(anniversary, -1) };
}

/** Whether statements may be collected on `day`: inside the window, both ends included. */
export function isCollecting(day: string, window: CollectionWindow): boolean {
  if (!parseIsoDate(day) || !parseIsoDate(window.start) || !parseIsoDate(window.end)) return false;
  // Strict ISO days order as strings.
  return day >= window.start && day <= window.end;
}

/** The last day the statements of a collection starting on `collectionStart` may be kept. */
export function retentionDeadline(collectionStart: string): string {
  return addMonths(collectionStart, RETENTION_MONTHS);
}
