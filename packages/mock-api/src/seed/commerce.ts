import {
  CONTRACT_STATUSES,
  ORDER_STATUSES,
  type Contract,
  type ContractStatus,
  type InvoiceType,
  type Order,
  type OrderStatus,
} from '@customer-center/sdk';
import type { Random } from '../random.js';
import { cash, localPrice, priceLines, type LineDraft, type LineKind, type TaxRate } from './amounts.js';
import { addMonths, isoOf, yearOf } from './calendar.js';
import { dataCentreRefreshLines, hardwareLines, licenseLines } from './catalog.js';
import { officeHours } from './people.js';

export interface ContractBuild {
  readonly contract: Contract;
  readonly from: number;
  readonly to: number;
  /** Invoice types billed under this contract. */
  readonly types: readonly InvoiceType[];
  /** The type of the invoice every contract gets, so each status has invoices. */
  readonly anchorType: InvoiceType;
}

export type OrderKind = 'hardware' | 'license';

export interface OrderBuild {
  readonly order: Order;
  readonly kind: OrderKind;
  readonly drafts: readonly LineDraft[];
  /** The day the order is invoiced (shipped for hardware, completed for licences), or null. */
  readonly invoiceDay: number | null;
  /** The order whose invoice is above the card limit. */
  readonly cardLimit: boolean;
  /** The day of each history event. */
  readonly days: readonly number[];
  readonly placedDay: number;
}

interface ContractTemplate {
  readonly status: ContractStatus;
  readonly name: string;
  readonly types: readonly InvoiceType[];
  readonly anchorType: InvoiceType;
  readonly valueUsd: readonly [number, number];
  readonly period: (random: Random, today: number) => readonly [from: number, to: number];
}

const CONTRACT_TEMPLATES: readonly ContractTemplate[] = [
  {
    status: 'active',
    name: 'Enterprise License Agreement',
    types: ['license', 'subscription', 'consulting'],
    anchorType: 'license',
    valueUsd: [40_000_000, 90_000_000],
    period: (random, today) => {
      const from = today - random.int(300, 500);
      return [from, addMonths(from, 36) - 1];
    },
  },
  {
    status: 'pending_renewal',
    name: 'Premium Support Agreement',
    types: ['support'],
    anchorType: 'support',
    valueUsd: [8_000_000, 20_000_000],
    period: (random, today) => {
      const to = today + random.int(20, 60);
      return [addMonths(to + 1, -24), to];
    },
  },
  {
    status: 'expired',
    name: 'Professional Services SOW: ERP migration',
    types: ['consulting'],
    anchorType: 'consulting',
    valueUsd: [6_000_000, 18_000_000],
    period: (random, today) => {
      const to = today - random.int(250, 330);
      return [addMonths(to + 1, -10), to];
    },
  },
  {
    status: 'terminated',
    name: 'Managed Device Services Agreement',
    types: ['subscription', 'hardware'],
    anchorType: 'subscription',
    valueUsd: [5_000_000, 12_000_000],
    // Terminated early: the end date is the day the termination took effect.
    period: (random, today) => [today - random.int(480, 540), today - random.int(60, 120)],
  },
];

/** One contract per status (every `CONTRACT_STATUSES` value), invoices linked later. */
export function buildContracts(random: Random, currency: string, today: number): ContractBuild[] {
  const builds = CONTRACT_TEMPLATES.map((template): ContractBuild => {
    const [from, to] = template.period(random, today);
    const renews = template.status === 'active' || template.status === 'pending_renewal';
    return {
      from,
      to,
      types: template.types,
      anchorType: template.anchorType,
      contract: {
        id: random.id('ctr'),
        number: `CTR-${yearOf(from)}-${String(random.int(10, 9999)).padStart(4, '0')}`,
        name: template.name,
        status: template.status,
        startDate: isoOf(from),
        endDate: isoOf(to),
        renewalDate: renews ? isoOf(to + 1) : null,
        value: cash(localPrice(random.int(...template.valueUsd), currency, 'round'), currency),
        documentIds: [],
        invoiceIds: [],
      },
    };
  });
  // Guard: the templates cover every status of the contract.
  for (const status of CONTRACT_STATUSES) {
    if (!builds.some((build) => build.contract.status === status)) throw new Error(`No ${status} contract`);
  }
  return builds;
}

const HARDWARE_CHAIN: readonly OrderStatus[] = ['booked', 'provisioning', 'shipped', 'delivered', 'completed'];
const LICENSE_CHAIN: readonly OrderStatus[] = ['booked', 'provisioning', 'completed'];

/** Days between an event and the next, by the next event. */
const GAPS: Readonly<Record<OrderStatus, readonly [number, number]>> = {
  booked: [0, 0],
  provisioning: [1, 3],
  shipped: [3, 12],
  delivered: [2, 6],
  completed: [1, 14],
  cancelled: [2, 10],
};

/** How many days ago the latest event happened, by the order's status. */
const LAST_EVENT_AGO: Readonly<Record<OrderStatus, readonly [number, number]>> = {
  booked: [1, 4],
  provisioning: [1, 6],
  shipped: [1, 3],
  delivered: [2, 25],
  completed: [5, 520],
  cancelled: [20, 200],
};

interface OrderContext {
  readonly random: Random;
  readonly currency: string;
  readonly today: number;
  readonly sites: readonly string[];
  readonly taxFor: (kind: LineKind) => TaxRate;
  /** A contract the order is placed under, if any covers its day. */
  readonly contractFor: (kind: OrderKind, day: number) => string | null;
}

function note(status: OrderStatus, kind: OrderKind, site: string, tracking: string | null): string | null {
  switch (status) {
    case 'booked':
      return 'Order received and confirmed';
    case 'provisioning':
      return kind === 'hardware' ? 'Allocated from stock, preparing shipment' : 'Generating licence keys';
    case 'shipped':
      return tracking ? `Shipped, tracking ${tracking}` : 'Shipped';
    case 'delivered':
      return `Delivered to ${site}`;
    case 'completed':
      return kind === 'hardware' ? 'Installed and accepted' : 'Licence keys delivered';
    case 'cancelled':
      return 'Cancelled at the customer’s request';
  }
}

function trackingNumber(random: Random): string {
  return random.chance(0.5)
    ? `1Z${random.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${random.chars(10)}`
    : random.chars(10);
}

function buildOrder(context: OrderContext, status: OrderStatus, kind: OrderKind, cardLimit: boolean): OrderBuild {
  const { random, currency, today } = context;
  const site = random.pick(context.sites);
  const drafts = cardLimit
    ? dataCentreRefreshLines(random, currency)
    : kind === 'hardware'
      ? hardwareLines(random, currency)
      : licenseLines(random, currency);

  let chain: OrderStatus[];
  if (status === 'cancelled')
    chain = random.chance(0.5) ? ['booked', 'cancelled'] : ['booked', 'provisioning', 'cancelled'];
  else {
    const full = kind === 'hardware' ? HARDWARE_CHAIN : LICENSE_CHAIN;
    chain = full.slice(0, full.indexOf(status) + 1);
  }
  // Walk back from the latest event: days strictly increase along the history.
  const days: number[] = new Array<number>(chain.length);
  // The big order is recent: its unpaid invoice is the one to pay offline now.
  let day = today - (cardLimit ? random.int(2, 40) : random.int(...LAST_EVENT_AGO[status]));
  for (let index = chain.length - 1; index >= 0; index--) {
    days[index] = day;
    const gap = GAPS[chain[index] as OrderStatus];
    if (index > 0) day -= random.int(gap[0], gap[1]);
  }
  const placedDay = days[0] as number;
  const shippedIndex = chain.indexOf('shipped');
  const tracking = shippedIndex >= 0 ? trackingNumber(random) : null;
  const invoiceIndex = kind === 'hardware' ? shippedIndex : chain.indexOf('completed');
  const first = drafts[0] as LineDraft;
  const description = cardLimit
    ? `Data centre refresh, ${site}`
    : kind === 'hardware'
      ? `${first.description} and accessories for ${site}`
      : `${first.description.replace(/, perpetual licence per user$/, '')} licences (${first.quantityTenths / 10} users)`;

  const { total } = priceLines(drafts, currency, context.taxFor, null);
  const order: Order = {
    id: random.id('ord'),
    number: '',
    description,
    placedAt: '',
    status,
    total: cash(total, currency),
    contractId: context.contractFor(kind, placedDay),
    invoiceIds: [],
    trackingNumber: tracking,
    history: chain.map((event) => ({
      status: event,
      at: '',
      note: note(event, kind, site, tracking),
    })),
  };
  // Instants in office hours; same-day events cannot happen (every gap is at least a day).
  order.history.forEach((entry, index) => {
    entry.at = officeHours(random, days[index] as number);
  });
  order.placedAt = (order.history[0] as Order['history'][number]).at;
  return {
    order,
    kind,
    drafts,
    invoiceDay: invoiceIndex >= 0 ? (days[invoiceIndex] as number) : null,
    cardLimit,
    days,
    placedDay,
  };
}

/**
 * Orders: one in each `ORDER_STATUSES` state, the data-centre order whose invoice is above the
 * card limit, and about one more completed or delivered order per 20 invoices. Numbered in the
 * order they were placed.
 */
export function buildOrders(context: OrderContext, invoiceCount: number): OrderBuild[] {
  const { random } = context;
  const builds: OrderBuild[] = [];
  for (const status of ORDER_STATUSES) {
    const kind: OrderKind =
      status === 'shipped' || status === 'delivered' ? 'hardware' : random.chance(0.5) ? 'hardware' : 'license';
    builds.push(buildOrder(context, status, kind, false));
  }
  builds.push(buildOrder(context, random.chance(0.5) ? 'delivered' : 'completed', 'hardware', true));
  const extra = Math.floor(invoiceCount / 20);
  for (let index = 0; index < extra; index++) {
    const status = random.weighted<OrderStatus>([
      ['completed', 8],
      ['delivered', 1],
      ['cancelled', 1],
    ]);
    const kind: OrderKind = status === 'delivered' || random.chance(0.55) ? 'hardware' : 'license';
    builds.push(buildOrder(context, status, kind, false));
  }
  builds.sort((a, b) => a.placedDay - b.placedDay);
  let sequence = random.int(100, 900);
  for (const build of builds) {
    build.order.number = `SO-${yearOf(build.placedDay)}-${String(sequence++).padStart(5, '0')}`;
  }
  return builds;
}
