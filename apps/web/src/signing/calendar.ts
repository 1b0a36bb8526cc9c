import { brusselsDay } from '@eci/rules';

export { addMonths } from '@eci/rules';

/** Today in Brussels, `YYYY-MM-DD`: the day the API will date the statement. */
export function brusselsToday(now: Date = new Date()): string {
  return brusselsDay(now);
}

/** Whether `day` lies in the inclusive period. ISO days compare as strings. */
export function isWithin(day: string, start: string, end: string): boolean {
  return day >= start && day <= end;
}
