import { msg, str } from '../i18n/msg.js';
import type { BillingContact, BillingContactUpdate, SavedPaymentMethod } from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { HelpHost } from '../base/help.js';
import type { ContactChange } from './contact-form.js';
import { methodLabel, renderFailure, type Failure } from './messages.js';

/**
 * What the profile's one modal dialog shows: the card form to add a card (or replace an
 * expired one), the confirmation of a removal, or the confirmation of a new invoice address.
 */
export type DialogState =
  | { readonly kind: 'add'; readonly replaces: SavedPaymentMethod | undefined; readonly makeDefault: boolean }
  | { readonly kind: 'remove'; readonly method: SavedPaymentMethod; readonly next: SavedPaymentMethod | undefined }
  | {
      readonly kind: 'confirm-email';
      readonly contact: BillingContact;
      readonly update: BillingContactUpdate;
      readonly changed: readonly ContactChange[];
    };

export interface DialogView {
  /** A request is under way: the buttons say so and do nothing. */
  readonly busy: boolean;
  readonly failure: Failure | undefined;
  /** The tokenizer's answer when it could not make a token. */
  readonly cardMessage: string | undefined;
  /** The element whose help area a failure shows. */
  readonly help: HelpHost;
}

export interface DialogHandlers {
  readonly onCancel: () => void;
  readonly onSubmitAdd: (event: SubmitEvent) => void;
  readonly onMakeDefaultChange: (makeDefault: boolean) => void;
  readonly onConfirmRemove: (method: SavedPaymentMethod) => void;
  readonly onConfirmEmail: (dialog: Extract<DialogState, { kind: 'confirm-email' }>) => void;
}

const heading = (text: string) =>
  html`<h2 id="dialog-heading" part="dialog-heading" class="dialog__heading" tabindex="-1">${text}</h2>`;

/**
 * The dialog's content. The element focuses `#dialog-heading` for the card form and the
 * `[data-autofocus]` button (the safe choice) for a confirmation.
 */
export function renderDialogContent(dialog: DialogState, view: DialogView, handlers: DialogHandlers): TemplateResult {
  switch (dialog.kind) {
    case 'add':
      return renderAdd(dialog, view, handlers);
    case 'remove':
      return renderRemove(dialog, view, handlers);
    case 'confirm-email':
      return renderConfirmEmail(dialog, handlers);
  }
}

function renderAdd(
  { replaces, makeDefault }: Extract<DialogState, { kind: 'add' }>,
  { busy, failure, cardMessage, help }: DialogView,
  { onCancel, onSubmitAdd, onMakeDefaultChange }: DialogHandlers,
): TemplateResult {
  const old = replaces ? methodLabel(replaces) : '';
  const disabled = busy ? 'true' : 'false';
  return html`<form class="dialog__form" novalidate @submit=${onSubmitAdd}>
    ${heading(replaces ? msg(str`Replace ${old}`) : msg('Add a card'))}
    ${
      replaces
        ? html`<ol class="steps">
            <li>${msg('Enter the new card below.')}</li>
            <li>${msg(str`Save: the new card is saved and ${old} is removed.`)}</li>
            ${replaces.isDefault ? html`<li>${msg('The new card becomes your default payment method.')}</li>` : nothing}
          </ol>`
        : html`<p class="hint">${msg('The card is checked by the payment provider; its number never reaches us.')}</p>`
    }
    <div part="card-form" class="card-form"></div>
    <slot name="card-field"></slot>
    ${cardMessage ? html`<p class="field-error" role="alert">${cardMessage}</p>` : nothing}
    ${
      // Replacing the default card makes the new one the default: nothing to choose.
      replaces?.isDefault
        ? nothing
        : html`<label class="checkbox">
            <input
              type="checkbox"
              .checked=${makeDefault}
              ?disabled=${busy}
              @change=${(event: Event) => onMakeDefaultChange((event.target as HTMLInputElement).checked)}
            />
            ${msg('Make it the default payment method')}
          </label>`
    }
    ${renderFailure(failure, 'dialog-error', help)}
    <div class="actions">
      <button type="button" class="button button--secondary" aria-disabled=${disabled} @click=${onCancel}>
        ${msg('Cancel')}
      </button>
      <button type="submit" class="button" aria-disabled=${disabled}>
        ${busy ? msg('Saving…') : replaces ? msg('Save and replace') : msg('Save card')}
      </button>
    </div>
  </form>`;
}

function renderRemove(
  { method, next }: Extract<DialogState, { kind: 'remove' }>,
  { busy, failure, help }: DialogView,
  { onCancel, onConfirmRemove }: DialogHandlers,
): TemplateResult {
  const disabled = busy ? 'true' : 'false';
  return html`${heading(msg(str`Remove ${methodLabel(method)}?`))}
    <p>
      ${
        method.isDefault && next
          ? msg(str`It is your default payment method: ${methodLabel(next)} becomes the default.`)
          : msg('It will no longer be offered when you pay.')
      }
      ${msg('Payments already made are not affected.')}
    </p>
    ${renderFailure(failure, 'dialog-error', help)}
    <div class="actions">
      <button
        type="button"
        class="button button--secondary"
        data-autofocus
        aria-disabled=${disabled}
        @click=${onCancel}
      >
        ${msg('Keep it')}
      </button>
      <button
        type="button"
        class="button button--danger-solid"
        aria-disabled=${disabled}
        @click=${() => onConfirmRemove(method)}
      >
        ${busy ? msg('Removing…') : msg('Remove')}
      </button>
    </div>`;
}

function renderConfirmEmail(
  dialog: Extract<DialogState, { kind: 'confirm-email' }>,
  { onCancel, onConfirmEmail }: DialogHandlers,
): TemplateResult {
  const { contact, update } = dialog;
  const to = update.email ?? contact.email;
  return html`${heading(msg('Send invoices to a new address?'))}
    <p>
      ${msg(
        str`Invoices are e-mailed to the primary billing contact. From now on they will go to ${to} instead of ${contact.email}.`,
      )}
    </p>
    <div class="actions">
      <button type="button" class="button button--secondary" data-autofocus @click=${onCancel}>
        ${msg('Go back')}
      </button>
      <button type="button" class="button" @click=${() => onConfirmEmail(dialog)}>
        ${msg('Yes, send invoices there')}
      </button>
    </div>`;
}
