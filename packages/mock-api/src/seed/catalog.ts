import type { InvoiceType } from '@customer-center/sdk';
import type { Random } from '../random.js';
import { lineAmount, percentOf, randomPrice, type LineDraft } from './amounts.js';
import { addMonths, firstOfMonth } from './calendar.js';

/**
 * What Veridane sells, with prices in US cents converted to each currency at the demo rates.
 * The ranges are bounded so that no ordinary invoice reaches USD 80,000 with tax: the only
 * invoice above the USD 100,000 card limit is the one built with {@link dataCentreRefreshLines}.
 */

const LICENSED_PRODUCTS = ['Veridane Analytics Suite', 'Veridane Integration Server', 'Veridane Secure Gateway'];

function line(
  description: string,
  kind: LineDraft['kind'],
  quantityTenths: number,
  unitPriceMinor: number,
  periodStart: number | null = null,
  periodEnd: number | null = null,
): LineDraft {
  return { description, kind, quantityTenths, unitPriceMinor, periodStart, periodEnd };
}

/** A quantity in tenths: whole units from `min` to `max`. */
const units = (random: Random, min: number, max: number) => random.int(min, max) * 10;
/** Hours in half-hour steps, in tenths. */
const hours = (random: Random, min: number, max: number) => random.int(min * 2, max * 2) * 5;

export function supportLines(random: Random, currency: string, issueDay: number): LineDraft[] {
  const end = addMonths(issueDay, 3) - 1;
  const lines = [
    line(
      'Premium Support 24×7, quarterly fee',
      'support',
      10,
      randomPrice(random, currency, 400_000, 1_600_000, 'round'),
      issueDay,
      end,
    ),
  ];
  if (random.chance(0.4)) {
    lines.push(
      line(
        'Technical Account Manager, hours',
        'service',
        units(random, 4, 20),
        randomPrice(random, currency, 19_500, 22_500, 'unit'),
        issueDay,
        end,
      ),
    );
  }
  return lines;
}

export function subscriptionLines(random: Random, currency: string, issueDay: number): LineDraft[] {
  const start = firstOfMonth(issueDay);
  const end = firstOfMonth(issueDay, 1) - 1;
  const lines = [
    line(
      'Veridane Cloud Platform, Enterprise edition, per named user',
      'software',
      units(random, 25, 200),
      randomPrice(random, currency, 3_000, 3_800, 'fine'),
      start,
      end,
    ),
  ];
  if (random.chance(0.35)) {
    lines.push(
      line(
        'Additional storage, per TB',
        'software',
        units(random, 1, 10),
        randomPrice(random, currency, 9_000, 9_900, 'unit'),
        start,
        end,
      ),
    );
  }
  return lines;
}

export function licenseLines(random: Random, currency: string): LineDraft[] {
  const product = random.pick(LICENSED_PRODUCTS);
  const quantity = units(random, 5, 40);
  const unitPrice = randomPrice(random, currency, 45_000, 115_000, 'unit');
  const maintenance = percentOf(lineAmount(unitPrice, quantity), 20);
  return [
    line(`${product}, perpetual licence per user`, 'software', quantity, unitPrice),
    line(`${product}, first-year maintenance and updates (20%)`, 'software', 10, maintenance),
  ];
}

export function hardwareLines(random: Random, currency: string): LineDraft[] {
  const lines: LineDraft[] = [];
  const both = random.chance(0.3);
  if (both || random.chance(0.6)) {
    lines.push(
      line(
        'Edge Gateway EG-210',
        'goods',
        units(random, 2, 12),
        randomPrice(random, currency, 115_000, 190_000, 'unit'),
      ),
    );
  }
  if (both || lines.length === 0) {
    lines.push(
      line(
        'Rack server RS-740',
        'goods',
        units(random, 1, 3),
        randomPrice(random, currency, 780_000, 940_000, 'round'),
      ),
    );
  }
  lines.push(line('Shipping and insurance', 'goods', 10, randomPrice(random, currency, 18_000, 65_000, 'unit')));
  return lines;
}

export function consultingLines(random: Random, currency: string, issueDay: number): LineDraft[] {
  const start = firstOfMonth(issueDay, -1);
  const end = firstOfMonth(issueDay) - 1;
  const lines = [
    line(
      'Solution architect, time and materials',
      'service',
      hours(random, 7.5, 60),
      randomPrice(random, currency, 21_000, 26_000, 'unit'),
      start,
      end,
    ),
  ];
  if (random.chance(0.6)) {
    lines.push(
      line(
        'Project manager, time and materials',
        'service',
        hours(random, 4, 30),
        randomPrice(random, currency, 15_000, 17_500, 'unit'),
        start,
        end,
      ),
    );
  }
  if (random.chance(0.4)) {
    lines.push(
      line('Travel and accommodation, at cost', 'service', 10, randomPrice(random, currency, 40_000, 220_000, 'fine')),
    );
  }
  return lines;
}

/** Lines of an ordinary invoice of `type`. */
export function linesFor(type: InvoiceType, random: Random, currency: string, issueDay: number): LineDraft[] {
  switch (type) {
    case 'support':
      return supportLines(random, currency, issueDay);
    case 'subscription':
      return subscriptionLines(random, currency, issueDay);
    case 'license':
      return licenseLines(random, currency);
    case 'hardware':
      return hardwareLines(random, currency);
    case 'consulting':
      return consultingLines(random, currency, issueDay);
  }
}

/** The one big order per organisation: its invoice is well above the USD 100,000 card limit. */
export function dataCentreRefreshLines(random: Random, currency: string): LineDraft[] {
  return [
    line(
      'Rack server RS-740',
      'goods',
      units(random, 14, 20),
      randomPrice(random, currency, 860_000, 920_000, 'round'),
    ),
    line(
      'All-flash storage array AF-9000',
      'goods',
      units(random, 1, 2),
      randomPrice(random, currency, 2_700_000, 3_000_000, 'round'),
    ),
    line('Installation, rack and stack', 'service', 10, randomPrice(random, currency, 550_000, 750_000, 'unit')),
  ];
}
