import { defineElement } from '../define-element.js';
import { CcMoney } from './money.js';

export { CcMoney };

defineElement('cc-money', CcMoney);

declare global {
  interface HTMLElementTagNameMap {
    'cc-money': CcMoney;
  }
}
