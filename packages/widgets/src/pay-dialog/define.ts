import { defineElement } from '../define-element.js';
import { CcPayDialog } from './pay-dialog.js';

export { CcPayDialog };

defineElement('cc-pay-dialog', CcPayDialog);

declare global {
  interface HTMLElementTagNameMap {
    'cc-pay-dialog': CcPayDialog;
  }
}
