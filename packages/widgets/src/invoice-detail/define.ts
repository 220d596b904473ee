import { defineElement } from '../define-element.js';
import { CcInvoiceDetail } from './invoice-detail.js';

export { CcInvoiceDetail };

defineElement('cc-invoice-detail', CcInvoiceDetail);

declare global {
  interface HTMLElementTagNameMap {
    'cc-invoice-detail': CcInvoiceDetail;
  }
}
