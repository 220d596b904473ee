/**
 * @customer-center/sdk: a typed client of the billing API.
 * See docs/sdk.md for a guide from install to paying an invoice.
 */
export { createBillingClient } from './client.js';
export type { BillingClient } from './client.js';
// The resource classes behind BillingClient's properties: types only, for the API reference
// and for code that passes a resource around.
export type { AccountResource } from './resources/account.js';
export type { ContractsResource } from './resources/contracts.js';
export type { DocumentsResource } from './resources/documents.js';
export type { InvoicesResource } from './resources/invoices.js';
export type { OrdersResource } from './resources/orders.js';
export type { PaymentOptionsResource } from './resources/payment-options.js';
export type { PaymentsResource } from './resources/payments.js';
export type { ProfileResource } from './resources/profile.js';
export type { RewardsResource } from './resources/rewards.js';
export type { TeamResource } from './resources/team.js';
export type { BillingClientOptions, DownloadedFile, RequestOptions, SessionEndedListener } from './transport.js';
export { Page } from './pagination.js';
export type { PagePromise } from './pagination.js';
export { ResponseCache } from './cache.js';
export type { CacheListener } from './cache.js';
export { createIdempotencyKey } from './idempotency.js';
export { outcomeMayBeUnknown, PaymentAttempt } from './payment-attempt.js';
export type { PaymentAttemptListener } from './payment-attempt.js';
export type {
  PaymentAttemptOptions,
  PaymentAttemptOutcome,
  PaymentAttemptSettledState,
  PaymentAttemptState,
} from './payment-attempt.js';
export { describeIssue } from './issues.js';
export { operations } from './operations.js';
export type { CacheTag, HttpMethod, Operation, OperationId } from './operations.js';
export {
  BillingAbortError,
  BillingApiError,
  BillingAuthenticationError,
  BillingBadRequestError,
  BillingConflictError,
  BillingError,
  BillingNetworkError,
  BillingNotFoundError,
  BillingPermissionError,
  BillingRateLimitError,
  BillingServerError,
  BillingTimeoutError,
  BillingUnprocessableError,
  BillingValidationError,
} from './errors.js';
export type { ApiErrorInit, ValidationIssue } from './errors.js';
export {
  addMoney,
  compareMoney,
  formatMoney,
  fromDecimalString,
  isCurrencyCode,
  minorUnitDigits,
  money,
  subtractMoney,
  toDecimalString,
  totalsByCurrency,
} from './money.js';
export type { CurrencyCode, FormatMoneyOptions, Money } from './money.js';
export { parseLocalizedAmount } from './money-input.js';
export {
  daysBetween,
  dueState,
  formatDate,
  formatDateTime,
  formatRelativeDays,
  parseIsoDate,
  todayIsoDate,
} from './dates.js';
export * as schemas from './schemas/index.js';
export type * from './schemas/index.js';
export {
  BILLING_SCHEDULE_FORMATS,
  CARD_BRANDS,
  CARD_LIMIT_USD,
  CONTACT_ROLES,
  CONTRACT_STATUSES,
  DOCUMENT_TYPES,
  INVOICE_SORT_KEYS,
  INVOICE_STATUSES,
  INVOICE_TYPES,
  OFFLINE_METHOD_TYPES,
  ORDER_STATUSES,
  PAYMENT_FAILURE_CODES,
  PAYMENT_METHOD_TYPES,
  PAYMENT_STATUSES,
  PERMISSIONS,
  REWARD_CODE_PATTERN,
  REWARD_REJECTION_REASONS,
  ROLE_PERMISSIONS,
} from './schemas/index.js';
