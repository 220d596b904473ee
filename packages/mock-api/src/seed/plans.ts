import type { BillingSchedule, InvoiceType, Plan } from '@customer-center/sdk';
import type { Random } from '../random.js';
import { cash, lineAmount, randomPrice, type LineDraft, type LineKind } from './amounts.js';
import { addMonths, firstOfMonth, isoOf } from './calendar.js';

export type ScheduleEntry = BillingSchedule['entries'][number];

export type PlanRole = 'platform' | 'support' | 'addon' | 'annual';

export interface PlanBuild {
  readonly role: PlanRole;
  readonly plan: Plan;
  readonly schedule: BillingSchedule;
  /** The type of the invoices the plan produces. */
  readonly invoiceType: InvoiceType;
  /** The day of each schedule entry, in the order of `schedule.entries`. */
  readonly entryDays: readonly number[];
  /** The invoice lines for the period starting on an entry's day. */
  readonly linesFor: (day: number) => LineDraft[];
}

const FREQUENCY_MONTHS = { monthly: 1, quarterly: 3, annual: 12 } as const;

interface PlanTemplate {
  readonly role: PlanRole;
  readonly name: string;
  readonly lineDescription: string;
  readonly kind: LineKind;
  readonly invoiceType: InvoiceType;
  readonly frequency: Plan['billingFrequency'];
  readonly termMonths: number;
  readonly start: number;
  /** Entries actually billed: fewer than the term for a cancelled plan. */
  readonly entries: number;
  readonly status: Plan['status'];
  readonly quantityTenths: number;
  readonly unitPriceMinor: number;
}

/**
 * Four plans per organisation: the platform subscription (monthly, 24 entries), Premium Support
 * (quarterly, 12 entries), a cancelled add-on (monthly, 12 entries billed) and a pending annual
 * plan (3 yearly entries over its 36-month term). Plan amounts are per billing period, before tax.
 */
export function buildPlans(random: Random, currency: string, today: number): PlanBuild[] {
  const seats = random.int(80, 300);
  const terabytes = random.int(5, 25);
  const templates: PlanTemplate[] = [
    {
      role: 'platform',
      name: `Veridane Cloud Platform, Enterprise (${seats} users)`,
      lineDescription: 'Veridane Cloud Platform, Enterprise edition, per named user',
      kind: 'software',
      invoiceType: 'subscription',
      frequency: 'monthly',
      termMonths: 24,
      start: firstOfMonth(today, -random.int(8, 14)),
      entries: 24,
      status: 'active',
      quantityTenths: seats * 10,
      unitPriceMinor: randomPrice(random, currency, 2_800, 4_200, 'fine'),
    },
    {
      role: 'support',
      name: 'Premium Support 24×7',
      lineDescription: 'Premium Support 24×7, quarterly fee',
      kind: 'support',
      invoiceType: 'support',
      frequency: 'quarterly',
      termMonths: 36,
      start: firstOfMonth(today, -random.int(10, 20)),
      entries: 12,
      status: 'active',
      quantityTenths: 10,
      unitPriceMinor: randomPrice(random, currency, 600_000, 2_400_000, 'round'),
    },
    {
      role: 'addon',
      name: `Data Lake add-on (${terabytes} TB)`,
      lineDescription: 'Data Lake add-on, per TB',
      kind: 'software',
      invoiceType: 'subscription',
      frequency: 'monthly',
      termMonths: 24,
      start: firstOfMonth(today, -random.int(15, 17)),
      entries: 12,
      status: 'cancelled',
      quantityTenths: terabytes * 10,
      unitPriceMinor: randomPrice(random, currency, 9_000, 14_000, 'unit'),
    },
    {
      role: 'annual',
      name: 'Security Analytics, annual subscription',
      lineDescription: 'Security Analytics, annual subscription',
      kind: 'software',
      invoiceType: 'subscription',
      frequency: 'annual',
      termMonths: 36,
      start: firstOfMonth(today, random.int(1, 2)),
      entries: 3,
      status: 'pending',
      quantityTenths: 10,
      unitPriceMinor: randomPrice(random, currency, 1_800_000, 4_500_000, 'round'),
    },
  ];

  return templates.map((template) => {
    const id = random.id('plan');
    const step = FREQUENCY_MONTHS[template.frequency];
    const amount = lineAmount(template.unitPriceMinor, template.quantityTenths);
    const entryDays = Array.from({ length: template.entries }, (_, index) => addMonths(template.start, index * step));
    const lastBilled = entryDays[entryDays.length - 1] as number;
    const cancelled = template.status === 'cancelled';
    const endDate = cancelled ? addMonths(lastBilled, step) - 1 : addMonths(template.start, template.termMonths) - 1;
    const next = cancelled ? undefined : entryDays.find((day) => day > today);
    const plan: Plan = {
      id,
      name: template.name,
      termMonths: template.termMonths,
      amount: cash(amount, currency),
      billingFrequency: template.frequency,
      startDate: isoOf(template.start),
      endDate: isoOf(endDate),
      nextBillingDate: next === undefined ? null : isoOf(next),
      status: template.status,
    };
    const schedule: BillingSchedule = {
      planId: id,
      entries: entryDays.map((day) => ({
        date: isoOf(day),
        amount: cash(amount, currency),
        // Past entries are "paid" until an invoice of the seed is linked to them.
        status: day > today ? 'scheduled' : 'paid',
        invoiceId: null,
      })),
    };
    return {
      role: template.role,
      plan,
      schedule,
      invoiceType: template.invoiceType,
      entryDays,
      linesFor: (day: number) => [
        {
          description: template.lineDescription,
          kind: template.kind,
          quantityTenths: template.quantityTenths,
          unitPriceMinor: template.unitPriceMinor,
          periodStart: day,
          periodEnd: addMonths(day, step) - 1,
        },
      ],
    };
  });
}
