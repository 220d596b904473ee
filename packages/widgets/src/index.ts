// The npm entry: registers every element and exports the public API.
export * from './entry-common.js';
export { CcRewardsRedeem } from './rewards-redeem/define.js';
export type { RewardsRedeemInvoice } from './rewards-redeem/rewards-redeem.js';
export { CcRewardAppliedEvent } from './events/reward-applied.js';
export { CcRewardRejectedEvent } from './events/reward-rejected.js';
export type { CcRewardRejectedDetail, CcRewardRejectionReason } from './events/reward-rejected.js';
export { CcBillingProfile } from './billing-profile/define.js';
export { CcProfileUpdatedEvent } from './events/profile-updated.js';
export type { CcProfileUpdatedDetail } from './events/profile-updated.js';
export { CcPaymentMethodAddedEvent } from './events/payment-method-added.js';
export { CcPaymentMethodRemovedEvent } from './events/payment-method-removed.js';
