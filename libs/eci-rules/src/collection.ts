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

/** The kick-off (first day of collection) is at the latest this many months after registration (Art. 8(1), [P1]). */
export const KICK_OFF_MONTHS = 6;

/** The latest kick-off day for an initiative registered on `registrationDate`. */
export function latestKickOff(registrationDate: string): string {
  return addMonths(registrationDate, KICK_OFF_MONTHS);
}

/** Why a kick-off day is not allowed, or `null`: not before registration, at most 6 months after. */
export function kickOffProblem(registrationDate: string, kickOff: string): 'before_registration' | 'too_late' | null {
  if (kickOff < registrationDate) return 'before_registration';
  if (kickOff > latestKickOff(registrationDate)) return 'too_late';
  return null;
}

/** A collection period as an initiative holds it: the window and, if the organisers closed early, the day they did. */
export interface CollectionPeriod extends CollectionWindow {
  /** The day the organisers closed collection early (Art. 8, [P2]); statements from then on are refused. */
  readonly closedEarlyOn: string | null;
}

export type CollectionState = 'not-started' | 'collecting' | 'ended' | 'closed-early';

/**
 * Where a collection period stands on `day`: before the kick-off, collecting, after the last day, or
 * closed early by the organisers (an early closure takes effect from the day it is made).
 */
export function collectionState(day: string, period: CollectionPeriod): CollectionState {
  if (period.closedEarlyOn !== null && day >= period.closedEarlyOn) return 'closed-early';
  if (day < period.start) return 'not-started';
  if (day > period.end) return 'ended';
  return 'collecting';
}

/**
 * The days on which statements of a period are valid, for exports: the window, ending on the
 * closure day where the organisers closed early (statements given that day before the closure were
 * accepted and stay valid).
 */
export function validStatementDays(period: CollectionPeriod): CollectionWindow {
  const end = period.closedEarlyOn !== null && period.closedEarlyOn < period.end ? period.closedEarlyOn : period.end;
  return { start: period.start, end };
}
