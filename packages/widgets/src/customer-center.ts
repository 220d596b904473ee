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
export type { CcOrderTracker } from './order-tracker/order-tracker.js';
export type { CcContractList } from './contract-list/contract-list.js';
export type { CcDocumentList } from './document-list/document-list.js';
export type { CcTeamMembers } from './team-members/team-members.js';
export type { CcCustomerCenter, PortalSection } from './customer-center/customer-center.js';
export type { CcOrderSelectEvent } from './events/order-select.js';
export type { CcOrderCloseEvent } from './events/order-close.js';
export type { CcContractDownloadedEvent } from './events/contract-downloaded.js';
export type { CcDocumentDownloadEvent } from './events/document-download.js';
export type { CcDocumentDownloadedEvent } from './events/document-downloaded.js';
export type { CcMemberInvitedEvent } from './events/member-invited.js';
export type { CcInvitationResentEvent } from './events/invitation-resent.js';
export type { CcInvitationRevokedEvent } from './events/invitation-revoked.js';
export type { CcMemberRoleChangedEvent } from './events/member-role-changed.js';
export type { CcMemberRemovedEvent } from './events/member-removed.js';
export type { CcContractDownloadedDetail } from './events/contract-downloaded.js';
export type { DocumentSort } from './document-list/document-list.js';
export type { CcSectionChangeEvent } from './events/section-change.js';

defineOnFirstUse({
  'cc-rewards-redeem': () => import('./rewards-redeem/define.js'),
  'cc-billing-profile': () => import('./billing-profile/define.js'),
  'cc-order-tracker': () => import('./order-tracker/define.js'),
  'cc-contract-list': () => import('./contract-list/define.js'),
  'cc-document-list': () => import('./document-list/define.js'),
  'cc-team-members': () => import('./team-members/define.js'),
  'cc-customer-center': () => import('./customer-center/define.js'),
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
