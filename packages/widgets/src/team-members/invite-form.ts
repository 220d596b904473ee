import { fieldsNeedAttention } from '../base/states.js';
import { msg } from '../i18n/msg.js';
import { CONTACT_ROLES, schemas, type ContactRole, type Invitation, type Team } from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { alreadyMemberMessage, duplicateInvitationMessage, roleAbilities, roleLabel, roleSummary } from './messages.js';

/** The invitation form: what a person typed, checked before anything is sent. */

export interface InviteDraft {
  readonly email: string;
  readonly role: ContactRole | '';
}

export interface InviteErrors {
  readonly email?: string;
  readonly role?: string;
  /** The pending invitation of the address typed: the form offers to resend it. */
  readonly duplicate?: Invitation;
}

export interface InviteView {
  readonly draft: InviteDraft;
  readonly errors: InviteErrors;
  /** The invitation is being sent. */
  readonly sending: boolean;
  /** The pending invitation offered for resending is being sent again. */
  readonly resending: boolean;
  /** The alert when sending failed for a reason other than the fields. */
  readonly failure: TemplateResult | typeof nothing;
}

export interface InviteHandlers {
  readonly onInput: (field: keyof InviteDraft, value: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onResendDuplicate: (invitation: Invitation) => void;
}

export const EMPTY_DRAFT: InviteDraft = { email: '', role: '' };

const MAX_EMAIL_LENGTH = 254;

const isRole = (value: string): value is ContactRole => (CONTACT_ROLES as readonly string[]).includes(value);

/** The draft's e-mail as it is sent: without surrounding spaces. */
export const emailOf = (draft: InviteDraft): string => draft.email.trim();

/**
 * The form's problems, in its order; none when the invitation can be sent. The team, when
 * loaded, catches an address that is already a member or has a pending invitation.
 */
export function validateInvite(draft: InviteDraft, team: Team | undefined): InviteErrors {
  const email = emailOf(draft);
  const address = email.toLowerCase();
  let errors: InviteErrors = {};
  if (email === '') errors = { email: msg('Enter the e-mail address of the person to invite.') };
  else if (email.length > MAX_EMAIL_LENGTH || !schemas.Email.safeParse(email).success)
    errors = { email: msg('Enter a valid e-mail address, like name@example.com.') };
  else if (team?.members.some((member) => member.email.toLowerCase() === address))
    errors = { email: alreadyMemberMessage(email) };
  else {
    const duplicate = team?.invitations.find(
      (invitation) => invitation.status === 'pending' && invitation.email.toLowerCase() === address,
    );
    if (duplicate) errors = { email: duplicateInvitationMessage(email), duplicate };
  }
  if (!isRole(draft.role)) errors = { ...errors, role: msg('Choose a role for the person you invite.') };
  return errors;
}

export const hasErrors = (errors: InviteErrors): boolean => errors.email !== undefined || errors.role !== undefined;

export function renderInviteForm(view: InviteView, locale: string, handlers: InviteHandlers): TemplateResult {
  const { draft, errors, sending, resending, failure } = view;
  const busy = sending || resending;
  const role = isRole(draft.role) ? draft.role : undefined;
  const describedBy = (field: 'email' | 'role', hint?: string) =>
    [errors[field] ? `invite-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
  const duplicate = errors.duplicate;
  return html`<form
    part="invite-form"
    class="invite"
    novalidate
    aria-labelledby="invite-heading"
    @submit=${handlers.onSubmit}
  >
    <h2 id="invite-heading" part="section-heading" class="section__heading" tabindex="-1">${msg('Invite someone')}</h2>
    <p class="hint">${msg('They receive an e-mail with a link to join. The invitation is valid for 14 days.')}</p>
    <div class="invite__fields">
      <div class="field field--email">
        <label class="label" for="invite-email">${msg('E-mail address')}</label>
        <input
          id="invite-email"
          part="invite-email"
          class="input"
          name="email"
          type="email"
          inputmode="email"
          autocomplete="off"
          spellcheck="false"
          dir="ltr"
          maxlength=${MAX_EMAIL_LENGTH + 20}
          aria-invalid=${errors.email ? 'true' : 'false'}
          aria-describedby=${describedBy('email')}
          ?readonly=${busy}
          .value=${live(draft.email)}
          @input=${(event: InputEvent) => handlers.onInput('email', (event.target as HTMLInputElement).value)}
        />
        ${
          errors.email
            ? html`<p id="invite-email-error" part="field-error" class="field-error">${errors.email}</p>`
            : nothing
        }
        ${
          duplicate
            ? html`<div class="field-action">
                <button
                  type="button"
                  part="resend-duplicate-button"
                  class="button button--small"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => handlers.onResendDuplicate(duplicate)}
                >
                  ${
                    resending
                      ? msg('Resending…')
                      : html`${msg('Resend the invitation')}<span class="cc-visually-hidden">
                            <bdi>${duplicate.email}</bdi></span
                          >`
                  }
                </button>
              </div>`
            : nothing
        }
      </div>
      <div class="field field--role">
        <label class="label" for="invite-role">${msg('Role')}</label>
        <select
          id="invite-role"
          part="invite-role"
          class="input"
          name="role"
          aria-invalid=${errors.role ? 'true' : 'false'}
          aria-describedby=${describedBy('role', role ? 'invite-role-hint' : undefined)}
          ?disabled=${busy}
          @change=${(event: Event) => handlers.onInput('role', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!role}>${msg('Choose a role')}</option>
          ${CONTACT_ROLES.map(
            (option) => html`<option value=${option} ?selected=${option === role}>${roleLabel(option)}</option>`,
          )}
        </select>
        ${
          role
            ? html`<p id="invite-role-hint" class="hint">${roleSummary(role)} ${roleAbilities(role, locale)}</p>`
            : nothing
        }
        ${
          errors.role
            ? html`<p id="invite-role-error" part="field-error" class="field-error">${errors.role}</p>`
            : nothing
        }
      </div>
    </div>
    ${failure}
    <div class="actions actions--start">
      <button part="invite-button" type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
        ${sending ? msg('Sending…') : msg('Send invitation')}
      </button>
    </div>
  </form>`;
}

/** What the live region says about a form with problems. */
export function problemsAnnouncement(errors: InviteErrors, locale: string): string {
  const count = (errors.email ? 1 : 0) + (errors.role ? 1 : 0);
  return fieldsNeedAttention(count, locale);
}
