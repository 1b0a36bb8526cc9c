import { brusselsDay } from '@eci/rules';

/** Today in Brussels, `YYYY-MM-DD`: the day the API will date the statement. */
export function brusselsToday(now: Date = new Date()): string {
  return brusselsDay(now);
}
