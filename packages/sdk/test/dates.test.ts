import { expect } from 'chai';
import fc from 'fast-check';
import { daysBetween, dueState, formatDate, formatRelativeDays, parseIsoDate } from '@customer-center/sdk';

// Runs in Chromium and in Node, in whatever time zone the machine has: calendar dates must
// not depend on it.

const DAY_MS = 86_400_000;

/**
 * Any calendar date from 0001-01-01 to 9999-12-31 as `YYYY-MM-DD` (years 1–99 included on
 * purpose). ISO year 0000 is 1 BC, which Intl writes as year 1 of the BC era.
 */
const FIRST_DAY = new Date(0).setUTCFullYear(1, 0, 1) / DAY_MS;
const isoDate = fc
  .integer({ min: FIRST_DAY, max: Date.UTC(9999, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

describe('dates', () => {
  describe('parseIsoDate', () => {
    it('reads a real calendar date into its parts', () => {
      expect(parseIsoDate('2026-12-01')).to.deep.equal({ year: 2026, month: 12, day: 1 });
      expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
      expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    });

    it('rejects dates that do not exist and malformed strings', () => {
      for (const bad of [
        '2026-02-30',
        '2026-13-01',
        '2026-1-1',
        '2026-00-10',
        '2026-04-31',
        '2026-02-29', // not a leap year
        '1900-02-29', // divisible by 100, not by 400
        '2100-02-29',
        '2026-12-01T00:00:00Z',
        ' 2026-12-01',
        '',
      ]) {
        expect(() => parseIsoDate(bad), bad).to.throw(RangeError, /Not a calendar date/);
      }
    });

    it('accepts every date it writes, and gives its parts back (property)', () => {
      fc.assert(
        fc.property(isoDate, (date) => {
          const { year, month, day } = parseIsoDate(date);
          const written = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(written).to.equal(date);
        }),
      );
    });
  });

  describe('daysBetween', () => {
    it('counts whole days across daylight-saving changes', () => {
      // US spring forward (8 March 2026) and fall back (1 November 2026).
      expect(daysBetween('2026-03-07', '2026-03-09')).to.equal(2);
      expect(daysBetween('2026-10-31', '2026-11-02')).to.equal(2);
      // EU: 29 March and 25 October 2026.
      expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
      expect(daysBetween('2026-10-24', '2026-10-26')).to.equal(2);
      // Southern hemisphere (Australia/Sydney: 5 April and 4 October 2026).
      expect(daysBetween('2026-04-04', '2026-04-06')).to.equal(2);
      expect(daysBetween('2026-10-03', '2026-10-05')).to.equal(2);
      // A whole year that contains both changes.
      expect(daysBetween('2026-01-15', '2026-07-15')).to.equal(181);
    });

    it('counts leap days', () => {
      expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
      expect(daysBetween('2026-02-28', '2026-03-01')).to.equal(1);
      expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
      expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
      expect(daysBetween('2000-01-01', '2001-01-01')).to.equal(366);
      expect(daysBetween('1900-01-01', '1901-01-01')).to.equal(365);
      expect(daysBetween('2100-02-28', '2100-03-01')).to.equal(1);
      expect(daysBetween('2026-12-31', '2026-01-01')).to.equal(-364);
    });

    it('is additive: daysBetween(a, b) + daysBetween(b, c) === daysBetween(a, c)', () => {
      fc.assert(
        fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
          expect(daysBetween(a, b) + daysBetween(b, c)).to.equal(daysBetween(a, c));
          expect(daysBetween(a, b)).to.equal(-daysBetween(b, a));
          expect(daysBetween(a, a)).to.equal(0);
        }),
      );
    });

    it('counts exactly the days added (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 0, 1) / DAY_MS }),
          fc.integer({ min: -20_000, max: 20_000 }),
          (start, offset) => {
            const from = new Date(start * DAY_MS).toISOString().slice(0, 10);
            expect(daysBetween(from, addDays(from, offset))).to.equal(offset);
          },
        ),
      );
    });

    it('rejects a date that does not exist', () => {
      expect(() => daysBetween('2026-02-30', '2026-03-01')).to.throw(RangeError);
      expect(() => daysBetween('2026-03-01', '2026-1-1')).to.throw(RangeError);
    });
  });

  describe('dueState', () => {
    it('says how many days until due, and overdue only after the due date', () => {
      expect(dueState('2026-12-01', '2026-11-28')).to.deep.equal({ daysUntilDue: 3, overdue: false });
      expect(dueState('2026-12-01', '2026-12-01')).to.deep.equal({ daysUntilDue: 0, overdue: false });
      expect(dueState('2026-12-01', '2026-12-02')).to.deep.equal({ daysUntilDue: -1, overdue: true });
      expect(dueState('2026-12-01', '2026-12-15')).to.deep.equal({ daysUntilDue: -14, overdue: true });
      // Across the year end and a leap day.
      expect(dueState('2027-01-02', '2026-12-30')).to.deep.equal({ daysUntilDue: 3, overdue: false });
      expect(dueState('2028-03-01', '2028-02-28')).to.deep.equal({ daysUntilDue: 2, overdue: false });
    });

    it('is overdue exactly when today is after the due date (property)', () => {
      fc.assert(
        fc.property(isoDate, isoDate, (due, today) => {
          const state = dueState(due, today);
          expect(state.daysUntilDue).to.equal(daysBetween(today, due));
          expect(state.overdue).to.equal(today > due);
        }),
      );
    });
  });

  describe('formatDate', () => {
    it('shows 1 December for 2026-12-01 whatever the time zone', () => {
      expect(formatDate('2026-12-01', 'en-US')).to.equal('Dec 1, 2026');
      expect(formatDate('2026-12-01', 'en-US', { dateStyle: 'long' })).to.equal('December 1, 2026');
      // Even a time zone passed in the options cannot move a calendar date: the SDK formats it in UTC.
      for (const timeZone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/Rome', 'Pacific/Kiritimati']) {
        expect(formatDate('2026-12-01', 'en-US', { dateStyle: 'long', timeZone }), timeZone).to.equal(
          'December 1, 2026',
        );
      }
      expect(formatDate('2026-12-01', 'it-IT', { dateStyle: 'long' })).to.equal('1 dicembre 2026');
    });

    it('differs from the naive Date formatting it guards against', () => {
      // `new Date('2026-12-01')` is UTC midnight: west of Greenwich it is still 30 November.
      const naive = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'America/Los_Angeles' }).format(
        new Date('2026-12-01'),
      );
      expect(naive).to.equal('November 30, 2026');
    });

    it('keeps the day for any date in any time zone offset (property)', () => {
      fc.assert(
        fc.property(
          isoDate,
          fc.constantFrom('Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati'),
          (date, timeZone) => {
            const text = formatDate(date, 'en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
            const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)!;
            // en-US numeric dates are MM/DD/YYYY (years before 1000 without padding).
            expect(text).to.equal(`${month}/${day}/${Number(year)}`);
          },
        ),
      );
    });

    it('rejects a date that does not exist', () => {
      expect(() => formatDate('2026-02-30', 'en-US')).to.throw(RangeError);
    });
  });

  describe('formatRelativeDays', () => {
    it('words a number of days in English', () => {
      expect(formatRelativeDays(3, 'en')).to.equal('in 3 days');
      expect(formatRelativeDays(-14, 'en')).to.equal('14 days ago');
      expect(formatRelativeDays(1, 'en')).to.equal('tomorrow');
      expect(formatRelativeDays(-1, 'en')).to.equal('yesterday');
      expect(formatRelativeDays(0, 'en')).to.equal('today');
      expect(formatRelativeDays(1, 'en', 'always')).to.equal('in 1 day');
    });

    it('follows the locale', () => {
      expect(formatRelativeDays(1, 'it')).to.equal('domani');
      expect(formatRelativeDays(3, 'de')).to.equal('in 3 Tagen');
    });
  });
});

describe('years 0 to 99', () => {
  it('are read literally, not as 1900 to 1999', () => {
    expect(parseIsoDate('0050-01-01')).to.deep.equal({ year: 50, month: 1, day: 1 });
    expect(daysBetween('0050-01-01', '0051-01-01')).to.equal(365);
  });
});
