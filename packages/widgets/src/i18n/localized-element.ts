import { LitElement, type PropertyValues } from 'lit';
import { connectLocaleHost, disconnectLocaleHost, getLocale, localeDirection, pendingLocale } from './runtime.js';

/**
 * The base of every Customer Center element that shows text: it renders in the widgets'
 * locale, re-renders when that changes, and carries `lang` and `dir` for it, so text, screen
 * reader pronunciation and layout agree. A `dir` the host sets on the element, or on the
 * `<cc-billing-provider>` around it, wins over the locale's.
 */
export class LocalizedElement extends LitElement {
  #appliedDir?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    connectLocaleHost(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectLocaleHost(this);
  }

  // While the page's locale loads, rendering waits for it instead of showing English first.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = pendingLocale();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const locale = getLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const ownDir = this.getAttribute('dir');
    const hostChoseDir =
      (ownDir !== null && ownDir !== this.#appliedDir) || this.closest('cc-billing-provider[dir]') !== null;
    if (!hostChoseDir) {
      const dir = localeDirection();
      if (ownDir !== dir) this.setAttribute('dir', dir);
      this.#appliedDir = dir;
    }
    super.update(changed);
  }
}
