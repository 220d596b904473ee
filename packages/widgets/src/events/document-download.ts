import type { BillingDocument } from '@customer-center/sdk';

/**
 * A person asked to download a document. Cancelable: a host that calls `preventDefault()`
 * handles the file itself (its own viewer, say) and the element downloads nothing.
 */
export class CcDocumentDownloadEvent extends Event {
  static readonly eventName = 'cc-document-download';

  /** The document's id (`doc_…`) and the document as listed. */
  readonly detail: { readonly documentId: string; readonly document: BillingDocument };

  constructor(document: BillingDocument) {
    super(CcDocumentDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { documentId: document.id, document };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-document-download': CcDocumentDownloadEvent;
  }
}
