/**
 * Calendar days as `YYYY-MM-DD`, the way the API dates statements: the day in Brussels decides
 * whether a statement falls inside the collection period and the signatory's age.
 */
const brussels = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

export function brusselsToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(brussels.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Adds whole months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whether `day` lies in the inclusive period. ISO days compare as strings. */
export function isWithin(day: string, start: string, end: string): boolean {
  return day >= start && day <= end;
}
