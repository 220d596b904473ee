import type { BillingDocument } from '@customer-center/sdk';

/** A document's file was downloaded and handed to the browser to save. */
export class CcDocumentDownloadedEvent extends Event {
  static readonly eventName = 'cc-document-downloaded';

  /** The document's id (`doc_…`), the document as listed, and the name the file was saved under. */
  readonly detail: { readonly documentId: string; readonly document: BillingDocument; readonly fileName: string };

  constructor(document: BillingDocument, fileName: string) {
    super(CcDocumentDownloadedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { documentId: document.id, document, fileName };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-document-downloaded': CcDocumentDownloadedEvent;
  }
}
