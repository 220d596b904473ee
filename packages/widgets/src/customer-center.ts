// Entry of the self-contained bundle (dist/customer-center.js) for pages with no build
// step: registers the elements most pages show, fetches the others when their tag appears,
// and exposes what a page script needs of the SDK (a client, idempotency keys, the error
// classes, formatting). The full SDK stays an npm package, so its schemas and rarely used
// helpers are not downloaded by every intranet page.
import { defineOnFirstUse } from './base/define-on-first-use.js';

export * from './entry-common.js';
// Elements most pages do not show are fetched when their tag first appears (decision 0008);
// their classes are types here, and the npm entry exports them as values.
export type { CcRewardsRedeem, RewardsRedeemInvoice } from './rewards-redeem/rewards-redeem.js';
export type { CcBillingProfile } from './billing-profile/billing-profile.js';
export type { CcRewardAppliedEvent } from './events/reward-applied.js';
export type {
  CcRewardRejectedEvent,
  CcRewardRejectedDetail,
  CcRewardRejectionReason,
} from './events/reward-rejected.js';
export type { CcProfileUpdatedEvent, CcProfileUpdatedDetail } from './events/profile-updated.js';
export type { CcPaymentMethodAddedEvent } from './events/payment-method-added.js';
export type { CcPaymentMethodRemovedEvent } from './events/payment-method-removed.js';

defineOnFirstUse({
  'cc-rewards-redeem': () => import('./rewards-redeem/define.js'),
  'cc-billing-profile': () => import('./billing-profile/define.js'),
});
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
