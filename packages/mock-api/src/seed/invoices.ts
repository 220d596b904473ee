import {
  CARD_LIMIT_USD,
  type Adjustment,
  type BillingDocument,
  type CardBrand,
  type InvoiceDetail,
  type InvoicePayment,
  type InvoiceStatus,
  type InvoiceType,
  type Payment,
  type RemittanceInstructions,
  type SavedPaymentMethod,
} from '@customer-center/sdk';
import type { OrganizationData, RewardCodeRecord } from '../model.js';
import type { Random } from '../random.js';
import { toUsdMinor } from '../rates.js';
import { cash, percentOf, priceLines, type LineDraft } from './amounts.js';
import { dayFromCivil, endOfNextYear, firstOfMonth, instantOf, isoOf, yearOf } from './calendar.js';
import { linesFor } from './catalog.js';
import type { ContractBuild, OrderBuild } from './commerce.js';
import { fillPattern, type CountrySpec } from './countries.js';
import type { PlanBuild } from './plans.js';
import { maskRewardCode, randomRewardCode, rewardAmount, TEST_REWARD_CODES } from './rewards.js';

/** What the invoices of one organisation are built from. */
export interface InvoiceContext {
  readonly spec: CountrySpec;
  readonly random: Random;
  readonly today: number;
  /** The first day invoices may be issued on: about 18 months before today. */
  readonly windowStart: number;
  readonly billTo: InvoiceDetail['billTo'];
  readonly remittance: Omit<RemittanceInstructions, 'referenceToQuote'>;
  readonly paymentMethods: readonly SavedPaymentMethod[];
  readonly contracts: readonly ContractBuild[];
  readonly orders: readonly OrderBuild[];
  readonly plans: readonly PlanBuild[];
}

export interface InvoiceResult {
  readonly invoices: InvoiceDetail[];
  readonly payments: Payment[];
  /** Codes used on the invoices: the fixed `used` code and random ones. */
  readonly usedRewardCodes: RewardCodeRecord[];
  readonly rewardHistory: OrganizationData['rewardHistory'];
  readonly documents: BillingDocument[];
  /** The subscription invoice whose automatic card charge failed (online organisations). */
  readonly failedChargeInvoice: InvoiceDetail | null;
}

type SlotPurpose = 'cardLimit' | 'usedReward' | 'contract' | 'plan' | 'order' | 'free';

/** An invoice to be: its kind, dates and status are decided before any invoice is built. */
interface Slot {
  readonly purpose: SlotPurpose;
  readonly type: InvoiceType;
  readonly currency: string;
  readonly issueDay: number;
  readonly termDays: number;
  readonly status: InvoiceStatus;
  readonly drafts: readonly LineDraft[] | null;
  readonly contract: ContractBuild | null;
  readonly order: OrderBuild | null;
  readonly plan: { readonly build: PlanBuild; readonly entryIndex: number } | null;
  /** No credit, reward or partial payment: the card-limit invoice, the failed charge's, the reward targets. */
  readonly plain: boolean;
  forceCredit: boolean;
  forcePartial: boolean;
  forceReward: boolean;
}

type MethodChoice =
  | {
      readonly online: true;
      readonly type: 'card' | 'paypal' | 'direct_debit';
      readonly brand: CardBrand | null;
      readonly last4: string | null;
      readonly label: string;
    }
  | { readonly online: false; readonly type: 'wire' | 'ach' | 'cheque' };

interface Allocation {
  readonly invoice: InvoiceDetail;
  readonly amount: number;
  /** The invoice's record of the payment; null for a failed payment. */
  readonly entry: InvoicePayment | null;
}

interface PaymentStub {
  readonly id: string;
  readonly method: MethodChoice;
  readonly day: number;
  readonly second: number;
  readonly currency: string;
  readonly failed: boolean;
  amount: number;
  readonly allocations: Allocation[];
}

const FREE_TYPE_WEIGHTS: readonly (readonly [InvoiceType, number])[] = [
  ['support', 34],
  ['subscription', 22],
  ['license', 20],
  ['hardware', 18],
  // Few consulting invoices: the `notEligible` reward code is for consulting only.
  ['consulting', 5],
];

const BRAND_NAMES: Readonly<Record<CardBrand, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  diners: 'Diners Club',
};

const OFFICE_START = 7 * 3600;
const OFFICE_END = 19 * 3600 - 1;
/** The store's clock starts at 09:00 UTC on the seed's today: nothing seeded happens later. */
const TODAY_LAST_SECOND = 9 * 3600 - 1;
const TODAY_FIRST_SECOND = 6 * 3600;

/** The label a payment shows for a saved method: `Visa •••• 4242`, `SEPA Direct Debit •••• 3000`. */
export function paymentMethodLabel(method: SavedPaymentMethod, scheme: 'sepa' | 'ach' | null): string {
  switch (method.type) {
    case 'card':
      return `${method.brand ? BRAND_NAMES[method.brand] : 'Card'} •••• ${method.last4 ?? ''}`.trim();
    case 'direct_debit':
      return `${scheme === 'ach' ? 'ACH debit' : 'SEPA Direct Debit'} •••• ${method.last4 ?? ''}`.trim();
    case 'paypal':
      return `PayPal (${method.holderName ?? 'account'})`;
  }
}

/** The last day a card can be charged: the last day of its expiry month. */
function cardLastDay(method: SavedPaymentMethod): number {
  if (method.expYear === null || method.expMonth === null) return Number.POSITIVE_INFINITY;
  return firstOfMonth(dayFromCivil(method.expYear, method.expMonth, 1), 1) - 1;
}

/**
 * Builds the organisation's invoices (exactly `count`), with their payments, credit notes,
 * rewards and PDF documents, and links them to contracts, orders and billing schedules.
 *
 * Invoices of one organisation share their `billTo` and the nested objects of `remittance`
 * (only `referenceToQuote` differs): treat those as read-only, or replace them whole.
 */
export function buildInvoices(context: InvoiceContext, count: number): InvoiceResult {
  const { spec, random, today, windowStart } = context;
  const online = spec.onlinePaymentAvailable;

  // Most invoices on the country's usual terms (70%), the rest on 15, 30, 45 or 60 days.
  const termWeights = [15, 30, 45, 60].map((days) => [days, days === spec.paymentTerms ? 14 : 2] as const);
  const termFor = (): number => random.weighted<number>(termWeights);
  const datedStatus = (issueDay: number, dueDay: number): InvoiceStatus => {
    const canClose = issueDay <= today - 2;
    if (dueDay < today) return canClose && random.chance(0.85) ? 'closed' : 'overdue';
    return canClose && random.chance(0.25) ? 'closed' : 'open';
  };
  const unpaidStatus = (issueDay: number, termDays: number): InvoiceStatus =>
    issueDay + termDays < today ? 'overdue' : 'open';
  const contractCovering = (type: InvoiceType, day: number, currency: string): ContractBuild | null => {
    if (currency !== spec.currency) return null;
    const found = context.contracts.find((build) => build.types.includes(type) && build.from <= day && day <= build.to);
    return found && random.chance(0.6) ? found : null;
  };
  const contractById = (id: string | null): ContractBuild | null =>
    id === null ? null : (context.contracts.find((build) => build.contract.id === id) ?? null);
  const slot = (fields: Partial<Slot> & Pick<Slot, 'purpose' | 'type' | 'issueDay' | 'termDays' | 'status'>): Slot => ({
    currency: spec.currency,
    drafts: null,
    contract: null,
    order: null,
    plan: null,
    plain: false,
    forceCredit: false,
    forcePartial: false,
    forceReward: false,
    ...fields,
  });

  // ---------------------------------------------------------------------------------------------
  // 1. Invoices that must exist, most important first (kept when `count` is small).

  const fixed: Slot[] = [];
  const cardOrder = context.orders.find((build) => build.cardLimit);
  if (cardOrder && cardOrder.invoiceDay !== null) {
    const termDays = termFor();
    fixed.push(
      slot({
        purpose: 'cardLimit',
        type: 'hardware',
        issueDay: cardOrder.invoiceDay,
        termDays,
        status: unpaidStatus(cardOrder.invoiceDay, termDays),
        drafts: cardOrder.drafts,
        order: cardOrder,
        contract: contractById(cardOrder.order.contractId),
        plain: true,
      }),
    );
  }
  if (online) {
    const issueDay = today - random.int(20, 200);
    const termDays = termFor();
    fixed.push(
      slot({
        purpose: 'usedReward',
        type: 'support',
        issueDay,
        termDays,
        status: datedStatus(issueDay, issueDay + termDays),
        contract: contractCovering('support', issueDay, spec.currency),
      }),
    );
  }
  for (const build of context.contracts) {
    const from = Math.max(build.from, windowStart);
    const to = Math.min(build.to, today - 2);
    if (from > to) continue;
    const issueDay = random.int(from, to);
    const termDays = termFor();
    fixed.push(
      slot({
        purpose: 'contract',
        type: build.anchorType,
        issueDay,
        termDays,
        status: datedStatus(issueDay, issueDay + termDays),
        contract: build,
      }),
    );
  }
  // Billing schedule entries due so far and inside the window, newest first.
  const planEntries = context.plans
    .flatMap((build) => build.entryDays.map((day, entryIndex) => ({ build, entryIndex, day })))
    .filter(({ day }) => day <= today && day >= windowStart)
    .sort((a, b) => b.day - a.day);
  /** `latest`: the platform's current invoice, unpaid (and, online, the failed card charge's). */
  const planSlot = (entry: (typeof planEntries)[number], latest: boolean): Slot => {
    const termDays = 30;
    return slot({
      purpose: 'plan',
      type: entry.build.invoiceType,
      issueDay: entry.day,
      termDays,
      status: latest ? unpaidStatus(entry.day, termDays) : datedStatus(entry.day, entry.day + termDays),
      drafts: entry.build.linesFor(entry.day),
      contract: contractCovering(entry.build.invoiceType, entry.day, spec.currency),
      plan: { build: entry.build, entryIndex: entry.entryIndex },
      plain: latest && online,
    });
  };
  // The latest platform invoice: its automatic charge on the expired card failed.
  const latestPlatform = planEntries.find((entry) => entry.build.role === 'platform');
  if (latestPlatform) fixed.push(planSlot(latestPlatform, true));
  for (const build of context.orders) {
    if (build.cardLimit || build.invoiceDay === null || build.invoiceDay < windowStart) continue;
    const termDays = termFor();
    fixed.push(
      slot({
        purpose: 'order',
        type: build.kind,
        issueDay: build.invoiceDay,
        termDays,
        status: datedStatus(build.invoiceDay, build.invoiceDay + termDays),
        drafts: build.drafts,
        order: build,
        contract: contractById(build.order.contractId),
      }),
    );
  }
  // Older schedule entries get invoices too, up to 30% of all invoices; the rest stay "paid"
  // without an invoice id (as if archived).
  let planBudget = Math.floor(count * 0.3) - (latestPlatform ? 1 : 0);
  for (const entry of planEntries) {
    if (entry === latestPlatform) continue;
    if (planBudget-- <= 0) break;
    fixed.push(planSlot(entry, false));
  }
  if (fixed.length > count) fixed.length = count;

  // ---------------------------------------------------------------------------------------------
  // 2. The rest: statuses chosen so the whole set is about 20% overdue, 25% open, 55% closed.

  const freeCount = count - fixed.length;
  const fixedCount = (status: InvoiceStatus) => fixed.filter((candidate) => candidate.status === status).length;
  const overdueCount = Math.min(freeCount, Math.max(0, Math.round(count * 0.2) - fixedCount('overdue')));
  const openCount = Math.min(freeCount - overdueCount, Math.max(0, Math.round(count * 0.25) - fixedCount('open')));
  const statuses: InvoiceStatus[] = new Array<InvoiceStatus>(freeCount);
  for (let index = 0; index < freeCount; index++) {
    statuses[index] = index < overdueCount ? 'overdue' : index < overdueCount + openCount ? 'open' : 'closed';
  }
  const shuffled = random.shuffle(statuses);
  // Online: an unpaid support invoice per currency, untouched, to try the valid reward codes on.
  const rewardTargets = new Map<number, string>();
  if (online) {
    let index = 0;
    for (const currency of spec.currencies) {
      while (index < shuffled.length && shuffled[index] === 'closed') index++;
      if (index < shuffled.length) rewardTargets.set(index++, currency);
    }
  }
  // Consulting stays rare (free ones capped at 5% of all invoices): the `notEligible` code is for consulting.
  let consultingLeft = Math.floor(count * 0.05);
  const free: Slot[] = shuffled.map((status, index) => {
    const target = rewardTargets.get(index);
    let type: InvoiceType = target ? 'support' : random.weighted(FREE_TYPE_WEIGHTS);
    if (type === 'consulting' && consultingLeft-- <= 0) type = 'support';
    const termDays = termFor();
    let issueDay: number;
    if (status === 'open') issueDay = random.int(today - termDays, today - 1);
    else if (status === 'overdue') {
      // Mostly recently overdue, a few long overdue.
      const u = random.next();
      issueDay = today - 1 - Math.floor(299 * u * u) - termDays;
    } else issueDay = random.int(windowStart, today - 2);
    const currency =
      target ?? (spec.currencies.length > 1 && random.chance(0.2) ? (spec.currencies[1] as string) : spec.currency);
    return slot({
      purpose: 'free',
      type,
      currency,
      issueDay,
      termDays,
      status,
      contract: contractCovering(type, issueDay, currency),
      plain: target !== undefined,
    });
  });
  // At least one credit note, one partial payment and one reward besides the fixed code's.
  const creditSlot = free.find((candidate) => !candidate.plain);
  if (creditSlot) creditSlot.forceCredit = true;
  const partialSlot = free.find(
    (candidate) => !candidate.plain && candidate.status !== 'closed' && candidate.issueDay < today,
  );
  if (partialSlot) partialSlot.forcePartial = true;
  const rewardSlot = free.find(
    (candidate) => !candidate.plain && candidate.type === 'support' && candidate !== creditSlot,
  );
  if (rewardSlot) rewardSlot.forceReward = true;

  const slots = fixed.concat(free);
  slots.sort((a, b) => a.issueDay - b.issueDay);

  // ---------------------------------------------------------------------------------------------
  // 3. Build the invoices in the order they were issued.

  const invoices: InvoiceDetail[] = new Array<InvoiceDetail>(slots.length);
  const documents: BillingDocument[] = [];
  const usedRewardCodes: RewardCodeRecord[] = [];
  const rewardHistory: OrganizationData['rewardHistory'] = [];
  const stubs: PaymentStub[] = [];
  const lastStubByCurrency = new Map<string, PaymentStub>();
  const takenCodes = new Set<string>();
  let failedChargeInvoice: InvoiceDetail | null = null;
  let failedChargeDay = today;

  // Methods to pay with.
  const methods = context.paymentMethods;
  const defaultCard = methods.find((method) => method.type === 'card' && method.isDefault) ?? null;
  const oldCard = methods.find((method) => method.type === 'card' && method.isExpired) ?? null;
  const oldCardLastDay = oldCard ? cardLastDay(oldCard) : Number.NEGATIVE_INFINITY;
  const debit = methods.find((method) => method.type === 'direct_debit') ?? null;
  const paypal = methods.find((method) => method.type === 'paypal') ?? null;
  const scheme = spec.directDebit?.scheme ?? null;
  const choice = (method: SavedPaymentMethod): MethodChoice => ({
    online: true,
    type: method.type,
    brand: method.brand,
    last4: method.last4,
    label: paymentMethodLabel(method, scheme),
  });
  const WIRE: MethodChoice = { online: false, type: 'wire' };
  const chooseMethod = (day: number, amount: number, currency: string, automatic: boolean): MethodChoice => {
    if (!online) return WIRE;
    const local = currency === spec.currency;
    if (toUsdMinor(cash(amount, currency)) > CARD_LIMIT_USD.amountMinor) {
      return local && context.remittance.ach && random.chance(0.3) ? { online: false, type: 'ach' } : WIRE;
    }
    type Option = 'card' | 'debit' | 'paypal' | 'wire' | 'ach' | 'cheque';
    const options: [Option, number][] = automatic
      ? [
          ['card', 6],
          ['debit', local && debit ? 4 : 0],
        ]
      : [
          ['card', 40],
          ['debit', local && debit ? 12 : 0],
          ['paypal', paypal ? 8 : 0],
          ['wire', 30],
          ['ach', local && context.remittance.ach ? 7 : 0],
          ['cheque', local && context.remittance.cheque ? 5 : 0],
        ];
    const picked = random.weighted(options);
    switch (picked) {
      case 'card':
        if (oldCard && day <= oldCardLastDay && random.chance(0.5)) return choice(oldCard);
        return defaultCard ? choice(defaultCard) : WIRE;
      case 'debit':
        return debit ? choice(debit) : WIRE;
      case 'paypal':
        return paypal ? choice(paypal) : WIRE;
      case 'wire':
        return WIRE;
      case 'ach':
      case 'cheque':
        return { online: false, type: picked };
    }
  };
  /** A second of the day for an event: office hours, or early morning on today itself. */
  const secondOn = (day: number): number =>
    day >= today ? random.int(TODAY_FIRST_SECOND, TODAY_LAST_SECOND) : random.int(OFFICE_START, OFFICE_END);
  const newStub = (method: MethodChoice, day: number, currency: string, failed = false): PaymentStub => {
    const stub: PaymentStub = {
      id: random.id(method.online ? 'pay' : 'rcv'),
      method,
      day,
      second: secondOn(day),
      currency,
      failed,
      amount: 0,
      allocations: [],
    };
    stubs.push(stub);
    return stub;
  };

  const yearCounters = new Map<number, number>();
  let firstYear = true;
  let creditNoteNumber = random.int(10, 90);

  for (let index = 0; index < slots.length; index++) {
    const current = slots[index] as Slot;
    const { currency, issueDay, termDays, type, status } = current;
    const dueDay = issueDay + termDays;
    const year = yearOf(issueDay);
    let sequence = yearCounters.get(year);
    if (sequence === undefined) {
      sequence = firstYear ? random.int(100, 400) : 1;
      firstYear = false;
    }
    yearCounters.set(year, sequence + 1);
    const number = `INV-${year}-${String(sequence).padStart(6, '0')}`;
    const id = random.id('in');
    const drafts = current.drafts ?? linesFor(type, random, currency, issueDay);
    const priced = priceLines(
      drafts,
      currency,
      (kind) => spec.taxFor(kind, currency),
      () => random.id('il'),
    );
    const total = priced.total;
    const rewardsEligible = type === 'support' && online;

    // When the invoice is (last) paid: adjustments come before payments.
    let payDays: number[] = [];
    let joined: PaymentStub | null = null;
    if (status === 'closed') {
      const latest = Math.min(today - 1, dueDay + 25);
      const candidate = lastStubByCurrency.get(currency);
      if (
        online &&
        candidate &&
        random.chance(0.12) &&
        candidate.day >= issueDay &&
        candidate.day <= latest &&
        candidate.allocations.length < 4
      ) {
        joined = candidate;
        payDays = [candidate.day];
      } else {
        const payDay = random.int(Math.min(issueDay + 3, latest), latest);
        payDays = random.chance(0.1) && payDay > issueDay ? [random.int(issueDay, payDay - 1), payDay] : [payDay];
      }
    } else if (!current.plain && issueDay < today && (current.forcePartial || random.chance(0.22))) {
      const first = random.int(issueDay, today - 1);
      payDays = random.chance(0.2) && first < today - 1 ? [first, random.int(first + 1, today - 1)] : [first];
    }
    const adjustmentLastDay = payDays.length > 0 ? (payDays[0] as number) : today;
    const adjustmentDay = () => random.int(issueDay, Math.max(issueDay, adjustmentLastDay));

    const adjustments: Adjustment[] = [];
    let credit = 0;
    if (!current.plain && (current.forceCredit || random.chance(0.07))) {
      credit = percentOf(total, random.int(5, 20));
      const day = adjustmentDay();
      adjustments.push({
        kind: 'credit',
        reference: `CN-${yearOf(day)}-${String(creditNoteNumber++).padStart(5, '0')}`,
        amount: cash(credit, currency),
        appliedAt: instantOf(day, secondOn(day)),
      });
    }
    let reward = 0;
    if (
      rewardsEligible &&
      !current.plain &&
      (current.purpose === 'usedReward' || current.forceReward || random.chance(0.15))
    ) {
      const fixedCode = current.purpose === 'usedReward';
      const amount = rewardAmount(fixedCode ? 50_000 : random.pick([25_000, 50_000, 100_000]), currency);
      if (amount < total - credit) {
        reward = amount;
        const day = adjustmentDay();
        const appliedAt = instantOf(day, secondOn(day));
        const code = fixedCode ? TEST_REWARD_CODES.used : randomRewardCode(random, takenCodes);
        const rewardCode: RewardCodeRecord = {
          code,
          amount: cash(amount, currency),
          expiresOn: isoOf(fixedCode ? endOfNextYear(today) : day + random.int(30, 365)),
          eligibleTypes: ['support'],
          usedOnInvoiceId: id,
        };
        usedRewardCodes.push(rewardCode);
        adjustments.push({
          kind: 'reward',
          reference: maskRewardCode(code),
          amount: cash(amount, currency),
          appliedAt,
        });
        rewardHistory.push({
          code: maskRewardCode(code),
          invoiceId: id,
          invoiceNumber: number,
          amount: cash(amount, currency),
          appliedAt,
        });
      }
    }

    const payable = total - credit - reward;
    let amounts: number[] = [];
    if (status === 'closed') {
      amounts = [payable];
    } else if (payDays.length > 0 && payable > 1) {
      const paid = Math.min(payable - 1, Math.max(1, percentOf(payable, random.int(20, 70))));
      amounts = [paid];
    } else payDays = [];
    if (payDays.length === 2 && (amounts[0] as number) > 1) {
      const whole = amounts[0] as number;
      const first = Math.min(whole - 1, Math.max(1, percentOf(whole, random.int(30, 70))));
      amounts = [first, whole - first];
    } else if (payDays.length === 2) payDays = [payDays[1] as number];
    const paid = amounts.reduce((sum, amount) => sum + amount, 0);
    const balance = payable - paid;

    const entries: InvoicePayment[] = [];
    const pending: { stub: PaymentStub; amount: number; entry: InvoicePayment }[] = [];
    payDays.forEach((day, installment) => {
      const amount = amounts[installment] as number;
      let stub = joined;
      if (
        !stub ||
        stub.method.type === 'direct_debit' ||
        (stub.method.type === 'card' && toUsdMinor(cash(stub.amount + amount, currency)) > CARD_LIMIT_USD.amountMinor)
      ) {
        stub = newStub(chooseMethod(day, amount, currency, current.purpose === 'plan'), day, currency);
        if (status === 'closed' && payDays.length === 1 && stub.method.online) lastStubByCurrency.set(currency, stub);
      }
      const entry: InvoicePayment = {
        paymentId: stub.id,
        paidAt: instantOf(stub.day, stub.second),
        amount: cash(amount, currency),
        method: stub.method.type,
        reference: '',
      };
      entries.push(entry);
      pending.push({ stub, amount, entry });
    });

    const invoice: InvoiceDetail = {
      id,
      number,
      type,
      status: balance === 0 ? 'closed' : dueDay < today ? 'overdue' : 'open',
      issueDate: isoOf(issueDay),
      dueDate: isoOf(dueDay),
      currency,
      total: cash(total, currency),
      amountPaid: cash(paid, currency),
      creditsApplied: cash(credit, currency),
      rewardsApplied: cash(reward, currency),
      balanceDue: cash(balance, currency),
      poNumber:
        current.purpose === 'cardLimit' || (current.order && random.chance(0.8)) || random.chance(0.35)
          ? fillPattern(spec.poPattern, () => String(random.int(0, 9)))
          : null,
      contractId: current.contract?.contract.id ?? null,
      orderId: current.order?.order.id ?? null,
      rewardsEligible,
      billTo: context.billTo,
      lines: priced.lines,
      taxes: priced.taxes,
      subtotal: cash(priced.subtotal, currency),
      taxTotal: cash(priced.taxTotal, currency),
      adjustments,
      payments: entries,
      remittance: {
        referenceToQuote: number,
        wire: context.remittance.wire,
        ach: context.remittance.ach,
        cheque: context.remittance.cheque,
      },
      notes: invoiceNote(current, spec, random),
    };
    if (invoice.status !== status) {
      throw new Error(`Seed bug: ${number} planned ${status}, built ${invoice.status}`);
    }
    invoices[index] = invoice;
    for (const { stub, amount, entry } of pending) {
      stub.amount += amount;
      stub.allocations.push({ invoice, amount, entry });
    }

    current.contract?.contract.invoiceIds.push(id);
    current.order?.order.invoiceIds.push(id);
    if (current.plan) {
      const scheduleEntry = current.plan.build.schedule.entries[current.plan.entryIndex];
      if (scheduleEntry) {
        scheduleEntry.invoiceId = id;
        scheduleEntry.status = invoice.status === 'closed' ? 'paid' : 'invoiced';
      }
      if (current.plain && online) {
        failedChargeInvoice = invoice;
        failedChargeDay = issueDay;
      }
    }
    documents.push({
      id: random.id('doc'),
      name: `Invoice ${number}`,
      type: 'invoice',
      createdAt: instantOf(issueDay, random.int(5 * 3600, 7 * 3600)),
      fileName: `${number}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: 36_000 + priced.lines.length * 5_500 + random.int(0, 24_000),
      relatedId: id,
    });
  }

  // The automatic charge of the failed-charge invoice, declined: the card on file had expired.
  if (failedChargeInvoice && oldCard) {
    const stub = newStub(choice(oldCard), failedChargeDay, failedChargeInvoice.currency, true);
    stub.amount = failedChargeInvoice.balanceDue.amountMinor;
    stub.allocations.push({ invoice: failedChargeInvoice, amount: stub.amount, entry: null });
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Payment references in chronological order, then the online payments' records.

  stubs.sort((a, b) => a.day - b.day || a.second - b.second);
  let paymentNumber = random.int(1000, 4000);
  let receiptNumber = random.int(100, 900);
  const payments: Payment[] = [];
  for (const stub of stubs) {
    const year = yearOf(stub.day);
    const reference = stub.method.online
      ? `PAY-${year}-${String(paymentNumber++).padStart(6, '0')}`
      : `RCV-${year}-${String(receiptNumber++).padStart(6, '0')}`;
    for (const allocation of stub.allocations) if (allocation.entry) allocation.entry.reference = reference;
    if (!stub.method.online) continue;
    payments.push({
      id: stub.id,
      status: stub.failed ? 'failed' : 'succeeded',
      reference,
      amount: cash(stub.amount, stub.currency),
      method: { type: stub.method.type, brand: stub.method.brand, last4: stub.method.last4, label: stub.method.label },
      allocations: stub.allocations.map(({ invoice, amount }) => ({
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        amount: cash(amount, stub.currency),
      })),
      createdAt: instantOf(stub.day, stub.second),
      failure: stub.failed ? { code: 'expired_card', message: 'The card on file has expired.' } : null,
      nextAction: null,
    });
  }

  return { invoices, payments, usedRewardCodes, rewardHistory, documents, failedChargeInvoice };
}

function invoiceNote(slot: Slot, spec: CountrySpec, random: Random): string | null {
  if (slot.currency !== spec.currency) return 'Invoiced in EUR at the customer’s request; no US sales tax applies.';
  if (!spec.onlinePaymentAvailable) return spec.notes[0] ?? null;
  if (slot.order) return `Order ${slot.order.order.number}.`;
  return random.chance(0.2) ? random.pick(spec.notes) : null;
}
