import { operations } from '../operations.js';
import type { RewardApplication, RewardRequest, RewardValidation, RewardsSummary } from '../schemas/rewards.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Support Rewards: credits redeemable against support invoices. */
export class RewardsResource extends Resource {
  /** Balance per currency and the codes applied so far. */
  retrieve(options?: RequestOptions): Promise<RewardsSummary> {
    return this.transport.call(operations.retrieveRewards, { options });
  }

  /** The effect a code would have on an invoice (balance before and after), without applying it. */
  validate(params: RewardRequest, options?: RequestOptions): Promise<RewardValidation> {
    return this.transport.call(operations.validateReward, { body: params, options });
  }

  /** Applies a code to a support invoice; lists showing the invoice refresh. */
  apply(params: RewardRequest, options?: RequestOptions): Promise<RewardApplication> {
    return this.transport.call(operations.applyReward, { body: params, options });
  }
}
