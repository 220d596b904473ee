export interface CcContractDownloadedDetail {
  /** The contract the file belongs to. */
  readonly contractId: string;
  /** The document downloaded, or null for the contract document itself. */
  readonly documentId: string | null;
  /** The name the file was saved under. */
  readonly filename: string;
}

/** A contract document, or one of the documents filed under a contract, was saved by the browser. */
export class CcContractDownloadedEvent extends Event {
  static readonly eventName = 'cc-contract-downloaded';

  readonly detail: CcContractDownloadedDetail;

  constructor(detail: CcContractDownloadedDetail) {
    super(CcContractDownloadedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-contract-downloaded': CcContractDownloadedEvent;
  }
}
