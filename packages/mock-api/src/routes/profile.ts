import type {
  BillingContactUpdate,
  InvoiceDetail,
  InvoiceType,
  PaymentDue,
  PaymentMethodCreate,
  SavedPaymentMethod,
} from '@customer-center/sdk';
import { billingSchedulePdf, billingScheduleCsv } from '../documents.js';
import type { OrganizationData } from '../model.js';
import { fail } from '../problem.js';
import { decodeToken } from '../test-cards.js';
import { onlineMethods } from './payments.js';
import { empty, findInvoice, findOr404, isExpired, json, toInvoice, type Route } from './context.js';

function refreshExpiry(organization: OrganizationData, today: string): void {
  for (const method of organization.paymentMethods) method.isExpired = isExpired(method, today);
}

/** Whether a payment due is settled: its invoice has been paid in full. */
function settled(organization: OrganizationData, due: PaymentDue): boolean {
  if (due.invoiceId === null) return false;
  const invoice = organization.invoices.find((candidate) => candidate.id === due.invoiceId);
  return invoice !== undefined && invoice.balanceDue.amountMinor === 0;
}

export const retrieveProfile: Route = ({ store, organization }) => {
  refreshExpiry(organization, store.today);
  return json({
    contacts: organization.contacts,
    paymentMethods: organization.paymentMethods,
    plans: organization.plans,
    // Paying a due's invoice in full settles it: it no longer shows.
    paymentsDue: organization.paymentsDue.filter((due) => !settled(organization, due)),
  });
};

export const updateContact: Route = ({ store, organization, params, body }) => {
  const contact = findOr404(organization.contacts, params.contactId ?? '', 'contact');
  Object.assign(contact, body as BillingContactUpdate);
  store.touch();
  return json(contact);
};

export const addPaymentMethod: Route = ({ store, organization, body }) => {
  const request = body as PaymentMethodCreate;
  const token = decodeToken(request.token);
  if (!token) {
    throw fail(400, 'invalid_token', 'Not a token from the tokenizer', [
      { field: 'token', code: 'invalid_token', message: 'Unknown token' },
    ]);
  }
  const methods = onlineMethods(organization);
  if (methods.length === 0) {
    throw fail(
      422,
      'online_payment_unavailable',
      `Online payment is not available in ${organization.organization.country}: nothing to save`,
    );
  }
  const kind = token.kind === 'card' ? 'card' : 'direct_debit';
  if (!methods.includes(kind))
    throw fail(
      422,
      'method_not_available',
      `${kind.replace('_', ' ')} is not offered in ${organization.organization.country}`,
    );
  if (token.outcome === 'expired_card') throw fail(422, 'expired_card', 'The card has expired');
  if (token.outcome === 'card_declined') throw fail(422, 'card_declined', 'The card was declined by its issuer');
  const replaced = request.replaces
    ? findOr404(organization.paymentMethods, request.replaces, 'payment_method')
    : undefined;
  const method: SavedPaymentMethod = {
    id: store.nextId('pm'),
    type: token.kind === 'card' ? 'card' : 'direct_debit',
    brand: token.brand,
    last4: token.last4,
    expMonth: token.expMonth,
    expYear: token.expYear,
    holderName: token.holderName,
    isDefault: false,
    isExpired: false,
  };
  method.isExpired = isExpired(method, store.today);
  if (method.isExpired) throw fail(422, 'expired_card', 'The card has expired');
  const makeDefault =
    request.makeDefault === true || replaced?.isDefault === true || organization.paymentMethods.length === 0;
  if (makeDefault) for (const other of organization.paymentMethods) other.isDefault = false;
  method.isDefault = makeDefault;
  organization.paymentMethods = organization.paymentMethods.filter((other) => other !== replaced);
  organization.paymentMethods.push(method);
  if (token.outcome !== 'success') organization.savedMethodOutcomes[method.id] = token.outcome;
  store.touch();
  return json(method, 201);
};

export const setDefaultPaymentMethod: Route = ({ store, organization, params }) => {
  refreshExpiry(organization, store.today);
  const method = findOr404(organization.paymentMethods, params.paymentMethodId ?? '', 'payment_method');
  if (method.isExpired) throw fail(409, 'payment_method_expired', 'An expired method cannot be the default');
  for (const other of organization.paymentMethods) other.isDefault = other === method;
  store.touch();
  return json(method);
};

export const removePaymentMethod: Route = ({ store, organization, params }) => {
  const method = findOr404(organization.paymentMethods, params.paymentMethodId ?? '', 'payment_method');
  const others = organization.paymentMethods.filter((other) => other !== method);
  if (method.isDefault && others.length === 0) {
    throw fail(
      409,
      'last_payment_method',
      'The only payment method, which is the default, cannot be removed: add another first',
    );
  }
  organization.paymentMethods = others;
  if (method.isDefault) {
    const next = others.find((other) => !other.isExpired) ?? others[0];
    if (next) next.isDefault = true;
  }
  store.touch();
  return empty();
};

function scheduleOf(organization: OrganizationData, planId: string) {
  const plan = findOr404(organization.plans, planId, 'plan');
  const schedule = organization.schedules.find((candidate) => candidate.planId === plan.id);
  if (!schedule) throw fail(404, 'schedule_not_found', `Plan ${plan.id} has no billing schedule`);
  return { plan, schedule };
}

export const retrieveBillingSchedule: Route = ({ organization, params }) =>
  json(scheduleOf(organization, params.planId ?? '').schedule);

export const downloadBillingSchedule: Route = ({ organization, params, query }) => {
  const { plan, schedule } = scheduleOf(organization, params.planId ?? '');
  const name = `billing-schedule-${plan.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  return query.format === 'pdf'
    ? {
        kind: 'file',
        bytes: billingSchedulePdf(plan, schedule),
        contentType: 'application/pdf',
        filename: `${name}.pdf`,
      }
    : {
        kind: 'file',
        bytes: billingScheduleCsv(plan, schedule),
        contentType: 'text/csv; charset=utf-8',
        filename: `${name}.csv`,
      };
};

/** The invoice type of a payment due: support for a renewal; an order's earlier invoices' type, else by its description. */
function invoiceTypeOf(organization: OrganizationData, due: PaymentDue): InvoiceType {
  if (due.kind === 'support_renewal') return 'support';
  const earlier = organization.invoices.find((invoice) => due.orderId !== null && invoice.orderId === due.orderId);
  if (earlier) return earlier.type;
  return /licen[cs]e|software|subscription/i.test(due.description) ? 'license' : 'hardware';
}

/** The next number of the organisation's invoice numbering (`INV-2026-000412`) in the store's year. */
function nextInvoiceNumber(organization: OrganizationData, year: string): string {
  const prefix = `INV-${year}-`;
  let last = 0;
  for (const invoice of organization.invoices) {
    if (invoice.number.startsWith(prefix)) last = Math.max(last, Number(invoice.number.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}

/**
 * Issues the invoice of a payment due that has none (a pending order, a support renewal): a
 * real open invoice in the organisation's store, so the due can be paid like any invoice.
 * Idempotent: a due that has its invoice answers with it.
 */
export const issuePaymentDueInvoice: Route = ({ store, organization, params }) => {
  const due = findOr404(organization.paymentsDue, params.paymentDueId ?? '', 'payment_due');
  if (due.invoiceId !== null) return json(toInvoice(findInvoice(organization, due.invoiceId)));
  const today = store.today;
  const { amount } = due;
  const zero = { amountMinor: 0, currency: amount.currency };
  const type = invoiceTypeOf(organization, due);
  const number = nextInvoiceNumber(organization, today.slice(0, 4));
  const id = store.nextId('in');
  const model = organization.invoices[0];
  const invoice: InvoiceDetail = {
    id,
    number,
    type,
    status: due.dueDate < today ? 'overdue' : 'open',
    issueDate: today,
    dueDate: due.dueDate,
    currency: amount.currency,
    total: amount,
    amountPaid: zero,
    creditsApplied: zero,
    rewardsApplied: zero,
    balanceDue: amount,
    poNumber: null,
    contractId: null,
    orderId: due.orderId,
    rewardsEligible: type === 'support' && organization.organization.onlinePaymentAvailable,
    billTo: model?.billTo ?? {
      name: organization.organization.name,
      address: (organization.contacts.find((contact) => contact.isPrimary) ?? organization.contacts[0])!.address,
    },
    lines: [
      {
        id: store.nextId('il'),
        description: due.description,
        quantity: '1',
        unitPrice: amount,
        amount,
        taxRate: '0',
        periodStart: null,
        periodEnd: null,
      },
    ],
    taxes: [],
    subtotal: amount,
    taxTotal: zero,
    adjustments: [],
    payments: [],
    remittance: { referenceToQuote: number, ...organization.remittance },
    notes: null,
  };
  organization.invoices.push(invoice);
  organization.orders.find((order) => order.id === due.orderId)?.invoiceIds.push(id);
  organization.documents.push({
    id: store.nextId('doc'),
    name: `Invoice ${number}`,
    type: 'invoice',
    createdAt: store.nowIso(),
    fileName: `${number}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 41_500,
    relatedId: id,
  });
  due.invoiceId = id;
  store.touch();
  return json(toInvoice(invoice));
};
