// Entry of the self-contained bundle (dist/customer-center.js) for pages with no build
// step: registers every element and exposes what a page script needs of the SDK (a client,
// idempotency keys, the error classes, formatting). The full SDK stays an npm package, so
// its schemas and rarely used helpers are not downloaded by every intranet page.
export * from './index.js';
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
  createBillingClient,
  createIdempotencyKey,
  formatDate,
  formatMoney,
} from '@customer-center/sdk';
export type * from '@customer-center/sdk';
