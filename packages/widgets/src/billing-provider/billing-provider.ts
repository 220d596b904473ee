import { provide } from '@lit/context';
import type { BillingClient } from '@customer-center/sdk';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { billingClientContext, sharedClient, type SharedClientOptions } from '../base/client.js';
import { setProviderLocale } from '../i18n/runtime.js';
import { CcSessionEndedEvent } from '../events/session-ended.js';
import { VERSION } from '../version.js';

/** The properties that decide which client the elements inside get. */
const CONNECTION = ['client', 'apiBase', 'token', 'getToken', 'credentials'] as const;

/**
 * @summary Gives every Customer Center element inside it one billing client: configure the
 * API once, around the widgets, instead of on each.
 *
 * @tag cc-billing-provider
 *
 * @slot - The widgets (and any other content) that use this provider's client.
 *
 * @event {CcSessionEndedEvent} cc-session-ended - The person's session ended (a 401 that a new token from `getToken` did not fix): sign them in again. Sent once per ended session, however many widgets were refused; `detail.requestId` is the refused call's.
 */
export class CcBillingProvider extends LitElement {
  static readonly ccVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A client made by the host (`createBillingClient`); wins over `api-base`. */
  @property({ attribute: false }) client?: BillingClient;

  /** The billing API's base URL; elements inside share one client for it. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A bearer token, for demos and the mock API. In production set `getToken` instead. */
  @property() token?: string;

  /** Returns the bearer token (may be async): called once per SDK call (its retries reuse it) and again after a 401; cached reads do not call it. */
  @property({ attribute: false }) getToken?: SharedClientOptions['getToken'];

  /** `fetch` credentials mode, e.g. `include` for a cookie session on another origin. */
  @property() credentials?: RequestCredentials;

  /**
   * BCP 47 locale for the page's Customer Center widgets, instead of `<html lang>` (a
   * `setLocale` call still wins). Also set as this element's `lang`.
   */
  @property() locale?: string;

  @provide({ context: billingClientContext })
  protected providedClient?: BillingClient;

  /** The client whose session end this element reports, and how to stop listening to it. */
  #sessionClient?: BillingClient;
  #stopSessionEnded?: () => void;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A client with `getToken` is not shared, so making it again would be a new session and
    // reload every element inside: only a change to the connection itself makes a new one.
    if (!CONNECTION.some((name) => changed.has(name))) return;
    this.providedClient =
      this.client ??
      (this.apiBase
        ? sharedClient(this.apiBase, {
            token: this.token ?? null,
            ...(this.getToken ? { getToken: this.getToken } : {}),
            ...(this.credentials ? { credentials: this.credentials } : {}),
          })
        : undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#listenForSessionEnd(this.providedClient);
    if (changed.has('locale')) {
      if (this.isConnected) void setProviderLocale(this, this.locale);
      if (this.locale) this.setAttribute('lang', this.locale);
      else if (changed.get('locale')) this.removeAttribute('lang');
    }
  }

  /** Tells the page, once per ended session of `client`, that the person must sign in again. */
  #listenForSessionEnd(client: BillingClient | undefined): void {
    if (client === this.#sessionClient) return;
    this.#stopSessionEnded?.();
    this.#sessionClient = client;
    this.#stopSessionEnded = client?.onSessionEnded((error) =>
      this.dispatchEvent(new CcSessionEndedEvent(error.requestId)),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#listenForSessionEnd(this.providedClient);
    if (this.locale) void setProviderLocale(this, this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenForSessionEnd(undefined);
    void setProviderLocale(this, undefined);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
