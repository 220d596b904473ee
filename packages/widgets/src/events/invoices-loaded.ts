/** A list finished loading a page of invoices. */
export class CcInvoicesLoadedEvent extends Event {
  readonly detail: { readonly loaded: number; readonly totalCount: number };

  constructor(loaded: number, totalCount: number) {
    super('cc-invoices-loaded', { bubbles: true, composed: true });
    this.detail = { loaded, totalCount };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invoices-loaded': CcInvoicesLoadedEvent;
  }
}
