import type { EmailInvoicesResult } from '@customer-center/sdk';

/**
 * `<cc-invoice-email-dialog>` e-mailed the invoice list: `detail` is the API's answer (its id,
 * the recipients, how many invoices were sent and when).
 */
export class CcInvoicesEmailedEvent extends Event {
  static readonly eventName = 'cc-invoices-emailed';

  readonly detail: EmailInvoicesResult;

  constructor(result: EmailInvoicesResult) {
    super(CcInvoicesEmailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invoices-emailed': CcInvoicesEmailedEvent;
  }
}
