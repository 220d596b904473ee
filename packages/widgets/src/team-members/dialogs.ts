import { msg, str } from '../i18n/msg.js';
import {
  CONTACT_ROLES,
  ROLE_PERMISSIONS,
  type ContactRole,
  type Invitation,
  type TeamMember,
} from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { roleAbilities, roleLabel, roleSummary } from './messages.js';

/**
 * What the element's one modal dialog shows: the confirmation of a revoked invitation or a
 * removed member, or the choice of a member's new role.
 */
export type DialogState =
  | { readonly kind: 'revoke'; readonly invitation: Invitation }
  | { readonly kind: 'remove'; readonly member: TeamMember }
  | { readonly kind: 'role'; readonly member: TeamMember; readonly role: ContactRole };

export interface DialogView {
  /** A request is under way: the buttons say so and do nothing. */
  readonly busy: boolean;
  /** The alert of a refusal, rendered by the element (it holds the help area). */
  readonly failure: TemplateResult | typeof nothing;
  /** The API refused for good (409, 404): only Close is left. */
  readonly refused: boolean;
  readonly locale: string;
}

export interface DialogHandlers {
  readonly onCancel: () => void;
  readonly onConfirmRevoke: (invitation: Invitation) => void;
  readonly onConfirmRemove: (member: TeamMember) => void;
  readonly onRoleChoice: (role: ContactRole) => void;
  readonly onConfirmRole: (member: TeamMember, role: ContactRole) => void;
}

/** Whether a role change takes away the permissions of a billing contact (paying, the profile). */
export const removesBilling = (from: ContactRole, to: ContactRole): boolean =>
  ROLE_PERMISSIONS[from].includes('invoices:pay') && !ROLE_PERMISSIONS[to].includes('invoices:pay');

const heading = (text: string | TemplateResult) =>
  html`<h2 id="dialog-heading" part="dialog-heading" class="dialog__heading" tabindex="-1">${text}</h2>`;

/**
 * The dialog's content. The element focuses the `[data-autofocus]` control: the safe choice
 * of a confirmation, the current role of a role change.
 */
export function renderDialogContent(dialog: DialogState, view: DialogView, handlers: DialogHandlers): TemplateResult {
  switch (dialog.kind) {
    case 'revoke':
      return renderRevoke(dialog.invitation, view, handlers);
    case 'remove':
      return renderRemove(dialog.member, view, handlers);
    case 'role':
      return renderRole(dialog, view, handlers);
  }
}

function actions(
  { busy, refused }: DialogView,
  cancelLabel: string,
  confirm: { label: string; busyLabel: string; danger: boolean; inactive?: boolean; onClick?: () => void },
  onCancel: () => void,
): TemplateResult {
  const disabled = busy ? 'true' : 'false';
  return html`<div class="actions">
    <button
      type="button"
      part="cancel-button"
      class="button button--secondary"
      ?data-autofocus=${confirm.onClick !== undefined}
      aria-disabled=${disabled}
      @click=${() => !busy && onCancel()}
    >
      ${refused ? msg('Close') : cancelLabel}
    </button>
    ${
      refused
        ? nothing
        : html`<button
            type=${confirm.onClick ? 'button' : 'submit'}
            part="confirm-button"
            class="button ${confirm.danger ? 'button--danger-solid' : ''}"
            aria-disabled=${busy || confirm.inactive ? 'true' : 'false'}
            @click=${() => confirm.onClick?.()}
          >
            ${busy ? confirm.busyLabel : confirm.label}
          </button>`
    }
  </div>`;
}

function renderRevoke(invitation: Invitation, view: DialogView, { onCancel, onConfirmRevoke }: DialogHandlers) {
  return html`${heading(msg(html`Revoke the invitation to <bdi>${invitation.email}</bdi>?`))}
    <p>
      ${msg('The link in the invitation e-mail stops working at once. You can invite the same address again later.')}
    </p>
    ${view.failure}
    ${actions(
      view,
      msg('Keep it'),
      {
        label: msg('Revoke'),
        busyLabel: msg('Revoking…'),
        danger: true,
        onClick: () => onConfirmRevoke(invitation),
      },
      onCancel,
    )}`;
}

function renderRemove(member: TeamMember, view: DialogView, { onCancel, onConfirmRemove }: DialogHandlers) {
  return html`${heading(msg(html`Remove <bdi>${member.name}</bdi> from the team?`))}
    <p>
      ${msg(html`<bdi>${member.name}</bdi> can no longer sign in to the customer center of your organisation.`)}
      ${msg('Invoices, payments and orders are not affected.')}
    </p>
    ${view.failure}
    ${actions(
      view,
      msg('Cancel'),
      { label: msg('Remove'), busyLabel: msg('Removing…'), danger: true, onClick: () => onConfirmRemove(member) },
      onCancel,
    )}`;
}

function renderRole(
  { member, role }: Extract<DialogState, { kind: 'role' }>,
  view: DialogView,
  { onCancel, onRoleChoice, onConfirmRole }: DialogHandlers,
) {
  const losesBilling = removesBilling(member.role, role);
  const unchanged = role === member.role;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!view.busy && !unchanged) onConfirmRole(member, role);
  };
  return html`<form class="dialog__form" novalidate @submit=${onSubmit}>
    ${heading(msg(html`Change the role of <bdi>${member.name}</bdi>`))}
    <fieldset class="roles-choice">
      <legend class="label">${msg('Role')}</legend>
      ${CONTACT_ROLES.map(
        (option) =>
          html`<label class="role-option">
            <input
              type="radio"
              name="role"
              value=${option}
              .checked=${option === role}
              ?data-autofocus=${option === role}
              aria-describedby="role-${option}-description"
              @change=${() => onRoleChoice(option)}
            />
            <span class="role-option__text">
              <span class="role-option__name">
                ${roleLabel(option)}
                ${option === member.role ? html`<span class="muted">${msg('(current)')}</span>` : nothing}
              </span>
              <span id="role-${option}-description" class="role-option__description">
                ${roleSummary(option)} ${roleAbilities(option, view.locale)}
              </span>
            </span>
          </label>`,
      )}
    </fieldset>
    ${
      losesBilling
        ? html`<p part="role-warning" class="notice notice--warning">
            ${msg(
              html`<bdi>${member.name}</bdi> will no longer be a billing contact: they can no longer pay invoices or
                change the billing profile.`,
            )}
          </p>`
        : nothing
    }
    ${view.failure}
    ${actions(
      view,
      msg('Cancel'),
      unchanged
        ? { label: msg('Save role'), busyLabel: msg('Saving…'), danger: false, inactive: true }
        : losesBilling
          ? {
              label: msg(str`Change to ${roleLabel(role)} and remove billing access`),
              busyLabel: msg('Saving…'),
              danger: true,
            }
          : { label: msg(str`Change to ${roleLabel(role)}`), busyLabel: msg('Saving…'), danger: false },
      onCancel,
    )}
  </form>`;
}
