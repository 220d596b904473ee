import { defineElement } from '../define-element.js';
import { CcBillingProfile } from './billing-profile.js';

export { CcBillingProfile };

defineElement('cc-billing-profile', CcBillingProfile);

declare global {
  interface HTMLElementTagNameMap {
    'cc-billing-profile': CcBillingProfile;
  }
}
