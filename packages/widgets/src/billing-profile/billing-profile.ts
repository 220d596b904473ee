import { msg, str } from '../i18n/msg.js';
import {
  BillingApiError,
  BillingPermissionError,
  CARD_BRANDS,
  dueState,
  formatDate,
  formatMoney,
  todayIsoDate,
  type Account,
  type BillingClient,
  type BillingContact,
  type BillingContactUpdate,
  type BillingProfile,
  type BillingScheduleFormat,
  type CacheTag,
  type Payment,
  type PaymentDue,
  type Plan,
  type SavedPaymentMethod,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CcElement } from '../base/cc-element.js';
import { deepActiveElement } from '../base/focus.js';
import { Loader } from '../base/loader.js';
import { cannotPayMessage } from '../base/permissions.js';
import { ModalDialog } from '../base/modal-dialog.js';
import { renderAddress } from '../base/remittance.js';
import { saveFile } from '../base/save-file.js';
import { emptyState, errorMessage, errorState, fieldsNeedAttention, loadingState } from '../base/states.js';
import { warnOnce } from '../base/warn.js';
import { CcPaymentMethodAddedEvent } from '../events/payment-method-added.js';
import { CcPaymentMethodRemovedEvent } from '../events/payment-method-removed.js';
import type { CcPaymentSucceededEvent } from '../events/payment-succeeded.js';
import { CcProfileUpdatedEvent } from '../events/profile-updated.js';
import '../pay-button/define.js';
import type { CcPayButton } from '../pay-button/pay-button.js';
import type { CardTokenizer, CardTokenizeResult } from '../pay-button/tokenizer.js';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';
import { styles } from './billing-profile.styles.js';
import {
  changesOf,
  draftOf,
  fieldOfProblem,
  invalidMessage,
  renderContactForm,
  validateDraft,
  CONTACT_FIELDS,
  type ContactChange,
  type ContactErrors,
  type ContactField,
  type ContactFormState,
} from './contact-form.js';
import { renderDialogContent, type DialogState } from './dialogs.js';
import {
  addMethodRefusal,
  contactRefusal,
  dueKindLabel,
  expiryText,
  failureLabel,
  failureOf,
  issueRefusal,
  methodLabel,
  methodTypeLabel,
  removeRefusal,
  renderFailure,
  roleLabel,
  setDefaultRefusal,
  type Failure,
  expiredCardsMessage,
} from './messages.js';
import { renderPlansTable } from './plans.js';

/** The sections of the profile, in their default order. */
export const BILLING_PROFILE_SECTIONS = ['contacts', 'methods', 'due', 'plans'] as const;
export type BillingProfileSection = (typeof BILLING_PROFILE_SECTIONS)[number];

interface Loaded {
  readonly account: Account;
  /** Null when the signed-in role may not see the profile. */
  readonly profile: BillingProfile | null;
}

/** What the element knows of what the signed-in person may do. */
interface Access {
  readonly manage: boolean;
  readonly pay: boolean;
  readonly online: boolean;
}

interface PaidDue {
  readonly due: PaymentDue;
  readonly payment: Payment;
}

const isSection = (name: string): name is BillingProfileSection =>
  (BILLING_PROFILE_SECTIONS as readonly string[]).includes(name);

/**
 * @summary The organisation's billing profile: billing contacts, saved payment methods,
 * payments due and plans, each viewed and managed in place.
 *
 * Contacts are edited in place, every field checked with a localized message; changing the
 * primary contact's e-mail, where invoices go, asks for confirmation. Cards are added through
 * the same `tokenizer` as `<cc-pay-button>` (the card never reaches this element), an expired
 * card can be replaced in one guided step, and payments due are paid through `<cc-pay-button>`
 * (pending orders and renewals get their invoice issued first). A role that may view but not
 * manage the profile sees it read-only, with the reason; a role that may not view it is told
 * so. Nothing is sent twice: a second press while a request is under way does nothing. The
 * element reloads when the profile changes through its client, e.g. a payment elsewhere.
 *
 * @tag cc-billing-profile
 *
 * @slot card-field - A payment provider's card field, for providers that cannot render in a shadow root (docs/payments.md); shown in the add-card dialog, or passed on to the payment flow of a payment due.
 *
 * @csspart base - The wrapper of the whole profile.
 * @csspart section - Each section (also `contacts`, `methods`, `due` or `plans`).
 * @csspart section-heading - Each section's heading.
 * @csspart read-only-notice - Why the profile cannot be changed by the signed-in role.
 * @csspart no-access - The message shown to a role that may not see the profile.
 * @csspart notice - A section's notice (online payment unavailable, no card form, role cannot pay).
 * @csspart section-error - A section's alert when an action failed.
 * @csspart contact - Each billing contact.
 * @csspart primary-badge - The badge of the primary contact, to whom invoices are e-mailed.
 * @csspart edit-button - Each contact's Edit button.
 * @csspart contact-form - The form editing a contact.
 * @csspart field-error - The validation message under a field.
 * @csspart form-error - The alert of the contact form when saving failed.
 * @csspart save-button - The contact form's Save button.
 * @csspart method - Each saved payment method.
 * @csspart default-badge - The badge of the default payment method.
 * @csspart expired-badge - The badge of an expired card.
 * @csspart expired-banner - The prompt to replace an expired card.
 * @csspart method-button - Each payment method's actions (Make default, Replace, Remove).
 * @csspart add-method-button - The "Add a card" button.
 * @csspart due - Each payment due (also `paid-due` once paid here).
 * @csspart pay-button - The `<cc-pay-button>` of a payment due with an invoice.
 * @csspart issue-button - The Pay button of a payment due whose invoice is issued first.
 * @csspart other-method-button - "Use another payment method" of a failed automatic payment.
 * @csspart plans - The table of plans.
 * @csspart plan-status - Each plan's status badge.
 * @csspart download-button - Each billing schedule download button (CSV, PDF).
 * @csspart dialog - The `<dialog>` (add or replace a card, confirm a removal or an e-mail change).
 * @csspart dialog-heading - The dialog's heading.
 * @csspart dialog-error - The dialog's alert when saving or removing failed.
 * @csspart card-form - Where the tokenizer renders the card fields.
 * @csspart status - The live region announcing what happened.
 * @csspart loading - The loading skeleton.
 * @csspart empty - An empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty [--cc-billing-profile-section-border=1px solid var(--cc-color-border)] - Border of sections and cards.
 * @cssproperty [--cc-billing-profile-section-padding=calc(var(--cc-space) * 2)] - Padding inside sections.
 * @cssproperty [--cc-billing-profile-error-color=var(--cc-color-danger)] - Validation messages, alerts and the expired badge.
 * @cssproperty [--cc-billing-profile-success-color=var(--cc-color-success)] - Active plans and paid payments.
 * @cssproperty [--cc-billing-profile-dialog-background=var(--cc-color-surface)] - The dialog's background.
 * @cssproperty [--cc-billing-profile-dialog-max-inline-size=32rem] - The dialog's largest width.
 * @cssproperty [--cc-billing-profile-backdrop=rgb(0 0 0 / 0.45)] - The modal backdrop.
 *
 * @event {CcProfileUpdatedEvent} cc-profile-updated - A contact was saved (`detail: { section: 'contacts', contact, changed }`, `changed` naming `name`, `email`, `phone`, `address`) or the default payment method changed (`detail: { section: 'methods', paymentMethod, changed: ['defaultPaymentMethod'] }`).
 * @event {CcPaymentMethodAddedEvent} cc-payment-method-added - A payment method was saved (`detail: { paymentMethod, replaced? }`; `replaced` is the expired method it replaced, removed with it).
 * @event {CcPaymentMethodRemovedEvent} cc-payment-method-removed - A payment method was removed (`detail: { paymentMethodId }`).
 * @event {CcPaymentSucceededEvent} cc-payment-succeeded - A payment due was paid (from its `<cc-pay-button>`).
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" in the error state or beside a failed action (`topic: 'profile'`), or in the payment flow of a payment due; `detail` has the topic, reference, message and request id.
 * @slot help - Your own help content (a link to billing support or a chat), shown in the error state, beside a failed action (in the dialog while one is open), or else in the payment flow of the payment due opened last.
 * @csspart help - The help area: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 */
export class CcBillingProfile extends CcElement {
  static override styles = styles;

  /**
   * The sections to show, separated by spaces, in that order: `contacts`, `methods`, `due`,
   * `plans`. All four by default.
   */
  @property() sections?: string;

  /**
   * Renders and tokenizes the card form for adding a card, and for the payment flow of
   * payments due (docs/payments.md). Without one, adding a card says that no card form is set up.
   */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  @state() private editing?: ContactFormState;
  @state() private dialog?: DialogState;
  @state() private dialogBusy = false;
  @state() private dialogError?: Failure;
  @state() private cardMessage?: string;
  @state() private announcement = '';
  @state() private sectionErrors: Readonly<Partial<Record<BillingProfileSection, Failure>>> = {};
  @state() private notices: Readonly<Partial<Record<BillingProfileSection, string>>> = {};
  /** Actions under way: `default:<id>`, `issue:<id>`, `download:<id>:<format>`. */
  @state() private busy: ReadonlySet<string> = new Set();
  /** Invoices issued here for payments due, until the reloaded profile has them. */
  @state() private issued: ReadonlyMap<string, string> = new Map();
  /** Payments due paid here: kept (as paid) while their payment dialog is open. */
  @state() private paid: ReadonlyMap<string, PaidDue> = new Map();
  /** The payment due whose payment flow gets the `card-field` slot (the last one opened). */
  @state() private cardFieldDue?: string;

  @query('dialog') private dialogElement?: HTMLDialogElement | null;
  @query('.card-form') private cardFormContainer?: HTMLElement | null;

  // `invoices` too: a rewards code applied elsewhere can settle a payment due's invoice.
  protected override watchedTags: readonly CacheTag[] = ['profile', 'account', 'invoices'];

  readonly #modal = new ModalDialog(
    () => this.dialogElement,
    () => this.dialogBusy,
  );
  #mountedTokenizer?: CardTokenizer;
  /** The reload started by the last change through the client; writes wait for it. */
  #reloading: Promise<void> = Promise.resolve();
  /** Set synchronously when a write starts, so a second press does nothing. */
  readonly #inFlight = new Set<string>();
  /** Where focus goes when the dialog closes and its opener is gone. */
  #focusAfterDialog?: () => HTMLElement | null | undefined;

  readonly #loader = new Loader(
    this,
    async ([client], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const account = await client.account.retrieve({ signal });
      // A role without `profile:view` is told so, without a request the API would refuse (nor
      // is it an error to retry when the API refuses anyway).
      const profile = account.user.permissions.includes('profile:view')
        ? await client.profile.retrieve({ signal }).catch((error: unknown) => {
            if (error instanceof BillingPermissionError) return null;
            throw error;
          })
        : null;
      return { account, profile };
    },
    () => [this.billingClient as BillingClient | undefined] as const,
  );

  protected override billingDataChanged(_tags: ReadonlySet<CacheTag>): void {
    this.#reloading = this.#loader.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unmountCard();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tokenizer renders into the add-card dialog's container once it exists.
    const container = this.dialog?.kind === 'add' ? this.cardFormContainer : undefined;
    if (container && this.tokenizer && this.#mountedTokenizer !== this.tokenizer) {
      this.#unmountCard();
      this.#mountedTokenizer = this.tokenizer;
      void this.tokenizer.mount(container, { locale: this.activeLocale, brands: [...CARD_BRANDS] });
    } else if (!container && this.#mountedTokenizer) {
      this.#unmountCard();
    }
  }

  #unmountCard(): void {
    this.#mountedTokenizer?.unmount?.();
    this.#mountedTokenizer = undefined;
  }

  /** The sections to render, from the `sections` attribute. */
  get #sectionNames(): readonly BillingProfileSection[] {
    const requested = (this.sections ?? '').split(/[\s,]+/).filter(Boolean);
    const known = [...new Set(requested.filter(isSection))];
    const unknown = requested.filter((name) => !isSection(name));
    if (unknown.length > 0) {
      warnOnce(
        `<cc-billing-profile> has no section ${unknown.map((name) => `“${name}”`).join(', ')}: ` +
          `use ${BILLING_PROFILE_SECTIONS.join(', ')}.`,
      );
    }
    return known.length > 0 ? known : BILLING_PROFILE_SECTIONS;
  }

  override render() {
    return html`<div part="base" class="profile">
        ${this.#loader.render({
          initial: () => loadingState(6, msg('Loading the billing profile…')),
          pending: () =>
            this.#loader.value
              ? this.#renderLoaded(this.#loader.value, true)
              : loadingState(6, msg('Loading the billing profile…')),
          // A failed reload keeps what was shown (and any payment flow or form open in it) under the error.
          error: (error) =>
            html`${errorState(error, () => void this.#loader.run(), { host: this, topic: 'profile' })}${
              this.#loader.value ? this.#renderLoaded(this.#loader.value, false) : nothing
            }`,
          complete: (loaded) =>
            loaded
              ? this.#renderLoaded(loaded, false)
              : emptyState(msg('Connect a billing API to see the billing profile.')),
        })}
        <p part="status" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.#renderDialog()}`;
  }

  #renderLoaded({ account, profile }: Loaded, busy: boolean): TemplateResult {
    if (!profile) {
      return html`<div part="no-access" class="no-access" role="status">
        <p class="no-access__title">${msg('Your role cannot see the billing profile.')}</p>
        <p>
          ${msg(
            str`Your role: ${roleLabel(account.user.role)}. Ask a billing contact of your organisation for the billing details you need.`,
          )}
        </p>
      </div>`;
    }
    const permissions = account.user.permissions;
    const access: Access = {
      manage: permissions.includes('profile:manage'),
      pay: permissions.includes('invoices:pay'),
      online: account.organization.onlinePaymentAvailable,
    };
    return html`${
        access.manage
          ? nothing
          : html`<p part="read-only-notice" class="notice notice--info" role="note">
              ${msg(
                str`You can view the billing profile, but your role (${roleLabel(account.user.role)}) cannot change it. Ask a billing contact of your organisation to make changes.`,
              )}
            </p>`
      }
      <div class="sections" aria-busy=${busy ? 'true' : 'false'}>
        ${this.#sectionNames.map((name) => {
          switch (name) {
            case 'contacts':
              return this.#renderContacts(profile.contacts, access);
            case 'methods':
              return this.#renderMethods(profile.paymentMethods, access);
            case 'due':
              return this.#renderDues(profile.paymentsDue, profile.paymentMethods, access);
            case 'plans':
              return this.#renderPlans(profile.plans);
          }
        })}
      </div>`;
  }

  #section(name: BillingProfileSection, heading: string, content: TemplateResult): TemplateResult {
    const notice = this.notices[name];
    return html`<section part="section ${name}" class="section section--${name}" aria-labelledby="${name}-heading">
      <h2 id="${name}-heading" part="section-heading" class="section__heading" tabindex="-1">${heading}</h2>
      ${content} ${notice ? html`<p part="notice" class="notice" role="alert">${notice}</p>` : nothing}
      ${renderFailure(this.sectionErrors[name], 'section-error', this.#helpBehindDialog)}
    </section>`;
  }

  /**
   * The help area of the alerts in the sections: not while the dialog covers them, so that the
   * host's `help` slot content shows in the dialog (a slot's content shows in one place only).
   */
  get #helpBehindDialog(): this | undefined {
    return this.dialog ? undefined : this;
  }

  /** An element of the shadow root by id (ids are built from API ids: no selector to escape). */
  #byId(id: string): HTMLElement | null {
    return this.shadowRoot?.getElementById(id) ?? null;
  }

  #heading(name: BillingProfileSection): HTMLElement | null {
    return this.#byId(`${name}-heading`);
  }

  #announce(text: string): void {
    // The same words twice in a row are still announced: the region's text must change.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #setSectionError(section: BillingProfileSection, failure: Failure | undefined): void {
    const { [section]: _old, ...rest } = this.sectionErrors;
    this.sectionErrors = failure ? { ...rest, [section]: failure } : rest;
  }

  #setNotice(section: BillingProfileSection, notice: string | undefined): void {
    const { [section]: _old, ...rest } = this.notices;
    this.notices = notice ? { ...rest, [section]: notice } : rest;
  }

  #setBusy(key: string, on: boolean): void {
    const next = new Set(this.busy);
    if (on) next.add(key);
    else next.delete(key);
    this.busy = next;
  }

  /** Starts a write unless the same one is under way; false if it is. */
  #begin(key: string): boolean {
    if (this.#inFlight.has(key)) return false;
    this.#inFlight.add(key);
    this.#setBusy(key, true);
    return true;
  }

  #end(key: string): void {
    this.#inFlight.delete(key);
    this.#setBusy(key, false);
  }

  // ── Contacts ──────────────────────────────────────────────────────────────────

  #renderContacts(contacts: readonly BillingContact[], access: Access): TemplateResult {
    const primary = contacts.find((contact) => contact.isPrimary);
    return this.#section(
      'contacts',
      msg('Billing contacts'),
      html`${
        primary
          ? html`<p class="section__intro">
              ${msg(str`Invoices are e-mailed to the primary billing contact, ${primary.email}.`)}
            </p>`
          : nothing
      }
      ${
        contacts.length === 0
          ? emptyState(msg('No billing contacts yet.'))
          : html`<ul class="cards" role="list">
              ${repeat(
                contacts,
                (contact) => contact.id,
                (contact) =>
                  html`<li part="contact" class="card" data-contact=${contact.id}>
                    ${
                      this.editing?.contact.id === contact.id
                        ? renderContactForm(this.editing, this.activeLocale, {
                            onInput: (field, value) => this.#onContactInput(field, value),
                            onSubmit: (event) => void this.#submitContact(event),
                            onCancel: () => this.#closeContactForm(contact.id),
                            help: this.#helpBehindDialog,
                          })
                        : this.#renderContact(contact, access)
                    }
                  </li>`,
              )}
            </ul>`
      }`,
    );
  }

  #renderContact(contact: BillingContact, access: Access): TemplateResult {
    return html`<h3 class="card__title"><bdi>${contact.name}</bdi></h3>
      ${
        contact.isPrimary
          ? html`<p part="primary-badge" class="badge badge--accent">${msg('Primary: receives the invoices')}</p>`
          : nothing
      }
      <dl class="details">
        <div class="details__row">
          <dt>${msg('E-mail')}</dt>
          <dd><bdi>${contact.email}</bdi></dd>
        </div>
        <div class="details__row">
          <dt>${msg('Phone')}</dt>
          <dd>
            ${contact.phone === null ? html`<span class="muted">${msg('Not given')}</span>` : html`<bdi>${contact.phone}</bdi>`}
          </dd>
        </div>
        <div class="details__row">
          <dt>${msg('Postal address')}</dt>
          <dd>${renderAddress(contact.address, this.activeLocale)}</dd>
        </div>
      </dl>
      ${
        access.manage
          ? html`<div class="card__actions">
              <button
                part="edit-button"
                class="button button--secondary"
                type="button"
                data-action="edit"
                @click=${() => void this.#openContactForm(contact)}
              >
                ${msg('Edit')}<span class="cc-visually-hidden"> <bdi>${contact.name}</bdi></span>
              </button>
            </div>`
          : nothing
      }`;
  }

  async #openContactForm(contact: BillingContact): Promise<void> {
    if (this.editing?.saving) return;
    this.editing = { contact, draft: draftOf(contact), errors: {}, saving: false, failure: undefined };
    await this.updateComplete;
    this.#byId(`${contact.id}-name`)?.focus();
  }

  async #closeContactForm(contactId: string): Promise<void> {
    this.editing = undefined;
    await this.updateComplete;
    this.#contactEditButton(contactId)?.focus();
  }

  #contactEditButton(contactId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-contact="${CSS.escape(contactId)}"] [data-action="edit"]`);
  }

  #onContactInput(field: ContactField, value: string): void {
    const editing = this.editing;
    if (!editing) return;
    const { [field]: _cleared, ...errors } = editing.errors;
    this.editing = { ...editing, draft: { ...editing.draft, [field]: value }, errors };
  }

  async #submitContact(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const editing = this.editing;
    if (!editing || this.#inFlight.has('contact')) return;
    const errors = validateDraft(editing.draft);
    const count = Object.keys(errors).length;
    if (count > 0) {
      this.editing = { ...editing, errors, failure: undefined };
      this.#announce(fieldsNeedAttention(count, this.activeLocale));
      await this.#focusFirstInvalid(editing.contact.id, errors);
      return;
    }
    const { update, changed } = changesOf(editing.contact, editing.draft);
    if (changed.length === 0) {
      this.#announce(msg('Nothing changed, so nothing was saved.'));
      await this.#closeContactForm(editing.contact.id);
      return;
    }
    if (editing.contact.isPrimary && changed.includes('email')) {
      await this.#openDialog({ kind: 'confirm-email', contact: editing.contact, update, changed });
      return;
    }
    await this.#saveContact(editing.contact, update, changed);
  }

  async #focusFirstInvalid(contactId: string, errors: ContactErrors): Promise<void> {
    await this.updateComplete;
    const first = CONTACT_FIELDS.find((field) => errors[field]);
    if (first) this.#byId(`${contactId}-${first}`)?.focus();
  }

  async #saveContact(
    contact: BillingContact,
    update: BillingContactUpdate,
    changed: readonly ContactChange[],
  ): Promise<void> {
    const client = this.billingClient;
    if (!client || !this.editing || !this.#begin('contact')) return;
    this.editing = { ...this.editing, saving: true, failure: undefined };
    try {
      const saved = await client.profile.updateContact(contact.id, update);
      await this.#reloading;
      this.dispatchEvent(new CcProfileUpdatedEvent({ section: 'contacts', contact: saved, changed: [...changed] }));
      this.#announce(
        contact.isPrimary && changed.includes('email')
          ? msg(str`Saved. Invoices will now be e-mailed to ${saved.email}.`)
          : msg(str`Saved the details of ${saved.name}.`),
      );
      this.#end('contact');
      await this.#closeContactForm(contact.id);
    } catch (error) {
      this.#end('contact');
      const current = this.editing;
      if (!current) return;
      const errors: ContactErrors = {};
      if (error instanceof BillingApiError) {
        for (const problem of error.fieldErrors) {
          const field = fieldOfProblem(problem.field);
          if (field) errors[field] ??= invalidMessage(field);
        }
      }
      this.editing = { ...current, saving: false, errors, failure: failureOf(error, contactRefusal) };
      if (Object.keys(errors).length > 0) await this.#focusFirstInvalid(contact.id, errors);
    }
  }

  // ── Payment methods ───────────────────────────────────────────────────────────

  #renderMethods(methods: readonly SavedPaymentMethod[], access: Access): TemplateResult {
    const locale = this.activeLocale;
    const expiredCards = methods.filter((method) => method.isExpired && method.type === 'card');
    const canAdd = access.manage && access.online;
    const onlyDefault = methods.length === 1 && methods[0]?.isDefault === true;
    return this.#section(
      'methods',
      msg('Payment methods'),
      html`${
        access.online
          ? nothing
          : html`<p part="notice" class="notice" role="note">
              ${msg(
                'Online payment is not offered in your country: invoices are paid by bank transfer, so there are no payment methods to save.',
              )}
            </p>`
      }
      ${
        canAdd && expiredCards.length > 0
          ? html`<div part="expired-banner" class="banner">
              <p class="banner__text">
                ${
                  expiredCards.length === 1
                    ? msg(str`${methodLabel(expiredCards[0]!)} has expired. Replace it so that payments keep working.`)
                    : expiredCardsMessage(expiredCards.length, this.activeLocale)
                }
              </p>
              <button
                class="button"
                type="button"
                @click=${() => void this.#openAdd('methods', expiredCards[0], false)}
              >
                ${msg('Replace the expired card')}
              </button>
            </div>`
          : nothing
      }
      ${
        methods.length === 0
          ? access.online
            ? emptyState(msg('No saved payment methods.'))
            : nothing
          : html`<ul class="methods" role="list">
              ${repeat(
                methods,
                (method) => method.id,
                (method) => this.#renderMethod(method, access, onlyDefault, locale),
              )}
            </ul>`
      }
      ${
        canAdd
          ? html`<div class="section__actions">
              <button
                part="add-method-button"
                class="button"
                type="button"
                @click=${() => void this.#openAdd('methods', undefined, methods.length === 0)}
              >
                ${msg('Add a card')}
              </button>
            </div>`
          : nothing
      }`,
    );
  }

  #renderMethod(method: SavedPaymentMethod, access: Access, onlyDefault: boolean, locale: string): TemplateResult {
    const label = methodLabel(method);
    const expiry = expiryText(method, locale);
    const settingDefault = this.busy.has(`default:${method.id}`);
    const hidden = html`<span class="cc-visually-hidden"> ${label}</span>`;
    return html`<li
      part="method"
      class="method ${method.isExpired ? 'method--expired' : ''}"
      data-method=${method.id}
      tabindex="-1"
    >
      <div class="method__main">
        <span class="method__label">${label}</span>
        <span class="method__type muted">${methodTypeLabel(method)}</span>
        ${method.holderName ? html`<span class="method__holder muted"><bdi>${method.holderName}</bdi></span>` : nothing}
        ${
          expiry
            ? method.isExpired
              ? html`<span part="expired-badge" class="badge badge--danger">${msg(str`Expired ${expiry}`)}</span>`
              : html`<span class="method__expiry">${msg(str`Expires ${expiry}`)}</span>`
            : method.isExpired
              ? html`<span part="expired-badge" class="badge badge--danger">${msg('Expired')}</span>`
              : nothing
        }
        ${method.isDefault ? html`<span part="default-badge" class="badge badge--accent">${msg('Default')}</span>` : nothing}
      </div>
      ${
        access.manage
          ? html`<div class="method__actions">
              ${
                !method.isDefault && !method.isExpired
                  ? html`<button
                      part="method-button"
                      class="button button--secondary"
                      type="button"
                      data-action="default"
                      aria-disabled=${settingDefault ? 'true' : 'false'}
                      @click=${() => void this.#setDefault(method)}
                    >
                      ${settingDefault ? msg('Saving…') : msg('Make default')}${hidden}
                    </button>`
                  : nothing
              }
              ${
                method.isExpired && method.type === 'card' && access.online
                  ? html`<button
                      part="method-button"
                      class="button"
                      type="button"
                      data-action="replace"
                      @click=${() => void this.#openAdd('methods', method, false)}
                    >
                      ${msg('Replace')}${hidden}
                    </button>`
                  : nothing
              }
              ${
                onlyDefault
                  ? html`<span class="hint">${msg('Your only payment method: add another before removing it.')}</span>`
                  : html`<button
                      part="method-button"
                      class="button button--secondary button--danger"
                      type="button"
                      data-action="remove"
                      @click=${() => void this.#openRemove(method)}
                    >
                      ${msg('Remove')}${hidden}
                    </button>`
              }
            </div>`
          : nothing
      }
    </li>`;
  }

  /** Opens the add-card dialog (replacing `replaces` when given), or says why it cannot. */
  async #openAdd(
    section: BillingProfileSection,
    replaces: SavedPaymentMethod | undefined,
    makeDefault: boolean,
  ): Promise<void> {
    if (!this.tokenizer) {
      this.#setNotice(
        section,
        msg(
          'Cards cannot be added here: no card form is set up on this page. Ask the site’s administrator, or pay by bank transfer.',
        ),
      );
      return;
    }
    this.#setNotice(section, undefined);
    await this.#openDialog({ kind: 'add', replaces, makeDefault });
  }

  async #setDefault(method: SavedPaymentMethod): Promise<void> {
    const client = this.billingClient;
    const key = `default:${method.id}`;
    if (!client || !this.#begin(key)) return;
    this.#setSectionError('methods', undefined);
    try {
      const saved = await client.profile.setDefaultPaymentMethod(method.id);
      await this.#reloading;
      this.dispatchEvent(
        new CcProfileUpdatedEvent({ section: 'methods', paymentMethod: saved, changed: ['defaultPaymentMethod'] }),
      );
      this.#announce(msg(str`${methodLabel(saved)} is now the default payment method.`));
      this.#end(key);
      await this.updateComplete;
      // The button is gone with the change: focus stays on the method.
      this.renderRoot.querySelector<HTMLElement>(`[data-method="${CSS.escape(method.id)}"]`)?.focus();
    } catch (error) {
      this.#end(key);
      this.#setSectionError('methods', failureOf(error, setDefaultRefusal));
      if (error instanceof BillingApiError && (error.status === 404 || error.status === 409)) void this.#loader.run();
    }
  }

  async #openRemove(method: SavedPaymentMethod): Promise<void> {
    const methods = this.#loader.value?.profile?.paymentMethods ?? [];
    const others = methods.filter((other) => other.id !== method.id);
    const next = method.isDefault ? (others.find((other) => !other.isExpired) ?? others[0]) : undefined;
    await this.#openDialog({ kind: 'remove', method, next });
  }

  // ── Payments due ──────────────────────────────────────────────────────────────

  #renderDues(dues: readonly PaymentDue[], methods: readonly SavedPaymentMethod[], access: Access): TemplateResult {
    const shown = this.#duesInPlace(dues);
    return this.#section(
      'due',
      msg('Payments due'),
      html`${
        access.pay || dues.length === 0
          ? nothing
          : html`<p part="notice" class="notice" role="note">${cannotPayMessage()}</p>`
      }
      ${
        shown.length === 0
          ? emptyState(msg('Nothing is due. You are all paid up.'))
          : html`<ul class="cards" role="list">
              ${repeat(
                shown,
                ({ due }) => due.id,
                ({ due, payment }) => this.#renderDue(due, payment, methods, access),
              )}
            </ul>`
      }`,
    );
  }

  /** The payments due last shown, in their order. */
  #lastShownDues: ReadonlyMap<string, PaymentDue> = new Map();
  /** Payments due no longer due but kept on screen while their payment dialog is open. */
  #heldDues: ReadonlySet<string> = new Set();

  /**
   * The payments due to show: the loaded ones, and, in the place they had, those paid here
   * whose payment dialog is still open and those settled elsewhere (a rewards code) while
   * their payment dialog is open: moving or removing an open modal dialog would close it.
   */
  #duesInPlace(dues: readonly PaymentDue[]): { due: PaymentDue; payment: Payment | undefined }[] {
    const shown: { due: PaymentDue; payment: Payment | undefined }[] = dues.map((due) => ({
      due,
      payment: undefined,
    }));
    const loaded = new Set(dues.map((due) => due.id));
    const kept: { due: PaymentDue; payment: Payment | undefined }[] = [...this.paid.values()].filter(
      ({ due }) => !loaded.has(due.id),
    );
    const held = new Set<string>();
    for (const [id, due] of this.#lastShownDues) {
      if (loaded.has(id) || this.paid.has(id) || !this.#payDialogOpen(id)) continue;
      kept.push({ due, payment: undefined });
      held.add(id);
    }
    const order = [...this.#lastShownDues.keys()];
    for (const { due, payment } of kept) {
      const before = order.slice(0, Math.max(0, order.indexOf(due.id)));
      let index = 0;
      for (const [position, item] of shown.entries()) if (before.includes(item.due.id)) index = position + 1;
      shown.splice(index, 0, { due, payment });
    }
    this.#heldDues = held;
    this.#lastShownDues = new Map(shown.map(({ due }) => [due.id, due]));
    return shown;
  }

  #renderDue(
    due: PaymentDue,
    payment: Payment | undefined,
    methods: readonly SavedPaymentMethod[],
    access: Access,
  ): TemplateResult {
    const locale = this.activeLocale;
    const description = html`<span class="cc-visually-hidden"> <bdi>${due.description}</bdi></span>`;
    const { overdue } = dueState(due.dueDate, todayIsoDate());
    const invoiceId = due.invoiceId ?? this.issued.get(due.id);
    const issuing = this.busy.has(`issue:${due.id}`);
    const failure = failureLabel(due.failureReason);
    const canReplace = !payment && access.manage && access.online && due.kind === 'failed_charge';
    // One template for a due and the same due once paid, so its <cc-pay-button> (and the
    // payment dialog open in it) stays the same element.
    return html`<li
      part=${payment ? 'due paid-due' : 'due'}
      class="card due ${payment ? 'due--paid' : ''}"
      data-due=${due.id}
      @focusout=${() => this.#afterPayDialog(due.id)}
      @cc-payment-cancel=${() => this.#afterPayDialog(due.id)}
    >
      <h3 class="card__title"><bdi>${due.description}</bdi></h3>
      ${
        payment
          ? html`<p class="due__paid">
              ${msg(str`Paid ${formatMoney(payment.amount, locale)}, reference ${payment.reference}.`)}
            </p>`
          : html`<dl class="details">
                <div class="details__row">
                  <dt>${msg('Kind')}</dt>
                  <dd>
                    <span class="badge ${due.kind === 'failed_charge' ? 'badge--danger' : ''}"
                      >${dueKindLabel(due.kind)}</span
                    >
                  </dd>
                </div>
                <div class="details__row">
                  <dt>${msg('Amount')}</dt>
                  <dd class="amount">${formatMoney(due.amount, locale)}</dd>
                </div>
                <div class="details__row">
                  <dt>${msg('Due')}</dt>
                  <dd>
                    ${formatDate(due.dueDate, locale)}
                    ${overdue ? html`<span class="badge badge--danger">${msg('Overdue')}</span>` : nothing}
                  </dd>
                </div>
              </dl>
              ${failure ? html`<p class="due__failure">${failure}</p>` : nothing}`
      }
      <div class="card__actions">
        ${
          access.pay
            ? invoiceId
              ? this.#renderPayButton(due, invoiceId, description)
              : html`<button
                  part="issue-button"
                  class="button"
                  type="button"
                  aria-disabled=${issuing ? 'true' : 'false'}
                  @click=${() => void this.#issueAndPay(due)}
                >
                  ${issuing ? msg('Preparing the invoice…') : msg('Pay')}${description}
                </button>`
            : nothing
        }
        ${
          canReplace
            ? html`<button
                part="other-method-button"
                class="button button--secondary"
                type="button"
                @click=${() => void this.#useAnotherMethod(due, methods)}
              >
                ${msg('Use another payment method')}${description}
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  #renderPayButton(due: PaymentDue, invoiceId: string, description: TemplateResult): TemplateResult {
    // One place at a time may show the light-DOM card field: the add-card dialog when open,
    // else the payment flow opened last.
    const forward = this.cardFieldDue === due.id;
    const forwardCardField = forward && this.dialog?.kind !== 'add';
    // The host's help content likewise, unless an alert of the profile shows it.
    const forwardHelp =
      forward && !this.dialog && Object.keys(this.sectionErrors).length === 0 && !this.editing?.failure;
    return html`<cc-pay-button
      part="pay-button"
      data-due=${due.id}
      invoice=${invoiceId}
      .client=${this.billingClient}
      .tokenizer=${this.tokenizer}
      .locale=${this.locale}
      ?help=${this.help}
      @click=${() => (this.cardFieldDue = due.id)}
      @cc-payment-succeeded=${(event: CcPaymentSucceededEvent) => this.#onPaid(due, event)}
      >${msg('Pay')}${description}${
        forwardCardField ? html`<slot name="card-field" slot="card-field"></slot>` : nothing
      }${forwardHelp ? html`<slot name="help" slot="help"></slot>` : nothing}</cc-pay-button
    >`;
  }

  #payButton(dueId: string): CcPayButton | null {
    return this.renderRoot.querySelector<CcPayButton>(`cc-pay-button[data-due="${CSS.escape(dueId)}"]`);
  }

  /** A pending order or renewal has no invoice: issue it, then open the payment flow for it. */
  async #issueAndPay(due: PaymentDue): Promise<void> {
    const client = this.billingClient;
    const key = `issue:${due.id}`;
    if (!client || !this.#begin(key)) return;
    this.#setSectionError('due', undefined);
    try {
      const invoice = await client.profile.issuePaymentDueInvoice(due.id);
      this.issued = new Map(this.issued).set(due.id, invoice.id);
      this.cardFieldDue = due.id;
      this.#end(key);
      await this.updateComplete;
      const button = this.#payButton(due.id);
      if (!button) return;
      await button.updateComplete;
      // The payment dialog gives focus back to what had it: the Pay button now in this place.
      button.shadowRoot?.querySelector<HTMLElement>('[part="button"]')?.focus();
      await button.show();
    } catch (error) {
      this.#end(key);
      this.#setSectionError('due', failureOf(error, issueRefusal));
      if (error instanceof BillingApiError && error.status === 404) void this.#loader.run();
    }
  }

  #onPaid(due: PaymentDue, event: CcPaymentSucceededEvent): void {
    this.paid = new Map(this.paid).set(due.id, { due, payment: event.detail.payment });
  }

  #payDialogOpen(dueId: string): boolean {
    return this.#payButton(dueId)?.shadowRoot?.querySelector<CcPayDialog>('cc-pay-dialog')?.open === true;
  }

  /** Once the payment dialog of a due paid or settled meanwhile is closed, the due leaves the list. */
  #afterPayDialog(dueId: string): void {
    if (!this.paid.has(dueId) && !this.#heldDues.has(dueId)) return;
    // Focus leaves the dialog before it is marked closed: look once the close has happened.
    setTimeout(() => {
      if (this.#payDialogOpen(dueId)) return;
      if (this.paid.has(dueId)) {
        const paid = new Map(this.paid);
        paid.delete(dueId);
        this.paid = paid;
      } else if (this.#heldDues.has(dueId)) {
        this.requestUpdate();
      } else {
        return;
      }
      void this.updateComplete.then(() => {
        // Its Pay button, where the dialog gave focus back, went with it: keep focus in the section.
        const active = deepActiveElement();
        if (!this.#payButton(dueId) && (!active || active === document.body)) this.#heading('due')?.focus();
      });
    });
  }

  /** For a failed automatic payment: add a card, replacing the expired card when that was why it failed. */
  async #useAnotherMethod(due: PaymentDue, methods: readonly SavedPaymentMethod[]): Promise<void> {
    const expired = methods.filter((method) => method.isExpired && method.type === 'card');
    const replaces =
      due.failureReason === 'card_expired' ? (expired.find((method) => method.isDefault) ?? expired[0]) : undefined;
    await this.#openAdd('due', replaces, replaces === undefined);
  }

  // ── Plans ─────────────────────────────────────────────────────────────────────

  #renderPlans(plans: readonly Plan[]): TemplateResult {
    return this.#section(
      'plans',
      msg('Plans'),
      plans.length === 0
        ? emptyState(msg('No plans on this account.'))
        : renderPlansTable(plans, this.activeLocale, {
            downloading: (plan, format) => this.busy.has(`download:${plan.id}:${format}`),
            onDownload: (plan, format) => void this.#download(plan, format),
          }),
    );
  }

  async #download(plan: Plan, format: BillingScheduleFormat): Promise<void> {
    const client = this.billingClient;
    const key = `download:${plan.id}:${format}`;
    if (!client || !this.#begin(key)) return;
    this.#setSectionError('plans', undefined);
    this.#announce(msg(str`Downloading the billing schedule of ${plan.name}…`));
    try {
      saveFile(await client.profile.downloadBillingSchedule(plan.id, { format }));
      this.#announce(msg(str`Billing schedule of ${plan.name} downloaded.`));
    } catch (error) {
      this.#announce('');
      this.#setSectionError('plans', failureOf(error, errorMessage));
    } finally {
      this.#end(key);
    }
  }

  // ── Dialog: add or replace a card, confirm a removal or an e-mail change ──────

  async #openDialog(dialog: DialogState): Promise<void> {
    if (this.#modal.open) return;
    this.dialog = dialog;
    this.dialogError = undefined;
    this.cardMessage = undefined;
    this.dialogBusy = false;
    await this.updateComplete;
    if (!this.#modal.show()) return;
    const target =
      dialog.kind === 'add'
        ? this.renderRoot.querySelector<HTMLElement>('#dialog-heading')
        : this.renderRoot.querySelector<HTMLElement>('dialog [data-autofocus]');
    target?.focus();
  }

  #closeDialog(): void {
    if (!this.dialogBusy) this.#modal.close();
  }

  async #onDialogClose(): Promise<void> {
    // Reopened before this (queued) event arrived: nothing to tidy.
    if (this.dialogElement?.open) return;
    this.#unmountCard();
    this.dialog = undefined;
    this.dialogError = undefined;
    this.cardMessage = undefined;
    this.dialogBusy = false;
    this.#modal.restoreFocus();
    const fallback = this.#focusAfterDialog;
    this.#focusAfterDialog = undefined;
    await this.updateComplete;
    // The opener went with the change (a removed or replaced card): focus what took its place.
    const active = deepActiveElement();
    const lost = !active || !this.renderRoot.contains(active) || this.dialogElement?.contains(active);
    if (fallback && lost) fallback()?.focus();
  }

  #renderDialog(): TemplateResult {
    const dialog = this.dialog;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="dialog-heading"
      @keydown=${this.#modal.onKeydown}
      @cancel=${this.#modal.onCancel}
      @close=${this.#onDialogClose}
    >
      ${
        dialog
          ? html`<div class="dialog__body">
              ${renderDialogContent(
                dialog,
                { busy: this.dialogBusy, failure: this.dialogError, cardMessage: this.cardMessage, help: this },
                {
                  onCancel: () => this.#closeDialog(),
                  onSubmitAdd: (event) => void this.#submitAdd(event),
                  onMakeDefaultChange: (makeDefault) => {
                    if (this.dialog?.kind === 'add') this.dialog = { ...this.dialog, makeDefault };
                  },
                  onConfirmRemove: (method) => void this.#confirmRemove(method),
                  onConfirmEmail: ({ contact, update, changed }) => void this.#confirmEmail(contact, update, changed),
                },
              )}
            </div>`
          : nothing
      }
    </dialog>`;
  }

  async #submitAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.dialog;
    const client = this.billingClient;
    const tokenizer = this.tokenizer;
    if (dialog?.kind !== 'add' || !client || !tokenizer || !this.#begin('add')) return;
    this.dialogBusy = true;
    this.dialogError = undefined;
    this.cardMessage = undefined;
    try {
      let result: CardTokenizeResult;
      try {
        result = await tokenizer.tokenize();
      } catch {
        result = { ok: false as const, message: msg('The card could not be checked. Try again.') };
      }
      if (!result.ok) {
        this.cardMessage = result.message ?? msg('Check the card details.');
        return;
      }
      const { replaces, makeDefault } = dialog;
      const method = await client.profile.addPaymentMethod({
        token: result.token,
        ...(makeDefault ? { makeDefault: true } : {}),
        ...(replaces ? { replaces: replaces.id } : {}),
      });
      await this.#reloading;
      this.dispatchEvent(new CcPaymentMethodAddedEvent(method, replaces));
      this.#announce(
        replaces
          ? msg(str`${methodLabel(method)} replaces ${methodLabel(replaces)}.`)
          : msg(str`${methodLabel(method)} added.`),
      );
      this.#focusAfterDialog = () =>
        this.renderRoot.querySelector<HTMLElement>(`[data-method="${CSS.escape(method.id)}"]`) ??
        this.#heading('methods');
      this.dialogBusy = false;
      this.#modal.close();
    } catch (error) {
      this.dialogError = failureOf(error, addMethodRefusal);
    } finally {
      this.#end('add');
      this.dialogBusy = false;
    }
  }

  async #confirmRemove(method: SavedPaymentMethod): Promise<void> {
    const client = this.billingClient;
    if (!client || !this.#begin('remove')) return;
    this.dialogBusy = true;
    this.dialogError = undefined;
    try {
      await client.profile.removePaymentMethod(method.id);
      await this.#reloading;
      this.dispatchEvent(new CcPaymentMethodRemovedEvent(method.id));
      this.#announce(msg(str`${methodLabel(method)} removed.`));
      this.#focusAfterDialog = () => this.#heading('methods');
      this.dialogBusy = false;
      this.#modal.close();
    } catch (error) {
      this.dialogError = failureOf(error, removeRefusal);
      if (error instanceof BillingApiError && (error.status === 404 || error.status === 409)) void this.#loader.run();
    } finally {
      this.#end('remove');
      this.dialogBusy = false;
    }
  }

  async #confirmEmail(
    contact: BillingContact,
    update: BillingContactUpdate,
    changed: readonly ContactChange[],
  ): Promise<void> {
    // Focus returns to the form's Save button, which shows the save under way.
    this.#modal.close();
    await this.#saveContact(contact, update, changed);
  }
}
