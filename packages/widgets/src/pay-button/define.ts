import { defineElement } from '../define-element.js';
import { CcPayButton } from './pay-button.js';

export { CcPayButton };

defineElement('cc-pay-button', CcPayButton);

declare global {
  interface HTMLElementTagNameMap {
    'cc-pay-button': CcPayButton;
  }
}
