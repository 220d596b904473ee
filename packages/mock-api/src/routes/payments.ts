import {
  CARD_LIMIT_USD,
  minorUnitDigits,
  type CardBrand,
  type InvoiceDetail,
  type Money,
  type OfflineMethodType,
  type Payment,
  type PaymentCreate,
  type PaymentFailureCode,
  type PaymentMethodOption,
  type SavedPaymentMethod,
} from '@customer-center/sdk';
import type { OrganizationData } from '../model.js';
import { paymentMethodLabel } from '../seed/invoices.js';
import { fail } from '../problem.js';
import { fromUsdMinor, toUsdMinor } from '../rates.js';
import type { MockStore } from '../store.js';
import { decodeToken, type TestCardOutcome } from '../test-cards.js';
import { findInvoice, findOr404, isExpired, json, page, type Route } from './context.js';

type OnlineMethod = PaymentMethodOption['type'];

/** Online methods by country, as local regulation allows; countries not listed pay offline only. */
const ONLINE_METHODS: Readonly<Record<string, readonly OnlineMethod[]>> = {
  US: ['card', 'paypal', 'direct_debit'],
  IT: ['card', 'paypal', 'direct_debit'],
  ES: ['card', 'paypal', 'direct_debit'],
  FR: ['card', 'paypal', 'direct_debit'],
  DE: ['card', 'paypal', 'direct_debit'],
  NL: ['card', 'paypal', 'direct_debit'],
  SA: ['card', 'paypal'],
  JP: ['card'],
};

const OFFLINE_METHODS: Readonly<Record<string, readonly OfflineMethodType[]>> = {
  US: ['wire', 'ach', 'cheque'],
  FR: ['wire', 'cheque'],
};

const CARD_BRANDS: readonly CardBrand[] = ['visa', 'mastercard', 'amex'];

const MANDATE_TEXT =
  'By accepting this mandate you authorise the billing provider to send instructions to your bank to debit your ' +
  'account, and your bank to debit your account in accordance with those instructions. You are entitled to a ' +
  'refund from your bank under the terms of your agreement with it.';

/** The smallest partial payment: one major unit (100 for currencies without minor units). */
export function minimumAmount(currency: string): Money {
  const digits = minorUnitDigits(currency);
  return { amountMinor: digits === 0 ? 100 : 10 ** digits, currency };
}

/** The card limit of USD 100,000 in `currency`: the largest amount that converts to at most the limit. */
export function cardLimitIn(currency: string): Money {
  let amountMinor = fromUsdMinor(CARD_LIMIT_USD.amountMinor, currency);
  // Rounding may land one minor unit above the limit; step back until it converts within it.
  while (toUsdMinor({ amountMinor, currency }) > CARD_LIMIT_USD.amountMinor) amountMinor -= 1;
  return { amountMinor, currency };
}

export function onlineMethods(organization: OrganizationData): readonly OnlineMethod[] {
  return organization.organization.onlinePaymentAvailable
    ? (ONLINE_METHODS[organization.organization.country] ?? [])
    : [];
}

function payable(organization: OrganizationData, invoiceId: string): InvoiceDetail {
  const invoice = findInvoice(organization, invoiceId);
  if (invoice.status === 'closed' || invoice.balanceDue.amountMinor === 0) {
    throw fail(409, 'invoice_already_paid', `Invoice ${invoice.number} is already paid`);
  }
  return invoice;
}

export const retrievePaymentOptions: Route = ({ organization, query }) => {
  const invoices = (query.invoiceIds as string[]).map((id) => findInvoice(organization, id));
  const currencies = new Set(invoices.map((invoice) => invoice.currency));
  if (currencies.size > 1) throw fail(422, 'mixed_currencies', 'Pay invoices in one currency at a time');
  const currency = invoices[0]!.currency;
  const country = organization.organization.country;
  const methods: PaymentMethodOption[] = onlineMethods(organization).map((type) => {
    if (type === 'card') {
      return {
        type,
        brands: [...CARD_BRANDS],
        limit: { ...CARD_LIMIT_USD },
        limitInCurrency: currency === CARD_LIMIT_USD.currency ? null : cardLimitIn(currency),
      };
    }
    if (type === 'direct_debit') return { type, scheme: country === 'US' ? 'ach' : 'sepa', mandateText: MANDATE_TEXT };
    return { type };
  });
  return json({
    country,
    currency,
    onlineAvailable: methods.length > 0,
    methods,
    minimumAmount: minimumAmount(currency),
    offline: {
      methods: [...(OFFLINE_METHODS[country] ?? ['wire'])],
      instructions: invoices.map((invoice) => ({
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        remittance: invoice.remittance,
      })),
    },
  });
};

interface Charge {
  readonly method: Payment['method'];
  readonly outcome: TestCardOutcome;
}

const FAILURE_MESSAGES: Readonly<Record<PaymentFailureCode, string>> = {
  card_declined: 'The card was declined by its issuer.',
  expired_card: 'The card has expired.',
  insufficient_funds: 'The account has insufficient funds.',
  limit_exceeded: 'The amount is above the card limit.',
  approval_declined: 'The payment was not approved in PayPal.',
  processing_error: 'The payment could not be processed.',
};

function chargeFor(organization: OrganizationData, method: PaymentCreate['method'], today: string): Charge {
  if (method.type === 'paypal')
    return { method: { type: 'paypal', brand: null, last4: null, label: 'PayPal' }, outcome: 'success' };
  const scheme = organization.organization.country === 'US' ? 'ach' : 'sepa';
  const wanted = method.type === 'card' ? 'card' : 'direct_debit';
  let saved: SavedPaymentMethod;
  let outcome: TestCardOutcome;
  if (method.source.startsWith('pm_')) {
    saved = findOr404(organization.paymentMethods, method.source, 'payment_method');
    if (saved.type !== wanted)
      throw fail(422, 'method_type_mismatch', `${saved.id} is not a ${wanted.replace('_', ' ')}`);
    outcome = isExpired(saved, today) ? 'expired_card' : (organization.savedMethodOutcomes[saved.id] ?? 'success');
  } else {
    const token = decodeToken(method.source);
    if (!token) {
      throw fail(400, 'invalid_payment_source', 'Unknown payment source', [
        {
          field: 'method.source',
          code: 'invalid_payment_source',
          message: 'Not a saved method (pm_…) or a token (tok_…)',
        },
      ]);
    }
    if ((token.kind === 'card') !== (method.type === 'card'))
      throw fail(422, 'method_type_mismatch', 'The token is for another kind of payment method');
    saved = {
      id: 'tok',
      type: wanted,
      brand: token.brand,
      last4: token.last4,
      expMonth: token.expMonth,
      expYear: token.expYear,
      holderName: token.holderName,
      isDefault: false,
      isExpired: false,
    };
    outcome = isExpired(saved, today) ? 'expired_card' : token.outcome;
  }
  return {
    method: {
      type: wanted,
      brand: saved.brand,
      last4: saved.last4,
      label: paymentMethodLabel(saved, wanted === 'direct_debit' ? scheme : null),
    },
    outcome,
  };
}

/** Records a payment on each invoice it pays: balance down, closed when fully paid. */
function applyPayment(store: MockStore, organization: OrganizationData, payment: Payment): void {
  for (const allocation of payment.allocations) {
    const invoice = findInvoice(organization, allocation.invoiceId);
    if (allocation.amount.amountMinor > invoice.balanceDue.amountMinor) {
      throw fail(409, 'invoice_balance_changed', `Invoice ${invoice.number} now has a smaller balance due`);
    }
  }
  for (const allocation of payment.allocations) {
    const invoice = findInvoice(organization, allocation.invoiceId);
    invoice.amountPaid = {
      ...invoice.amountPaid,
      amountMinor: invoice.amountPaid.amountMinor + allocation.amount.amountMinor,
    };
    invoice.balanceDue = {
      ...invoice.balanceDue,
      amountMinor: invoice.balanceDue.amountMinor - allocation.amount.amountMinor,
    };
    invoice.payments.push({
      paymentId: payment.id,
      paidAt: store.nowIso(),
      amount: allocation.amount,
      method: payment.method.type,
      reference: payment.reference,
    });
    if (invoice.balanceDue.amountMinor === 0) {
      invoice.status = 'closed';
      organization.paymentsDue = organization.paymentsDue.filter((due) => due.invoiceId !== invoice.id);
    }
  }
  store.touch();
}

export const createPayment: Route = ({ store, organization, body }) => {
  const request = body as PaymentCreate;
  const available = onlineMethods(organization);
  if (available.length === 0) {
    throw fail(
      422,
      'online_payment_unavailable',
      `Online payment is not available in ${organization.organization.country}: pay offline with the remittance instructions`,
    );
  }
  if (!available.includes(request.method.type)) {
    throw fail(
      422,
      'method_not_available',
      `${request.method.type} is not offered in ${organization.organization.country}`,
    );
  }
  const seen = new Set<string>();
  const allocations = request.allocations.map((allocation, index) => {
    if (seen.has(allocation.invoiceId)) {
      throw fail(400, 'duplicate_invoice', 'Each invoice may appear once', [
        { field: `allocations.${index}.invoiceId`, code: 'duplicate_invoice', message: 'Invoice listed twice' },
      ]);
    }
    seen.add(allocation.invoiceId);
    const invoice = payable(organization, allocation.invoiceId);
    const field = `allocations.${index}.amount`;
    if (allocation.amount.currency !== invoice.currency) {
      throw fail(400, 'currency_mismatch', `Invoice ${invoice.number} is in ${invoice.currency}`, [
        { field, code: 'currency_mismatch', message: `Pay in ${invoice.currency}` },
      ]);
    }
    if (allocation.amount.amountMinor > invoice.balanceDue.amountMinor) {
      throw fail(422, 'amount_exceeds_balance', `More than the balance due of invoice ${invoice.number}`, [
        { field, code: 'amount_exceeds_balance', message: 'Above the balance due' },
      ]);
    }
    const minimum = minimumAmount(invoice.currency);
    if (
      allocation.amount.amountMinor < minimum.amountMinor &&
      allocation.amount.amountMinor !== invoice.balanceDue.amountMinor
    ) {
      throw fail(422, 'amount_below_minimum', 'Below the minimum partial payment', [
        { field, code: 'amount_below_minimum', message: 'Below the minimum' },
      ]);
    }
    return { invoiceId: invoice.id, invoiceNumber: invoice.number, amount: allocation.amount };
  });
  const currencies = new Set(allocations.map((allocation) => allocation.amount.currency));
  if (currencies.size > 1) throw fail(422, 'mixed_currencies', 'Pay invoices in one currency at a time');
  const currency = allocations[0]!.amount.currency;
  const amount = {
    amountMinor: allocations.reduce((sum, allocation) => sum + allocation.amount.amountMinor, 0),
    currency,
  };
  if (request.method.type === 'card' && toUsdMinor(amount) > CARD_LIMIT_USD.amountMinor) {
    throw fail(
      422,
      'card_limit_exceeded',
      'Card payments are limited to USD 100,000: pay by another method or offline',
    );
  }
  const charge = chargeFor(organization, request.method, store.today);
  store.tick();
  const payment: Payment = {
    id: store.nextId('pay'),
    status: 'succeeded',
    reference: store.nextReference('PAY'),
    amount,
    method: charge.method,
    allocations,
    createdAt: store.nowIso(),
    failure: null,
    nextAction: null,
  };
  if (charge.outcome !== 'success') {
    payment.status = 'failed';
    payment.failure = { code: charge.outcome, message: FAILURE_MESSAGES[charge.outcome] };
  } else if (request.method.type === 'paypal') {
    payment.status = 'requires_action';
    payment.nextAction = {
      type: 'paypal_approval',
      approvalUrl: `https://paypal.test/checkoutnow?token=${payment.id}`,
    };
  } else {
    applyPayment(store, organization, payment);
  }
  organization.payments.unshift(payment);
  store.touch();
  return json(payment, 201);
};

/** PayPal approval ids that start with `DECLINED` are refused; any other id approves. */
export const confirmPayment: Route = ({ store, organization, params, body }) => {
  const payment = findOr404(organization.payments, params.paymentId ?? '', 'payment');
  if (payment.status !== 'requires_action')
    throw fail(409, 'payment_not_awaiting_action', `Payment ${payment.reference} is ${payment.status}`);
  const { approvalId } = body as { approvalId: string };
  store.tick();
  if (approvalId.toUpperCase().startsWith('DECLINED')) {
    payment.status = 'failed';
    payment.failure = { code: 'approval_declined', message: FAILURE_MESSAGES.approval_declined };
  } else {
    applyPayment(store, organization, payment);
    payment.status = 'succeeded';
  }
  payment.nextAction = null;
  store.touch();
  return json(payment);
};

export const retrievePayment: Route = ({ organization, params }) =>
  json(findOr404(organization.payments, params.paymentId ?? '', 'payment'));

export const listPayments: Route = ({ organization, query }) =>
  json(
    page(
      [...organization.payments].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)),
      query,
    ),
  );
