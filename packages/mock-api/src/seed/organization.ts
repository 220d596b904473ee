import type { BillingDocument, CardBrand, PaymentDue, SavedPaymentMethod } from '@customer-center/sdk';
import type { OrganizationData, RewardCodeRecord } from '../model.js';
import type { Random } from '../random.js';
import { cash } from './amounts.js';
import { civilFromDay, endOfNextYear, isoOf } from './calendar.js';
import { buildContracts, buildOrders, type ContractBuild, type OrderBuild } from './commerce.js';
import type { CountrySpec } from './countries.js';
import { buildInvoices } from './invoices.js';
import { buildPeople, officeHours } from './people.js';
import { buildPlans, type PlanBuild } from './plans.js';
import { mismatchCurrency, rewardAmount, TEST_REWARD_CODES } from './rewards.js';

/** About 18 months of invoices before today. */
const WINDOW_DAYS = 548;

/**
 * Saved payment methods of an organisation with online payment: the default card, a direct
 * debit mandate where the country has one, PayPal where offered, and a card that has expired.
 * Organisations that pay offline only have none.
 */
function buildPaymentMethods(
  spec: CountrySpec,
  random: Random,
  today: number,
  holderName: string,
): SavedPaymentMethod[] {
  if (!spec.onlinePaymentAvailable) return [];
  const { year, month } = civilFromDay(today);
  const methods: SavedPaymentMethod[] = [
    {
      id: random.id('pm'),
      type: 'card',
      brand: spec.card.brand,
      last4: spec.card.last4,
      expMonth: random.int(1, 12),
      expYear: year + random.int(1, 4),
      holderName,
      isDefault: true,
      isExpired: false,
    },
  ];
  if (spec.directDebit) {
    methods.push({
      id: random.id('pm'),
      type: 'direct_debit',
      brand: null,
      last4: spec.directDebit.last4,
      expMonth: null,
      expYear: null,
      holderName: spec.company,
      isDefault: false,
      isExpired: false,
    });
  }
  if (spec.paypal) {
    methods.push({
      id: random.id('pm'),
      type: 'paypal',
      brand: null,
      last4: null,
      expMonth: null,
      expYear: null,
      holderName: `accounts.payable@${spec.domain}`,
      isDefault: false,
      isExpired: false,
    });
  }
  // Expired two to five months ago: the last day of its expiry month is before today.
  const expiredMonthIndex = year * 12 + (month - 1) - random.int(2, 5);
  const expired: { brand: CardBrand; last4: string } =
    spec.card.brand === 'mastercard' ? { brand: 'visa', last4: '4000' } : { brand: 'mastercard', last4: '5454' };
  methods.push({
    id: random.id('pm'),
    type: 'card',
    brand: expired.brand,
    last4: expired.last4,
    expMonth: (expiredMonthIndex % 12) + 1,
    expYear: Math.floor(expiredMonthIndex / 12),
    holderName,
    isDefault: false,
    isExpired: true,
  });
  return methods;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface DocumentContext {
  readonly random: Random;
  readonly today: number;
  readonly documents: BillingDocument[];
}

function addDocument(
  { random, documents }: DocumentContext,
  fields: Omit<BillingDocument, 'id' | 'createdAt' | 'sizeBytes'> & { readonly day: number },
): string {
  const { day, ...rest } = fields;
  const id = random.id('doc');
  documents.push({
    id,
    name: rest.name,
    type: rest.type,
    createdAt: officeHours(random, day),
    fileName: rest.fileName,
    contentType: rest.contentType,
    sizeBytes: rest.contentType === 'text/csv' ? random.int(600, 1_800) : random.int(40_000, 420_000),
    relatedId: rest.relatedId,
  });
  return id;
}

function contractDocuments(context: DocumentContext, builds: readonly ContractBuild[]): void {
  const pdf = 'application/pdf';
  for (const { contract, from, to } of builds) {
    const base = `${contract.number}`;
    const add = (name: string, suffix: string, day: number) =>
      contract.documentIds.push(
        addDocument(context, {
          name: `${name}, ${contract.name}`,
          type: 'contract',
          fileName: `${base}-${suffix}.pdf`,
          contentType: pdf,
          relatedId: contract.id,
          day: Math.min(day, context.today),
        }),
      );
    add('Signed agreement', 'signed', from - context.random.int(3, 20));
    if (contract.status === 'active') add('Amendment No. 1', 'amendment-1', from + context.random.int(60, 200));
    if (contract.status === 'pending_renewal')
      add('Renewal quote', 'renewal-quote', context.today - context.random.int(3, 15));
    if (contract.status === 'terminated') add('Termination notice', 'termination', to - 30);
  }
}

function orderDocuments(context: DocumentContext, builds: readonly OrderBuild[]): void {
  for (const { order, kind, days } of builds) {
    addDocument(context, {
      name: `Order confirmation ${order.number}`,
      type: 'order',
      fileName: `${order.number}-confirmation.pdf`,
      contentType: 'application/pdf',
      relatedId: order.id,
      day: days[0] as number,
    });
    const deliveredIndex = order.history.findIndex((entry) => entry.status === 'delivered');
    if (kind === 'hardware' && deliveredIndex >= 0) {
      addDocument(context, {
        name: `Delivery note ${order.number}`,
        type: 'order',
        fileName: `${order.number}-delivery-note.pdf`,
        contentType: 'application/pdf',
        relatedId: order.id,
        day: days[deliveredIndex] as number,
      });
    }
    if (order.status === 'cancelled') {
      addDocument(context, {
        name: `Cancellation confirmation ${order.number}`,
        type: 'order',
        fileName: `${order.number}-cancellation.pdf`,
        contentType: 'application/pdf',
        relatedId: order.id,
        day: days[days.length - 1] as number,
      });
    }
  }
}

function scheduleDocuments(context: DocumentContext, builds: readonly PlanBuild[]): void {
  for (const { plan, entryDays } of builds) {
    addDocument(context, {
      name: `Billing schedule, ${plan.name}`,
      type: 'billing_schedule',
      fileName: `billing-schedule-${slugify(plan.name)}.csv`,
      contentType: 'text/csv',
      relatedId: plan.id,
      day: Math.min(entryDays[0] as number, context.today) - context.random.int(1, 10),
    });
  }
}

/** Everything of one organisation, exactly `invoiceCount` invoices. */
export function buildOrganization(
  spec: CountrySpec,
  random: Random,
  today: number,
  invoiceCount: number,
): OrganizationData {
  // Independent streams per part: more invoices do not change the people, plans or contracts.
  const people = buildPeople(spec, random.fork('people'), today);
  const billingMember = people.members[0];
  const paymentMethods = buildPaymentMethods(spec, random.fork('methods'), today, billingMember?.name ?? spec.company);
  const contracts = buildContracts(random.fork('contracts'), spec.currency, today);
  const plans = buildPlans(random.fork('plans'), spec.currency, today);
  const orderRandom = random.fork('orders');
  const taxFor = (currency: string) => (kind: Parameters<CountrySpec['taxFor']>[0]) => spec.taxFor(kind, currency);
  const orders = buildOrders(
    {
      random: orderRandom,
      currency: spec.currency,
      today,
      sites: spec.sites,
      taxFor: taxFor(spec.currency),
      contractFor: (kind, day) => {
        const found = contracts.find((build) => build.types.includes(kind) && build.from <= day && day <= build.to);
        return found && orderRandom.chance(0.5) ? found.contract.id : null;
      },
    },
    invoiceCount,
  );

  // Fresh copies per seed: the store may change them, and the country table is shared.
  const remittance: OrganizationData['remittance'] = {
    wire: { ...spec.remittance.wire },
    ach: spec.remittance.ach ? { ...spec.remittance.ach } : null,
    cheque: spec.remittance.cheque
      ? { payableTo: spec.remittance.cheque.payableTo, mailTo: { ...spec.remittance.cheque.mailTo } }
      : null,
  };
  const billTo = { name: spec.company, address: { ...spec.address } };

  const invoiceResult = buildInvoices(
    {
      spec,
      random: random.fork('invoices'),
      today,
      windowStart: today - WINDOW_DAYS,
      billTo,
      remittance,
      paymentMethods,
      contracts,
      orders,
      plans,
    },
    invoiceCount,
  );

  const extra = random.fork('extra');
  const online = spec.onlinePaymentAvailable;

  // Reward codes: the fixed test codes first, then the random ones already applied.
  const rewardCodes: RewardCodeRecord[] = [];
  if (online) {
    const validUntil = isoOf(endOfNextYear(today));
    const code = (
      name: keyof typeof TEST_REWARD_CODES,
      usdMinor: number,
      currency: string,
      expiresOn: string,
      eligibleTypes: RewardCodeRecord['eligibleTypes'] = ['support'],
    ): RewardCodeRecord => ({
      code: TEST_REWARD_CODES[name],
      amount: cash(rewardAmount(usdMinor, currency), currency),
      expiresOn,
      eligibleTypes,
      usedOnInvoiceId: null,
    });
    rewardCodes.push(code('valid', 50_000, spec.currency, validUntil));
    const second = spec.currencies[1];
    if (second) rewardCodes.push(code('validSecondCurrency', 50_000, second, validUntil));
    rewardCodes.push(code('expired', 25_000, spec.currency, isoOf(today - 30)));
    const used = invoiceResult.usedRewardCodes.find((record) => record.code === TEST_REWARD_CODES.used);
    if (used) rewardCodes.push(used);
    rewardCodes.push(code('currencyMismatch', 50_000, mismatchCurrency(spec.currencies), validUntil));
    rewardCodes.push(code('notEligible', 30_000, spec.currency, validUntil, ['consulting']));
    for (const record of invoiceResult.usedRewardCodes) if (record !== used) rewardCodes.push(record);
  }

  // Payments due: the booked order, the support renewal, and the failed automatic charge.
  const paymentsDue: PaymentDue[] = [];
  const booked = orders.find((build) => build.order.status === 'booked');
  if (booked) {
    paymentsDue.push({
      id: extra.id('due'),
      kind: 'pending_order',
      description: `Order ${booked.order.number}: ${booked.order.description}, payable before provisioning`,
      amount: cash(booked.order.total.amountMinor, booked.order.total.currency),
      dueDate: isoOf(booked.placedDay + 14),
      invoiceId: null,
      orderId: booked.order.id,
      failureReason: null,
    });
  }
  const renewal = contracts.find((build) => build.contract.status === 'pending_renewal');
  const supportPlan = plans.find((build) => build.role === 'support');
  if (renewal && supportPlan) {
    paymentsDue.push({
      id: extra.id('due'),
      kind: 'support_renewal',
      description: `Premium Support renewal, 12 months from ${renewal.contract.renewalDate ?? isoOf(renewal.to + 1)} (${renewal.contract.number})`,
      amount: cash(supportPlan.plan.amount.amountMinor * 4, spec.currency),
      dueDate: renewal.contract.endDate,
      invoiceId: null,
      orderId: null,
      failureReason: null,
    });
  }
  const failed = invoiceResult.failedChargeInvoice;
  if (failed) {
    paymentsDue.push({
      id: extra.id('due'),
      kind: 'failed_charge',
      description: `Automatic card payment of invoice ${failed.number} failed: the card on file has expired`,
      amount: cash(failed.balanceDue.amountMinor, failed.currency),
      dueDate: failed.dueDate,
      invoiceId: failed.id,
      orderId: null,
      failureReason: 'card_expired',
    });
  }

  const documents: BillingDocument[] = [];
  const documentContext: DocumentContext = { random: extra, today, documents };
  contractDocuments(documentContext, contracts);
  orderDocuments(documentContext, orders);
  scheduleDocuments(documentContext, plans);
  addDocument(documentContext, {
    name: `Bank details confirmation, ${remittance.wire.beneficiary}`,
    type: 'other',
    fileName: 'bank-details-confirmation.pdf',
    contentType: 'application/pdf',
    relatedId: null,
    day: today - extra.int(100, 400),
  });
  if (spec.country === 'US') {
    addDocument(documentContext, {
      name: 'Form W-9, Veridane Systems Inc.',
      type: 'other',
      fileName: 'veridane-w9.pdf',
      contentType: 'application/pdf',
      relatedId: null,
      day: today - extra.int(100, 400),
    });
  }
  for (const document of invoiceResult.documents) documents.push(document);

  return {
    organization: {
      id: `org_${spec.slug}`,
      name: spec.company,
      country: spec.country,
      defaultCurrency: spec.currency,
      currencies: [...spec.currencies],
      onlinePaymentAvailable: online,
    },
    slug: spec.slug,
    members: people.members,
    invitations: people.invitations,
    invoices: invoiceResult.invoices,
    payments: invoiceResult.payments,
    contacts: people.contacts,
    paymentMethods,
    plans: plans.map((build) => build.plan),
    schedules: plans.map((build) => build.schedule),
    paymentsDue,
    rewardCodes,
    rewardHistory: invoiceResult.rewardHistory,
    orders: orders.map((build) => build.order),
    contracts: contracts.map((build) => build.contract),
    documents,
    remittance,
    emails: [],
    savedMethodOutcomes: {},
  };
}
