import { msg, str } from '../i18n/msg.js';
import { daysBetween, type ContractStatus, type InvoiceStatus } from '@customer-center/sdk';

/** A contract status in words, localized. */
export function contractStatusLabel(status: ContractStatus): string {
  return {
    active: msg('Active'),
    pending_renewal: msg('Pending renewal'),
    expired: msg('Expired'),
    terminated: msg('Terminated'),
  }[status];
}

/** An invoice status in words, localized (as `<cc-invoice-list>` shows it). */
export function invoiceStatusLabel(status: InvoiceStatus): string {
  return { overdue: msg('Overdue'), open: msg('Open'), closed: msg('Closed') }[status];
}

export { contactRoleLabel as roleLabel } from '../base/labels.js';

/** The day after an ISO date, as an ISO date. */
function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * How long a term runs, from its first to its last day: whole months when it runs whole
 * months (`36 months`), else days (`412 days`), formatted by `Intl` in `locale`.
 */
export function termLength(startDate: string, endDate: string, locale: string): string {
  const end = nextDay(endDate);
  const [startYear, startMonth, startDay] = startDate.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
  const months = (endYear - startYear) * 12 + (endMonth - startMonth);
  const unit = (value: number, name: 'month' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (endDay === startDay && months > 0) return unit(months, 'month');
  return unit(daysBetween(startDate, end), 'day');
}

/** A file size for people: `312 kB`, `1.2 MB`. */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1_000
        ? [bytes / 1_000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}

/** The announcement of a saved file. */
export function downloadedMessage(filename: string): string {
  return msg(str`Downloaded ${filename}`);
}
