import { defineElement } from '../define-element.js';
import { CcBillingProvider } from './billing-provider.js';

export { CcBillingProvider };

defineElement('cc-billing-provider', CcBillingProvider);

declare global {
  interface HTMLElementTagNameMap {
    'cc-billing-provider': CcBillingProvider;
  }
}
