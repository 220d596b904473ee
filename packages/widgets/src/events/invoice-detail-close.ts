/**
 * `<cc-invoice-detail modal>` closed its dialog: by its Close button, Escape, or `close()`.
 * Focus has already gone back to the element that had it before the dialog opened.
 */
export class CcInvoiceDetailCloseEvent extends Event {
  static readonly eventName = 'cc-invoice-detail-close';

  /** The id (`in_…`) of the invoice that was shown, if any. */
  readonly detail: { readonly invoiceId: string | undefined };

  constructor(invoiceId: string | undefined) {
    super(CcInvoiceDetailCloseEvent.eventName, { bubbles: true, composed: true });
    this.detail = { invoiceId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invoice-detail-close': CcInvoiceDetailCloseEvent;
  }
}
