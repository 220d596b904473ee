import { defineElement } from '../define-element.js';
import { CcRewardsRedeem } from './rewards-redeem.js';

export { CcRewardsRedeem };

defineElement('cc-rewards-redeem', CcRewardsRedeem);

declare global {
  interface HTMLElementTagNameMap {
    'cc-rewards-redeem': CcRewardsRedeem;
  }
}
