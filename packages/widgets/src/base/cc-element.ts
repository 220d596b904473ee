import { consume } from '@lit/context';
import type { BillingClient, CacheTag } from '@customer-center/sdk';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { billingClientContext, sharedClient } from './client.js';
import { LocalizedElement } from '../i18n/localized-element.js';
import { resolveLocale } from './locale.js';
import { warnOnce } from './warn.js';

/**
 * The base of every Customer Center element that talks to the billing API.
 *
 * It finds its client, in this order: the `client` property set by the host; the client of
 * the nearest `<cc-billing-provider>`; a client shared by every element with the same
 * `api-base` attribute. It refreshes when data it shows changes through that client.
 */
export class CcElement extends LocalizedElement {
  static readonly ccVersion = VERSION;

  /** A billing client to use (`createBillingClient` from the SDK); wins over the provider and `api-base`. */
  @property({ attribute: false }) client?: BillingClient;

  /** The billing API's base URL, for pages with no provider and no build step. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * BCP 47 locale to format numbers, money and dates in; by default the widgets' locale (from
   * `<html lang>`, a provider's `locale` or `setLocale`). Text follows the widgets' locale.
   */
  @property() locale?: string;

  /**
   * Shows a "Get help" button in error and detail views; pressing it sends `cc-help-request`
   * (topic, reference, request id) for the host to open its own support chat or form.
   */
  @property({ type: Boolean, reflect: true }) help = false;

  @consume({ context: billingClientContext, subscribe: true })
  @state()
  protected providedClient?: BillingClient;

  /** The data groups this element shows; when one changes through its client, `billingDataChanged` runs. */
  protected watchedTags: readonly CacheTag[] = [];

  #subscribed?: { client: BillingClient; unsubscribe: () => void };

  /** The client this element uses, or undefined while it has none. */
  protected get billingClient(): BillingClient | undefined {
    return this.client ?? this.providedClient ?? (this.apiBase ? sharedClient(this.apiBase) : undefined);
  }

  /** The locale this element renders in. */
  protected get activeLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /** Called when data under `watchedTags` changed (a payment elsewhere on the page); reload here. */
  protected billingDataChanged(_tags: ReadonlySet<CacheTag>): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscribed?.unsubscribe();
    this.#subscribed = undefined;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The provider answers during connection, so by the first update a client exists if one will.
    if (!this.billingClient) {
      warnOnce(
        `<${this.localName}> has no billing client: set its \`client\` property, put it inside ` +
          '<cc-billing-provider api-base="…">, or give it an api-base attribute.',
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('client') || changed.has('providedClient') || changed.has('apiBase')) this.#subscribe();
  }

  #subscribe(): void {
    const client = this.billingClient;
    if (this.#subscribed?.client === client) return;
    this.#subscribed?.unsubscribe();
    this.#subscribed =
      client && this.watchedTags.length > 0
        ? { client, unsubscribe: client.subscribe((tags) => this.billingDataChanged(tags), this.watchedTags) }
        : undefined;
  }
}
