import { defineElement } from '../define-element.js';
import { CcCustomerCenter } from './customer-center.js';

export { CcCustomerCenter };

defineElement('cc-customer-center', CcCustomerCenter);

declare global {
  interface HTMLElementTagNameMap {
    'cc-customer-center': CcCustomerCenter;
  }
}
