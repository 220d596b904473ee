import type { BillingContactUpdate, PaymentMethodCreate, SavedPaymentMethod } from '@customer-center/sdk';
import { billingSchedulePdf, billingScheduleCsv } from '../documents.js';
import type { OrganizationData } from '../model.js';
import { fail } from '../problem.js';
import { decodeToken } from '../test-cards.js';
import { onlineMethods } from './payments.js';
import { empty, findOr404, isExpired, json, type Route } from './context.js';

function refreshExpiry(organization: OrganizationData, today: string): void {
  for (const method of organization.paymentMethods) method.isExpired = isExpired(method, today);
}

export const retrieveProfile: Route = ({ store, organization }) => {
  refreshExpiry(organization, store.today);
  return json({
    contacts: organization.contacts,
    paymentMethods: organization.paymentMethods,
    plans: organization.plans,
    paymentsDue: organization.paymentsDue,
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
