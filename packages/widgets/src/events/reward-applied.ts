import type { RewardApplication } from '@customer-center/sdk';

/**
 * A rewards code was applied to an invoice. `detail` is the API's answer: the `code`, the
 * `reduction` taken off, and the `invoice` with its new balance due. Bubbles out of shadow roots.
 */
export class CcRewardAppliedEvent extends Event {
  static readonly eventName = 'cc-reward-applied';

  readonly detail: RewardApplication;

  constructor(application: RewardApplication) {
    super(CcRewardAppliedEvent.eventName, { bubbles: true, composed: true });
    this.detail = application;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-reward-applied': CcRewardAppliedEvent;
  }
}
