import { defineElement } from '../define-element.js';
import { CcInvoiceList } from './invoice-list.js';

export { CcInvoiceList };

defineElement('cc-invoice-list', CcInvoiceList);

declare global {
  interface HTMLElementTagNameMap {
    'cc-invoice-list': CcInvoiceList;
  }
}
