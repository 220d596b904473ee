/**
 * Calendar arithmetic for the seed on day numbers (days since 1970-01-01), with integers only:
 * no `Date`, so nothing depends on the clock or the time zone, and it is fast enough for
 * 100,000 invoices. Conversions follow Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day number of a proleptic Gregorian date. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number. */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of a `YYYY-MM-DD` date; a `RangeError` for anything that is not a real date. */
export function dayOf(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const dayNumber = dayFromCivil(year, month, day);
    const check = civilFromDay(dayNumber);
    if (check.year === year && check.month === month && check.day === day) return dayNumber;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
}

const isoCache = new Map<number, string>();

/** The `YYYY-MM-DD` text of a day number (cached: the seed asks for the same few hundred days a lot). */
export function isoOf(dayNumber: number): string {
  let text = isoCache.get(dayNumber);
  if (text === undefined) {
    const { year, month, day } = civilFromDay(dayNumber);
    text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    isoCache.set(dayNumber, text);
  }
  return text;
}

/** The year of a day number. */
export function yearOf(dayNumber: number): number {
  return civilFromDay(dayNumber).year;
}

function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return dayFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** The first day of the month of a day number, moved by `months`. */
export function firstOfMonth(dayNumber: number, months = 0): number {
  const { year, month } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  return dayFromCivil(newYear, index - newYear * 12 + 1, 1);
}

/** The last day of the year after the one `dayNumber` falls in. */
export function endOfNextYear(dayNumber: number): number {
  return dayFromCivil(yearOf(dayNumber) + 1, 12, 31);
}

/** An RFC 3339 instant in UTC, `2026-11-22T10:15:00Z`, at `secondOfDay` seconds after midnight. */
export function instantOf(dayNumber: number, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  return `${isoOf(dayNumber)}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}Z`;
}
