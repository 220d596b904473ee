import { msg } from '../i18n/msg.js';
import type { Account, BillingClient, CacheTag, Permission } from '@customer-center/sdk';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { Loader } from '../base/loader.js';
import { emptyState, errorState, loadingState } from '../base/states.js';
import { CcSectionChangeEvent } from '../events/section-change.js';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import { styles } from './customer-center.styles.js';

/** The portal's sections, in the navigation's order. */
export const PORTAL_SECTIONS = [
  'invoices',
  'payments',
  'profile',
  'rewards',
  'orders',
  'contracts',
  'documents',
  'team',
] as const;
export type PortalSection = (typeof PORTAL_SECTIONS)[number];

/** What a role needs to see each section (the API is the authority; this hides what would be refused). */
const SECTION_PERMISSION: Readonly<Record<PortalSection, Permission>> = {
  invoices: 'invoices:view',
  payments: 'invoices:pay',
  profile: 'profile:view',
  rewards: 'invoices:view',
  orders: 'orders:view',
  contracts: 'contracts:view',
  documents: 'documents:view',
  team: 'team:view',
};

/**
 * Each section's element module, fetched when the section is first shown: the portal's
 * shadow root is out of sight of the self-contained file's tag observer (decision 0008),
 * and a person rarely opens every section.
 */
const SECTION_MODULES: Readonly<Record<PortalSection, () => Promise<unknown>>> = {
  invoices: () => import('../invoice-list/define.js'),
  payments: () => import('../billing-profile/define.js'),
  profile: () => import('../billing-profile/define.js'),
  rewards: () => import('../rewards-redeem/define.js'),
  orders: () => import('../order-tracker/define.js'),
  contracts: () => import('../contract-list/define.js'),
  documents: () => import('../document-list/define.js'),
  team: () => import('../team-members/define.js'),
};

function sectionLabel(section: PortalSection): string {
  return {
    invoices: msg('Invoices'),
    payments: msg('Payments'),
    profile: msg('Billing profile'),
    rewards: msg('Rewards'),
    orders: msg('Orders'),
    contracts: msg('Contracts'),
    documents: msg('Documents'),
    team: msg('Team'),
  }[section];
}

const isSection = (value: string | undefined): value is PortalSection =>
  (PORTAL_SECTIONS as readonly (string | undefined)[]).includes(value);

/**
 * @summary The whole customer center in one tag: navigation between Invoices, Payments,
 * Billing profile, Rewards, Orders, Contracts, Documents and Team, each shown by its own element.
 *
 * Sections the signed-in person's role may not use are not offered (a technical contact sees
 * Invoices, Rewards, Orders, Contracts, Documents and Team, say). Each section's element is
 * fetched when the section is first opened. Set `section` to choose the one shown (a host
 * can keep it in its URL); the element announces each change with `cc-section-change`. The
 * elements inside share the portal's billing client, `tokenizer`, `locale` and `help`, and
 * their events (payments, profile changes, help requests) reach the host as usual.
 *
 * @tag cc-customer-center
 *
 * @slot help - Your own help content (a link to billing support or a chat), passed on to every section.
 * @slot card-field - A payment provider's card field, for providers that cannot render in a shadow root (docs/payments.md).
 *
 * @csspart base - The wrapper of the portal.
 * @csspart nav - The navigation between sections.
 * @csspart nav-item - Each section's button in the navigation (`aria-current="page"` on the one shown).
 * @csspart section - The region of the section shown.
 * @csspart section-heading - The heading of the section shown.
 * @csspart loading - The loading state, while the signed-in person's role is read.
 * @csspart empty - The state of a role that may use no section.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart help - The help area of the error state.
 * @csspart help-button - The "Get help" button of the error state (with the `help` attribute).
 *
 * @cssproperty [--cc-customer-center-nav-inline-size=14rem] - The navigation's width beside the section, in wide hosts.
 * @cssproperty [--cc-customer-center-nav-background=var(--cc-color-surface-raised)] - The navigation's background.
 *
 * @event {CcSectionChangeEvent} cc-section-change - A person opened another section; `detail.section` names it.
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: "Get help" was pressed in a section or in the error state.
 */
export class CcCustomerCenter extends CcElement {
  static override styles = styles;

  /** The section shown: `invoices`, `payments`, `profile`, `rewards`, `orders`, `contracts`, `documents` or `team`. */
  @property({ reflect: true }) section: PortalSection = 'invoices';

  /** Renders and tokenizes new cards in the payment flows and the billing profile (docs/payments.md). */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  @state() private loadedSections: ReadonlySet<PortalSection> = new Set();
  @state() private sectionError?: unknown;

  protected override watchedTags: readonly CacheTag[] = ['account'];

  readonly #account = new Loader(
    this,
    async ([client], { signal }): Promise<Account | undefined> =>
      client ? client.account.retrieve({ signal }) : undefined,
    () => [this.billingClient as BillingClient | undefined] as const,
  );

  /** The sections the signed-in person may use, in the navigation's order. */
  get availableSections(): readonly PortalSection[] {
    const permissions = this.#account.value?.user.permissions ?? [];
    return PORTAL_SECTIONS.filter((section) => permissions.includes(SECTION_PERMISSION[section]));
  }

  protected override billingDataChanged(): void {
    void this.#account.run();
  }

  /** The section shown: the one asked for when the role allows it, else the first it allows. */
  get #shown(): PortalSection | undefined {
    const available = this.availableSections;
    return isSection(this.section) && available.includes(this.section) ? this.section : available[0];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this.#shown;
    if (shown && !this.loadedSections.has(shown)) void this.#loadSection(shown);
  }

  async #loadSection(section: PortalSection): Promise<void> {
    try {
      await SECTION_MODULES[section]();
      this.sectionError = undefined;
      this.loadedSections = new Set([...this.loadedSections, section]);
    } catch (error) {
      this.sectionError = error;
    }
  }

  override render() {
    if (!this.billingClient) {
      return html`<div part="base" class="base">${emptyState(msg('Connect a billing API to see your account.'))}</div>`;
    }
    return html`<div part="base" class="base">
      ${this.#account.render({
        initial: () => loadingState(4),
        pending: () => (this.#account.value ? this.#renderPortal() : loadingState(4)),
        error: (error) => errorState(error, () => void this.#account.run(), { host: this, topic: 'account' }),
        complete: () => this.#renderPortal(),
      })}
    </div>`;
  }

  #renderPortal(): TemplateResult {
    const available = this.availableSections;
    const shown = this.#shown;
    if (!shown) {
      return emptyState(msg('Your role does not give access to billing. Ask a billing contact of your organisation.'));
    }
    return html`<nav part="nav" class="nav" aria-label=${msg('Customer Center')}>
        <ul class="nav__list">
          ${available.map(
            (section) =>
              html`<li>
                <button
                  type="button"
                  part="nav-item"
                  class="nav__item"
                  aria-current=${section === shown ? 'page' : 'false'}
                  @click=${() => this.#open(section)}
                >
                  ${sectionLabel(section)}
                </button>
              </li>`,
          )}
        </ul>
      </nav>
      <!-- Not a landmark: each section's element is one already (an invoice list is "Invoices"). -->
      <div part="section" class="section">
        <h2 id="section-heading" part="section-heading" class="section__heading" tabindex="-1">
          ${sectionLabel(shown)}
        </h2>
        ${
          this.sectionError !== undefined && !this.loadedSections.has(shown)
            ? errorState(this.sectionError, () => void this.#loadSection(shown), { host: this, topic: 'invoices' })
            : this.loadedSections.has(shown)
              ? this.#renderSection(shown)
              : loadingState(4)
        }
      </div>`;
  }

  #renderSection(section: PortalSection): TemplateResult {
    const client = this.billingClient;
    const locale = this.locale;
    // The host's help content reaches every section through one forwarded slot.
    const help = html`<slot name="help" slot="help"></slot>`;
    switch (section) {
      case 'invoices':
        return html`<cc-invoice-list
          selectable
          .client=${client}
          .locale=${locale}
          .tokenizer=${this.tokenizer}
          ?help=${this.help}
          >${help}</cc-invoice-list
        >`;
      case 'payments':
        return html`<cc-billing-profile
          sections="due methods"
          .client=${client}
          .locale=${locale}
          .tokenizer=${this.tokenizer}
          ?help=${this.help}
          >${help}<slot name="card-field" slot="card-field"></slot
        ></cc-billing-profile>`;
      case 'profile':
        return html`<cc-billing-profile sections="contacts plans" .client=${client} .locale=${locale} ?help=${this.help}
          >${help}</cc-billing-profile
        >`;
      case 'rewards':
        return html`<cc-rewards-redeem .client=${client} .locale=${locale} ?help=${this.help}
          >${help}</cc-rewards-redeem
        >`;
      case 'orders':
        return html`<cc-order-tracker .client=${client} .locale=${locale} ?help=${this.help}
          >${help}</cc-order-tracker
        >`;
      case 'contracts':
        return html`<cc-contract-list .client=${client} .locale=${locale} ?help=${this.help}
          >${help}</cc-contract-list
        >`;
      case 'documents':
        return html`<cc-document-list .client=${client} .locale=${locale} ?help=${this.help}
          >${help}</cc-document-list
        >`;
      case 'team':
        return html`<cc-team-members .client=${client} .locale=${locale} ?help=${this.help}>${help}</cc-team-members>`;
    }
  }

  async #open(section: PortalSection): Promise<void> {
    if (section !== this.section) {
      this.section = section;
      this.dispatchEvent(new CcSectionChangeEvent(section));
    }
    await this.updateComplete;
    // Focus follows to the new section, so keyboard and screen reader users land on it.
    this.renderRoot.querySelector<HTMLElement>('#section-heading')?.focus();
  }
}
