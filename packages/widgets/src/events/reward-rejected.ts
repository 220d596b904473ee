import type { RewardRejectionReason } from '@customer-center/sdk';

/**
 * Why a rewards code was not applied: the API's reason (`not_found`, `expired`, `already_used`,
 * `invoice_not_eligible`, `currency_mismatch`), `network` when the billing service could not
 * be reached or did not answer in time, or `error` for any other failure (a server error, a
 * missing permission).
 */
export type CcRewardRejectionReason = RewardRejectionReason | 'network' | 'error';

export interface CcRewardRejectedDetail {
  /** The code as sent, in upper case with its hyphens. */
  readonly code: string;
  /** The invoice it was checked or applied against. */
  readonly invoiceId: string;
  readonly reason: CcRewardRejectionReason;
}

/**
 * A rewards code was refused while checking or applying it, or the check or the application
 * failed. Not dispatched for a code of the wrong format, which is never sent. Bubbles out of
 * shadow roots.
 */
export class CcRewardRejectedEvent extends Event {
  static readonly eventName = 'cc-reward-rejected';

  readonly detail: CcRewardRejectedDetail;

  constructor(detail: CcRewardRejectedDetail) {
    super(CcRewardRejectedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-reward-rejected': CcRewardRejectedEvent;
  }
}
