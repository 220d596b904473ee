import type { Invoice } from '@customer-center/sdk';

/**
 * A person chose an invoice in a list. Cancelable: a host that calls `preventDefault()`
 * opens its own detail page instead of the built-in detail dialog.
 */
export class CcInvoiceSelectEvent extends Event {
  readonly detail: { readonly invoiceId: string; readonly invoice: Invoice };

  constructor(invoice: Invoice) {
    super('cc-invoice-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = { invoiceId: invoice.id, invoice };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invoice-select': CcInvoiceSelectEvent;
  }
}
