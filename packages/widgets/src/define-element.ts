import { VERSION } from './version.js';

/** A custom element class that says which version of this package defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly ccVersion?: string;
}

/**
 * Registers a custom element once. A host page may load two copies of our bundle (say an
 * intranet shell and a team's own page); the second registration then keeps the first
 * copy's class instead of throwing, and warns when the two versions differ.
 */
export function defineElement(tagName: string, element: VersionedElement): void {
  const registered = customElements.get(tagName) as VersionedElement | undefined;
  if (!registered) {
    customElements.define(tagName, element);
    return;
  }
  if (registered !== element && registered.ccVersion !== VERSION) {
    console.warn(
      `<${tagName}> is already defined by Customer Center ${registered.ccVersion ?? '(unknown version)'}; ` +
        `this copy (${VERSION}) keeps using it. Load one copy of @customer-center/widgets per page.`,
    );
  }
}
