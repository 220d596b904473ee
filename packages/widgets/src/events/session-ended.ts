/**
 * The person's session with the billing API ended: a call was refused with 401 even after a
 * new token was asked for. Sent once per ended session by `<cc-billing-provider>`, however
 * many widgets were refused, so the host signs the person in again once.
 */
export class CcSessionEndedEvent extends Event {
  static readonly eventName = 'cc-session-ended';

  /** The API's request id of the refused call, for support. */
  readonly detail: { readonly requestId: string | undefined };

  constructor(requestId: string | undefined) {
    super(CcSessionEndedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { requestId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-session-ended': CcSessionEndedEvent;
  }
}
