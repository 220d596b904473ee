import { defineElement } from '../define-element.js';
import { CcInvoiceEmailDialog } from './invoice-email-dialog.js';

export { CcInvoiceEmailDialog };

defineElement('cc-invoice-email-dialog', CcInvoiceEmailDialog);

declare global {
  interface HTMLElementTagNameMap {
    'cc-invoice-email-dialog': CcInvoiceEmailDialog;
  }
}
