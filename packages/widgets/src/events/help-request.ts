/** What a person wanted help with, so the host's support chat or form can start in context. */
export type HelpTopic =
  | 'account'
  | 'invoices'
  | 'invoice'
  | 'payment'
  | 'profile'
  | 'rewards'
  | 'orders'
  | 'order'
  | 'contracts'
  | 'contract'
  | 'documents'
  | 'team';

export interface CcHelpRequestDetail {
  /** The subject of the view the person was in. */
  readonly topic: HelpTopic;
  /** The invoice, order, contract or payment number shown there, when there is one. */
  readonly reference?: string;
  /** The API's request id of the error shown, for the support team. */
  readonly requestId?: string;
  /** The error message shown, as the person read it. */
  readonly message?: string;
}

/**
 * A person pressed "Get help" (shown when the element has the `help` attribute) in an error
 * or detail view: open the host's own support chat or billing support form.
 */
export class CcHelpRequestEvent extends Event {
  static readonly eventName = 'cc-help-request';

  readonly detail: CcHelpRequestDetail;

  constructor(detail: CcHelpRequestDetail) {
    super(CcHelpRequestEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-help-request': CcHelpRequestEvent;
  }
}
