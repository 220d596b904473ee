import { msg, str } from '../i18n/msg.js';
import { formatCount, plural } from '../i18n/plural.js';
import { BillingApiError, type PaymentDue, type Plan, type SavedPaymentMethod } from '@customer-center/sdk';
import { nothing, type TemplateResult } from 'lit';
import type { HelpHost } from '../base/help.js';
import { errorMessage, renderFailure as renderActionFailure, type ActionFailure } from '../base/states.js';
import { cardBrandName } from '../pay-button/card-checks.js';

/** The localized words of `<cc-billing-profile>`: labels of API values and messages of API refusals. */

export { failureOf, type ActionFailure as Failure } from '../base/states.js';

/** An action's failure as an alert, with its reference for support and, given `host`, the help area. */
export function renderFailure(
  failure: ActionFailure | undefined,
  part: string,
  host: HelpHost | undefined,
): TemplateResult | typeof nothing {
  return renderActionFailure(failure, part, host ? { host, topic: 'profile' } : undefined);
}
export { contactRoleLabel as roleLabel } from '../base/labels.js';

export function planStatusLabel(status: Plan['status']): string {
  return {
    active: msg('Active'),
    pending: msg('Starts soon'),
    cancelled: msg('Cancelled'),
    expired: msg('Ended'),
  }[status];
}

export function frequencyLabel(frequency: Plan['billingFrequency']): string {
  return { monthly: msg('Monthly'), quarterly: msg('Quarterly'), annual: msg('Yearly') }[frequency];
}

export function termLabel(months: number, locale: string): string {
  const count = formatCount(months, locale);
  return plural(months, {
    zero: () => msg(str`${count} months`, { id: 'term-months.zero' }),
    one: () => msg(str`${count} month`, { id: 'term-months.one' }),
    two: () => msg(str`${count} months`, { id: 'term-months.two' }),
    few: () => msg(str`${count} months`, { id: 'term-months.few' }),
    many: () => msg(str`${count} months`, { id: 'term-months.many' }),
    other: () => msg(str`${count} months`, { id: 'term-months.other' }),
  });
}

export function dueKindLabel(kind: PaymentDue['kind']): string {
  return {
    pending_order: msg('Pending order'),
    support_renewal: msg('Support renewal'),
    failed_charge: msg('Failed automatic payment'),
  }[kind];
}

export function failureLabel(reason: PaymentDue['failureReason']): string | undefined {
  if (reason === 'card_expired') return msg('The card on file has expired. Pay now, or add another payment method.');
  if (reason === 'card_declined') return msg('The card on file was declined. Pay now, or add another payment method.');
  return undefined;
}

/** `Visa •••• 4242`, `Bank account •••• 6789`, `PayPal`: brands are trademarks, not translated. */
export function methodLabel(method: SavedPaymentMethod): string {
  if (method.type === 'paypal') return 'PayPal';
  const name =
    method.type === 'card' ? (method.brand ? cardBrandName(method.brand) : msg('Card')) : msg('Bank account');
  return method.last4 ? `${name} •••• ${method.last4}` : name;
}

export function methodTypeLabel(method: SavedPaymentMethod): string {
  return { card: msg('Card'), direct_debit: msg('Direct debit'), paypal: msg('PayPal account') }[method.type];
}

/** `08/2028`, in the locale's digits. */
export function expiryText(method: SavedPaymentMethod, locale: string): string | undefined {
  if (method.expMonth === null || method.expYear === null) return undefined;
  const month = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(method.expMonth);
  const year = new Intl.NumberFormat(locale, { useGrouping: false }).format(method.expYear);
  return `${month}/${year}`;
}

/** Why the API refused to save a card or payment method, in words the payer can act on. */
export function addMethodRefusal(error: unknown): string {
  if (error instanceof BillingApiError) {
    switch (error.code) {
      case 'expired_card':
        return msg('This card has expired. Use a card with a later expiry date.');
      case 'card_declined':
        return msg('The card was declined by its bank. Use another card, or ask the bank why.');
      case 'method_not_available':
        return msg('This kind of payment method is not offered in your country. Use a card or another method.');
      case 'online_payment_unavailable':
        return msg(
          'Online payment is not available in your country, so no payment method can be saved. Pay invoices by bank transfer.',
        );
      case 'invalid_token':
        return msg('The card details could not be read. Enter the card again.');
      case 'payment_method_not_found':
        return msg('The card to replace has already been removed. Close this and add the card again.');
    }
    if (error.status === 400 || error.status === 422)
      return msg('The card was not accepted. Check the details or use another card.');
  }
  return errorMessage(error);
}

/** Why the API refused to make a method the default. */
export function setDefaultRefusal(error: unknown): string {
  if (error instanceof BillingApiError) {
    if (error.code === 'payment_method_expired')
      return msg('An expired card cannot be the default. Replace it with a new card.');
    if (error.code === 'payment_method_not_found') return msg('This payment method has already been removed.');
  }
  return errorMessage(error);
}

/** Why the API refused to remove a method. */
export function removeRefusal(error: unknown): string {
  if (error instanceof BillingApiError) {
    if (error.code === 'last_payment_method')
      return msg(
        'This is your only payment method and the default, so it cannot be removed. Add another payment method first.',
      );
    if (error.code === 'payment_method_not_found') return msg('This payment method has already been removed.');
  }
  return errorMessage(error);
}

/** Why a contact could not be saved (field problems are shown on the fields). */
export function contactRefusal(error: unknown): string {
  if (error instanceof BillingApiError) {
    if (error.code === 'contact_not_found') return msg('This contact no longer exists. It may have been removed.');
    if (error.status === 400 || error.status === 422)
      return msg('The billing service did not accept these details. Check the highlighted fields.');
  }
  return errorMessage(error);
}

/** Why the invoice for a payment due could not be issued. */
export function issueRefusal(error: unknown): string {
  if (error instanceof BillingApiError && error.code === 'payment_due_not_found')
    return msg('This payment is no longer due. The list has been refreshed.');
  return `${msg('The invoice for this payment could not be prepared.')} ${errorMessage(error)}`;
}

/** The banner over several expired cards (one expired card is named instead). */
export function expiredCardsMessage(expired: number, locale: string): string {
  const count = formatCount(expired, locale);
  return plural(expired, {
    zero: () =>
      msg(str`${count} cards have expired. Replace them so that payments keep working.`, { id: 'expired-cards.zero' }),
    one: () =>
      msg(str`${count} card has expired. Replace it so that payments keep working.`, { id: 'expired-cards.one' }),
    two: () =>
      msg(str`${count} cards have expired. Replace them so that payments keep working.`, { id: 'expired-cards.two' }),
    few: () =>
      msg(str`${count} cards have expired. Replace them so that payments keep working.`, { id: 'expired-cards.few' }),
    many: () =>
      msg(str`${count} cards have expired. Replace them so that payments keep working.`, { id: 'expired-cards.many' }),
    other: () =>
      msg(str`${count} cards have expired. Replace them so that payments keep working.`, { id: 'expired-cards.other' }),
  });
}
