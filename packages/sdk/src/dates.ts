/**
 * Dates in the contract are ISO strings. Due and issue dates are calendar dates
 * (`YYYY-MM-DD`) with no time zone: they are parsed as such and formatted in UTC, so an
 * invoice due on the 1st never shows as due on the 31st in a browser west of Greenwich.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A calendar date's parts; throws a `RangeError` for anything that is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = utcDate(year, month, day);
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
}

// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes the year literally.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function utcMidnight(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return utcDate(year, month, day).getTime();
}

/** Today's calendar date where the user is (or in `timeZone`), as `YYYY-MM-DD`. */
export function todayIsoDate(timeZone?: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Where a due date stands from `today`: days until due (negative once overdue). */
export function dueState(dueDate: string, today: string = todayIsoDate()): { daysUntilDue: number; overdue: boolean } {
  const daysUntilDue = daysBetween(today, dueDate);
  return { daysUntilDue, overdue: daysUntilDue < 0 };
}

/** A calendar date for a locale, e.g. `22 Nov 2026`. */
export function formatDate(
  isoDate: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utcMidnight(isoDate));
}

/** An instant (`2026-11-22T10:15:00Z`) in the user's (or `options.timeZone`'s) local time. */
export function formatDateTime(
  isoDateTime: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const instant = Date.parse(isoDateTime);
  if (Number.isNaN(instant)) throw new RangeError(`Not an ISO date-time: "${isoDateTime}"`);
  return new Intl.DateTimeFormat(locale, options).format(instant);
}

/** A number of days relative to today in words: `in 3 days`, `tomorrow`, `14 days ago`. */
export function formatRelativeDays(days: number, locale: string, numeric: 'auto' | 'always' = 'auto'): string {
  return new Intl.RelativeTimeFormat(locale, { numeric }).format(days, 'day');
}
