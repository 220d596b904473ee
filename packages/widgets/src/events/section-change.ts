import type { PortalSection } from '../customer-center/customer-center.js';

/** A person opened another section of `<cc-customer-center>`; a host may keep it in its URL. */
export class CcSectionChangeEvent extends Event {
  static readonly eventName = 'cc-section-change';

  readonly detail: { readonly section: PortalSection };

  constructor(section: PortalSection) {
    super(CcSectionChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { section };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-section-change': CcSectionChangeEvent;
  }
}
