import { defineElement } from '../define-element.js';
import { CcOrderTracker } from './order-tracker.js';

export { CcOrderTracker };

defineElement('cc-order-tracker', CcOrderTracker);

declare global {
  interface HTMLElementTagNameMap {
    'cc-order-tracker': CcOrderTracker;
  }
}
