import { msg, str } from '../i18n/msg.js';
import {
  BillingApiError,
  BillingPermissionError,
  CONTACT_ROLES,
  daysBetween,
  formatDate,
  formatRelativeDays,
  todayIsoDate,
  type Account,
  type BillingClient,
  type CacheTag,
  type ContactRole,
  type Invitation,
  type Team,
  type TeamMember,
} from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CcElement } from '../base/cc-element.js';
import { deepActiveElement } from '../base/focus.js';
import { Loader } from '../base/loader.js';
import { ModalDialog } from '../base/modal-dialog.js';
import { emptyState, errorState, loadingState } from '../base/states.js';
import { CcHelpRequestEvent } from '../events/help-request.js';
import { CcInvitationResentEvent } from '../events/invitation-resent.js';
import { CcInvitationRevokedEvent } from '../events/invitation-revoked.js';
import { CcMemberInvitedEvent } from '../events/member-invited.js';
import { CcMemberRemovedEvent } from '../events/member-removed.js';
import { CcMemberRoleChangedEvent } from '../events/member-role-changed.js';
import { removesBilling, renderDialogContent, type DialogState } from './dialogs.js';
import {
  EMPTY_DRAFT,
  emailOf,
  hasErrors,
  problemsAnnouncement,
  renderInviteForm,
  validateInvite,
  type InviteDraft,
  type InviteErrors,
} from './invite-form.js';
import {
  alreadyMemberMessage,
  duplicateInvitationMessage,
  failureOf,
  isStaleRefusal,
  managingRoles,
  refusalMessage,
  renderFailure,
  roleAbilities,
  roleLabel,
  roleSummary,
  type Failure,
} from './messages.js';
import { styles } from './team-members.styles.js';

interface Loaded {
  readonly account: Account;
  /** Null when the signed-in role may not see the team. */
  readonly team: Team | null;
}

/**
 * Where a failed action's alert is shown: one at a time, next to what was pressed; above the
 * sections when the page changed with the refusal (a role that may no longer manage the team).
 */
type FailurePlace = 'top' | 'invite' | 'invitations' | 'dialog';

/** Where the refusal of an action started at `place` is shown. */
const placeOf = (error: unknown, place: FailurePlace): FailurePlace =>
  error instanceof BillingPermissionError && place !== 'dialog' ? 'top' : place;

/** Pending invitations first, then expired ones; otherwise in the API's order. */
const byStatus = (invitations: readonly Invitation[]): Invitation[] =>
  [...invitations].sort((a, b) => Number(a.status === 'expired') - Number(b.status === 'expired'));

/** The calendar day (UTC) of an instant the API sent, for `formatDate`. */
const dayOf = (instant: string): string => instant.slice(0, 10);

/**
 * @summary The organisation's team: who can use the customer center with which contact role,
 * pending invitations, and, for those allowed to manage the team, inviting people, resending
 * or revoking invitations, changing roles and removing members.
 *
 * Each role (billing: the finance contact; technical: the sales and technical contact;
 * executive) is explained in words: what it may do. An invitation is sent to an e-mail
 * address with a role; the address is checked first, with a localized message, and an
 * address that is already a member or already invited is refused with the reason (and the
 * pending invitation offered for resending). Revoking, removing and a role change that takes
 * away billing access ask for confirmation in a modal dialog. The signed-in person is marked
 * "(you)" and cannot change their own role or remove themselves; the team's last billing
 * contact cannot lose that role or be removed. A role that may view but not manage the team
 * (technical) sees it read-only, with the reason. Every refusal of the API is explained,
 * with the request id for support; nothing is sent twice. Focus returns to the opener when a
 * dialog closes and moves to the new invitation after inviting; what happened is announced.
 * The element reloads when the team changes through its client.
 *
 * @tag cc-team-members
 *
 * @slot help - Your own help content (a link to your support page, say), shown next to an error or a refusal.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart section - Each section (also `members`, `invitations`, `invite` or `roles`).
 * @csspart section-heading - Each section's heading.
 * @csspart read-only-notice - Why the signed-in role cannot change the team.
 * @csspart no-access - The message shown to a role that may not see the team.
 * @csspart member - Each member.
 * @csspart you-badge - The "(you)" marker of the signed-in person.
 * @csspart role-badge - Each member's and invitation's role.
 * @csspart member-hint - Why a member offers no actions (yourself, the last billing contact).
 * @csspart role-button - Each member's "Change role" button.
 * @csspart remove-button - Each member's Remove button.
 * @csspart invitation - Each invitation.
 * @csspart invitation-status - Each invitation's status badge (pending or expired).
 * @csspart resend-button - Each invitation's Resend button.
 * @csspart revoke-button - Each invitation's Revoke button.
 * @csspart invite-form - The invitation form.
 * @csspart invite-email - The e-mail field of the invitation form.
 * @csspart invite-role - The role field of the invitation form.
 * @csspart invite-button - The form's "Send invitation" button.
 * @csspart resend-duplicate-button - The form's "Resend the invitation" offered for an address already invited.
 * @csspart field-error - The validation message under a field.
 * @csspart roles - The list explaining what each role may do.
 * @csspart failure - The alert of a failed action (in the form, a section or the dialog), with its reference for support.
 * @csspart dialog - The `<dialog>` (confirm a revocation or removal, change a role).
 * @csspart dialog-heading - The dialog's heading.
 * @csspart role-warning - The dialog's warning that a role change takes away billing access.
 * @csspart cancel-button - The dialog's Cancel (or Close) button.
 * @csspart confirm-button - The dialog's confirming button (Revoke, Remove, Change to…).
 * @csspart status - The live region announcing what happened.
 * @csspart loading - The loading skeleton.
 * @csspart empty - An empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart help - The help area of an error or a refusal: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 *
 * @cssproperty [--cc-team-members-section-border=1px solid var(--cc-color-border)] - Border of sections and rows.
 * @cssproperty [--cc-team-members-section-padding=calc(var(--cc-space) * 2)] - Padding inside sections and the dialog.
 * @cssproperty [--cc-team-members-error-color=var(--cc-color-danger)] - Validation messages, alerts, the expired badge and dangerous buttons.
 * @cssproperty [--cc-team-members-input-background=var(--cc-color-surface)] - Background of the form's fields.
 * @cssproperty [--cc-team-members-dialog-background=var(--cc-color-surface)] - The dialog's background.
 * @cssproperty [--cc-team-members-dialog-max-inline-size=32rem] - The dialog's largest width.
 * @cssproperty [--cc-team-members-backdrop=rgb(0 0 0 / 0.45)] - The modal backdrop.
 *
 * @event {CcMemberInvitedEvent} cc-member-invited - An invitation was sent (`detail: { invitation }`).
 * @event {CcInvitationResentEvent} cc-invitation-resent - An invitation was sent again (`detail: { invitation }`, with its new dates).
 * @event {CcInvitationRevokedEvent} cc-invitation-revoked - An invitation was revoked (`detail: { invitationId }`).
 * @event {CcMemberRoleChangedEvent} cc-member-role-changed - A member's role changed (`detail: { member, previousRole }`, `member.role` being the new one).
 * @event {CcMemberRemovedEvent} cc-member-removed - A member was removed from the team (`detail: { memberId }`).
 * @event {CcHelpRequestEvent} cc-help-request - "Get help" was pressed (with the `help` attribute) in an error or next to a refusal (`detail: { topic: 'team', message?, requestId? }`); pressed in the dialog, it also closes the dialog so that your support chat can be used.
 */
export class CcTeamMembers extends CcElement {
  static override styles = styles;

  @state() private draft: InviteDraft = EMPTY_DRAFT;
  @state() private inviteErrors: InviteErrors = {};
  @state() private failure?: { readonly place: FailurePlace; readonly failure: Failure };
  @state() private dialog?: DialogState;
  @state() private dialogBusy = false;
  @state() private dialogRefused = false;
  @state() private announcement = '';
  /** Actions under way: `invite`, `resend:<id>`, `dialog`. */
  @state() private busy: ReadonlySet<string> = new Set();

  @query('dialog') private dialogElement?: HTMLDialogElement | null;

  protected override watchedTags: readonly CacheTag[] = ['team', 'account'];

  readonly #modal = new ModalDialog(
    () => this.dialogElement,
    () => this.dialogBusy,
  );
  /** The reload started by the last change through the client; focus moves once it is done. */
  #reloading: Promise<void> = Promise.resolve();
  /** Set synchronously when a write starts, so a second press does nothing. */
  readonly #inFlight = new Set<string>();
  /** Where focus goes when the dialog closes and its opener is gone. */
  #focusAfterDialog?: () => HTMLElement | null | undefined;

  readonly #loader = new Loader(
    this,
    async ([client], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const [account, team] = await Promise.all([
        client.account.retrieve({ signal }),
        client.team.retrieve({ signal }).catch((error: unknown) => {
          // A role without `team:view` is told so; it is not an error to retry.
          if (error instanceof BillingPermissionError) return null;
          throw error;
        }),
      ]);
      return { account, team };
    },
    () => [this.billingClient as BillingClient | undefined] as const,
  );

  constructor() {
    super();
    // "Get help" sends its event from this element. The host's support chat or form cannot be
    // used behind a modal dialog: the dialog makes way for it (before the host hears the event).
    this.addEventListener(CcHelpRequestEvent.eventName, () => this.#closeDialog());
  }

  /** Loads the members and invitations again, e.g. after the team changed outside this page. */
  reload(): Promise<void> {
    this.#reloading = this.#loader.run();
    return this.#reloading;
  }

  protected override billingDataChanged(_tags: ReadonlySet<CacheTag>): void {
    this.#reloading = this.#loader.run();
  }

  /** The team as last loaded, if any. */
  get #team(): Team | undefined {
    return this.#loader.value?.team ?? undefined;
  }

  override render() {
    return html`<div part="base" class="team">
        ${this.#loader.render({
          initial: () => loadingState(5, msg('Loading the team…')),
          pending: () =>
            this.#loader.value
              ? this.#renderLoaded(this.#loader.value, true)
              : loadingState(5, msg('Loading the team…')),
          error: (error) => errorState(error, () => void this.reload(), { host: this, topic: 'team' }),
          complete: (loaded) =>
            loaded ? this.#renderLoaded(loaded, false) : emptyState(msg('Connect a billing API to see the team.')),
        })}
        <p part="status" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.#renderDialog()}`;
  }

  #renderLoaded({ account, team }: Loaded, pending: boolean): TemplateResult {
    const locale = this.activeLocale;
    if (!team) {
      return html`<div part="no-access" class="no-access" role="status">
        <p class="no-access__title">${msg('Your role cannot see the team.')}</p>
        <p>
          ${msg(
            str`Your role: ${roleLabel(account.user.role)}. Ask a person with the ${managingRoles(locale)} role who is on your team.`,
          )}
        </p>
      </div>`;
    }
    const manage = account.user.permissions.includes('team:manage');
    return html`${
        manage
          ? nothing
          : html`<p part="read-only-notice" class="notice notice--info" role="note">
              ${msg(
                str`You can see the team, but your role (${roleLabel(account.user.role)}) cannot change it. To invite someone, change a role or remove a member, ask a person with the ${managingRoles(locale)} role.`,
              )}
            </p>`
      }
      ${this.#renderFailureAt('top')}
      <div class="sections" aria-busy=${pending ? 'true' : 'false'}>
        ${this.#renderMembers(team, manage)} ${this.#renderInvitations(team, manage)}
        ${manage ? this.#renderInvite(team) : nothing} ${this.#renderRoles()}
      </div>`;
  }

  #section(name: string, heading: string, content: TemplateResult, count?: number): TemplateResult {
    return html`<section part="section ${name}" class="section section--${name}" aria-labelledby="${name}-heading">
      <h2 id="${name}-heading" part="section-heading" class="section__heading" tabindex="-1">
        ${heading}
        ${
          count === undefined
            ? nothing
            : html`<span class="count">${new Intl.NumberFormat(this.activeLocale).format(count)}</span>`
        }
      </h2>
      ${content}
    </section>`;
  }

  #renderFailureAt(place: FailurePlace): TemplateResult | typeof nothing {
    return this.failure?.place === place ? renderFailure(this.failure.failure, 'failure', this) : nothing;
  }

  // ── Members ───────────────────────────────────────────────────────────────────

  #renderMembers(team: Team, manage: boolean): TemplateResult {
    const billingCount = team.members.filter((member) => member.role === 'billing').length;
    return this.#section(
      'members',
      msg('Members'),
      html`${
        team.members.length === 0
          ? emptyState(msg('No one is on the team yet.'))
          : html`<ul class="rows" role="list">
              ${repeat(
                team.members,
                (member) => member.id,
                (member) => this.#renderMember(member, manage, billingCount),
              )}
            </ul>`
      }`,
      team.members.length,
    );
  }

  #renderMember(member: TeamMember, manage: boolean, billingCount: number): TemplateResult {
    const lastBilling = member.role === 'billing' && billingCount === 1;
    const hidden = html`<span class="cc-visually-hidden"> <bdi>${member.name}</bdi></span>`;
    const hint = member.isCurrentUser
      ? msg('This is you: ask another person who manages the team to change your role or remove you.')
      : lastBilling
        ? msg(
            'The team’s only billing contact: make someone else a billing contact before changing this role or removing them.',
          )
        : undefined;
    return html`<li part="member" class="row" data-member=${member.id} tabindex="-1">
      <div class="row__main">
        <p class="row__title">
          <bdi>${member.name}</bdi>
          ${member.isCurrentUser ? html`<span part="you-badge" class="you">${msg('(you)')}</span>` : nothing}
        </p>
        <p class="row__meta"><bdi>${member.email}</bdi></p>
        <p class="row__meta">
          ${msg(html`Joined <bdi>${formatDate(dayOf(member.joinedAt), this.activeLocale)}</bdi>`)}
        </p>
      </div>
      <div class="row__side">
        <span part="role-badge" class="badge badge--${member.role}">${roleLabel(member.role)}</span>
        ${
          manage && !hint
            ? html`<div class="row__actions">
                <button
                  part="role-button"
                  class="button button--small"
                  type="button"
                  data-action="role"
                  @click=${() => void this.#openDialog({ kind: 'role', member, role: member.role })}
                >
                  ${msg('Change role')}${hidden}
                </button>
                <button
                  part="remove-button"
                  class="button button--small button--danger"
                  type="button"
                  data-action="remove"
                  @click=${() => void this.#openDialog({ kind: 'remove', member })}
                >
                  ${msg('Remove')}${hidden}
                </button>
              </div>`
            : nothing
        }
      </div>
      ${manage && hint ? html`<p part="member-hint" class="row__hint hint">${hint}</p>` : nothing}
    </li>`;
  }

  // ── Invitations ───────────────────────────────────────────────────────────────

  #renderInvitations(team: Team, manage: boolean): TemplateResult {
    const invitations = byStatus(team.invitations);
    return this.#section(
      'invitations',
      msg('Invitations'),
      html`${
        invitations.length === 0
          ? emptyState(msg('No invitations are waiting for an answer.'))
          : html`<ul class="rows" role="list">
              ${repeat(
                invitations,
                (invitation) => invitation.id,
                (invitation) => this.#renderInvitation(invitation, manage),
              )}
            </ul>`
      }
      ${this.#renderFailureAt('invitations')}`,
      invitations.length,
    );
  }

  #renderInvitation(invitation: Invitation, manage: boolean): TemplateResult {
    const locale = this.activeLocale;
    const expired = invitation.status === 'expired';
    const expiresOn = formatDate(dayOf(invitation.expiresAt), locale);
    const days = daysBetween(todayIsoDate(), dayOf(invitation.expiresAt));
    const resending = this.busy.has(`resend:${invitation.id}`);
    const hidden = html`<span class="cc-visually-hidden"> <bdi>${invitation.email}</bdi></span>`;
    return html`<li
      part="invitation"
      class="row ${expired ? 'row--expired' : ''}"
      data-invitation=${invitation.id}
      tabindex="-1"
    >
      <div class="row__main">
        <p class="row__title"><bdi>${invitation.email}</bdi></p>
        <p class="row__meta">
          ${msg(html`Sent <bdi>${formatDate(dayOf(invitation.invitedAt), locale)}</bdi>`)} ·
          ${
            expired
              ? msg(html`Expired <bdi>${expiresOn}</bdi>`)
              : msg(html`Expires <bdi>${expiresOn}</bdi> (<bdi>${formatRelativeDays(days, locale)}</bdi>)`)
          }
        </p>
      </div>
      <div class="row__side">
        <span part="role-badge" class="badge badge--${invitation.role}">${roleLabel(invitation.role)}</span>
        <span part="invitation-status" class="badge ${expired ? 'badge--expired' : 'badge--pending'}">
          ${expired ? msg('Expired') : msg('Pending')}
        </span>
        ${
          manage
            ? html`<div class="row__actions">
                <button
                  part="resend-button"
                  class="button button--small"
                  type="button"
                  data-action="resend"
                  aria-disabled=${resending ? 'true' : 'false'}
                  @click=${() => void this.#resend(invitation, 'invitations')}
                >
                  ${resending ? msg('Resending…') : msg('Resend')}${hidden}
                </button>
                <button
                  part="revoke-button"
                  class="button button--small button--danger"
                  type="button"
                  data-action="revoke"
                  @click=${() => void this.#openDialog({ kind: 'revoke', invitation })}
                >
                  ${msg('Revoke')}${hidden}
                </button>
              </div>`
            : nothing
        }
      </div>
    </li>`;
  }

  async #resend(invitation: Invitation, place: 'invitations' | 'invite'): Promise<void> {
    const client = this.billingClient;
    const key = `resend:${invitation.id}`;
    if (!client || !this.#begin(key)) return;
    this.failure = undefined;
    try {
      const resent = await client.team.resendInvitation(invitation.id);
      await this.#reloading;
      this.dispatchEvent(new CcInvitationResentEvent(resent));
      this.#announce(
        msg(
          str`Invitation sent again to ${resent.email}. It expires ${formatDate(dayOf(resent.expiresAt), this.activeLocale)}.`,
        ),
      );
      this.#end(key);
      if (place === 'invite') {
        // The offer in the form is done with: the form starts over, focus goes to the invitation.
        this.draft = EMPTY_DRAFT;
        this.inviteErrors = {};
        await this.updateComplete;
        this.#invitationRow(resent.id)?.focus();
      }
    } catch (error) {
      this.#end(key);
      this.failure = { place: placeOf(error, place), failure: failureOf(error, refusalMessage) };
      if (isStaleRefusal(error)) await this.#refresh();
    }
  }

  // ── Inviting ──────────────────────────────────────────────────────────────────

  #renderInvite(team: Team): TemplateResult {
    const duplicate = this.inviteErrors.duplicate;
    return html`<section part="section invite" class="section section--invite">
      ${renderInviteForm(
        {
          draft: this.draft,
          errors: this.inviteErrors,
          sending: this.busy.has('invite'),
          resending: duplicate !== undefined && this.busy.has(`resend:${duplicate.id}`),
          failure: this.#renderFailureAt('invite'),
        },
        this.activeLocale,
        {
          onInput: (field, value) => this.#onInviteInput(field, value),
          onSubmit: (event) => void this.#submitInvite(event, team),
          onResendDuplicate: (invitation) => void this.#resend(invitation, 'invite'),
        },
      )}
    </section>`;
  }

  #onInviteInput(field: keyof InviteDraft, value: string): void {
    if (this.busy.has('invite')) return;
    this.draft = { ...this.draft, [field]: value };
    const { [field]: _cleared, ...errors } = this.inviteErrors;
    // The resend offer belongs to the address it was made for.
    this.inviteErrors = field === 'email' ? { ...errors, duplicate: undefined } : errors;
    if (this.failure?.place === 'invite') this.failure = undefined;
  }

  async #submitInvite(event: SubmitEvent, team: Team): Promise<void> {
    event.preventDefault();
    const client = this.billingClient;
    if (!client || this.#inFlight.has('invite')) return;
    const errors = validateInvite(this.draft, this.#team ?? team);
    if (hasErrors(errors)) {
      this.inviteErrors = errors;
      this.failure = undefined;
      this.#announce(problemsAnnouncement(errors, this.activeLocale));
      await this.#focusFirstInvalid(errors);
      return;
    }
    const email = emailOf(this.draft);
    const role = this.draft.role as ContactRole;
    if (!this.#begin('invite')) return;
    this.failure = undefined;
    this.inviteErrors = {};
    try {
      const invitation = await client.team.invite({ email, role });
      await this.#reloading;
      this.dispatchEvent(new CcMemberInvitedEvent(invitation));
      this.#announce(msg(str`Invitation sent to ${invitation.email} as ${roleLabel(invitation.role)}.`));
      this.draft = EMPTY_DRAFT;
      this.#end('invite');
      await this.updateComplete;
      this.#invitationRow(invitation.id)?.focus();
    } catch (error) {
      this.#end('invite');
      await this.#inviteRefused(error, email);
    }
  }

  /** The API refused an invitation: an address already on the team goes on the field, the rest in the form's alert. */
  async #inviteRefused(error: unknown, email: string): Promise<void> {
    const code = error instanceof BillingApiError ? error.code : undefined;
    if (code === 'already_member' || code === 'invitation_duplicate') {
      // The page did not know: read the team again, then offer the invitation to resend.
      await this.#refresh();
      const address = email.toLowerCase();
      const duplicate =
        code === 'invitation_duplicate'
          ? this.#team?.invitations.find((invitation) => invitation.email.toLowerCase() === address)
          : undefined;
      this.inviteErrors =
        code === 'already_member'
          ? { email: alreadyMemberMessage(email) }
          : { email: duplicateInvitationMessage(email), ...(duplicate ? { duplicate } : {}) };
      this.#announce(this.inviteErrors.email ?? '');
      await this.#focusFirstInvalid(this.inviteErrors);
      return;
    }
    this.failure = { place: placeOf(error, 'invite'), failure: failureOf(error, refusalMessage) };
    if (error instanceof BillingApiError && error.fieldErrors.some((problem) => problem.field?.includes('email'))) {
      this.inviteErrors = { email: msg('Enter a valid e-mail address, like name@example.com.') };
      await this.#focusFirstInvalid(this.inviteErrors);
    }
    if (isStaleRefusal(error)) await this.#refresh();
  }

  async #focusFirstInvalid(errors: InviteErrors): Promise<void> {
    await this.updateComplete;
    const id = errors.email ? 'invite-email' : errors.role ? 'invite-role' : undefined;
    if (id) this.shadowRoot?.getElementById(id)?.focus();
  }

  // ── Roles ─────────────────────────────────────────────────────────────────────

  #renderRoles(): TemplateResult {
    const locale = this.activeLocale;
    return this.#section(
      'roles',
      msg('What each role may do'),
      html`<dl part="roles" class="roles">
        ${CONTACT_ROLES.map(
          (role) =>
            html`<div class="roles__item">
              <dt><span class="badge badge--${role}">${roleLabel(role)}</span></dt>
              <dd>${roleSummary(role)} ${roleAbilities(role, locale)}</dd>
            </div>`,
        )}
      </dl>`,
    );
  }

  // ── Dialog: confirm a revocation or removal, change a role ────────────────────

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
                {
                  busy: this.dialogBusy,
                  refused: this.dialogRefused,
                  failure: this.#renderFailureAt('dialog'),
                  locale: this.activeLocale,
                },
                {
                  onCancel: () => this.#closeDialog(),
                  onConfirmRevoke: (invitation) => void this.#confirmRevoke(invitation),
                  onConfirmRemove: (member) => void this.#confirmRemove(member),
                  onRoleChoice: (role) => {
                    if (this.dialog?.kind === 'role' && !this.dialogBusy && !this.dialogRefused) {
                      this.dialog = { ...this.dialog, role };
                    }
                  },
                  onConfirmRole: (member, role) => void this.#confirmRole(member, role),
                },
              )}
            </div>`
          : nothing
      }
    </dialog>`;
  }

  async #openDialog(dialog: DialogState): Promise<void> {
    if (this.#modal.open) return;
    this.dialog = dialog;
    this.dialogBusy = false;
    this.dialogRefused = false;
    this.failure = undefined;
    await this.updateComplete;
    if (!this.#modal.show()) return;
    this.renderRoot.querySelector<HTMLElement>('dialog [data-autofocus]')?.focus();
  }

  #closeDialog(): void {
    if (!this.dialogBusy) this.#modal.close();
  }

  async #onDialogClose(): Promise<void> {
    // Reopened before this (queued) event arrived: nothing to tidy.
    if (this.dialogElement?.open) return;
    this.dialog = undefined;
    this.dialogBusy = false;
    this.dialogRefused = false;
    if (this.failure?.place === 'dialog') this.failure = undefined;
    this.#modal.restoreFocus();
    const fallback = this.#focusAfterDialog;
    this.#focusAfterDialog = undefined;
    await this.updateComplete;
    // The opener went with the change (a removed member, a revoked invitation): focus what took its place.
    const active = deepActiveElement();
    const lost = !active || !this.renderRoot.contains(active) || this.dialogElement?.contains(active);
    if (lost) (fallback?.() ?? this.#byId('members-heading'))?.focus();
  }

  /** Runs a dialog's request: busy while it runs, closed when done, the refusal shown in it otherwise. */
  async #inDialog(run: (client: BillingClient) => Promise<() => HTMLElement | null | undefined>): Promise<void> {
    const client = this.billingClient;
    if (!client || this.dialogRefused || !this.#begin('dialog')) return;
    this.dialogBusy = true;
    this.failure = undefined;
    try {
      this.#focusAfterDialog = await run(client);
      this.dialogBusy = false;
      this.#modal.close();
    } catch (error) {
      this.failure = { place: 'dialog', failure: failureOf(error, refusalMessage) };
      // A refusal the page could not foresee (409, 404, 403) stands: only Close is left, and the list is read again.
      if (isStaleRefusal(error)) {
        this.dialogRefused = true;
        void this.#refresh();
      }
      await this.updateComplete;
      this.dialogElement?.querySelector<HTMLElement>('[part="cancel-button"]')?.focus();
    } finally {
      this.#end('dialog');
      this.dialogBusy = false;
    }
  }

  #confirmRevoke(invitation: Invitation): Promise<void> {
    return this.#inDialog(async (client) => {
      await client.team.revokeInvitation(invitation.id);
      await this.#reloading;
      this.dispatchEvent(new CcInvitationRevokedEvent(invitation.id));
      this.#announce(msg(str`Invitation to ${invitation.email} revoked.`));
      return () => this.#byId('invitations-heading');
    });
  }

  #confirmRemove(member: TeamMember): Promise<void> {
    return this.#inDialog(async (client) => {
      await client.team.remove(member.id);
      await this.#reloading;
      this.dispatchEvent(new CcMemberRemovedEvent(member.id));
      this.#announce(msg(str`${member.name} was removed from the team.`));
      return () => this.#byId('members-heading');
    });
  }

  #confirmRole(member: TeamMember, role: ContactRole): Promise<void> {
    return this.#inDialog(async (client) => {
      const saved = await client.team.updateRole(member.id, role);
      await this.#reloading;
      this.dispatchEvent(new CcMemberRoleChangedEvent(saved, member.role));
      this.#announce(
        removesBilling(member.role, saved.role)
          ? msg(str`${saved.name} is now ${roleLabel(saved.role)} and no longer a billing contact.`)
          : msg(str`${saved.name} is now ${roleLabel(saved.role)}.`),
      );
      return () => this.#memberRow(member.id);
    });
  }

  // ── Helpers ───────────────────────────────────────────────────────────────────

  /** An element of the shadow root by id (ids are built from API ids: no selector to escape). */
  #byId(id: string): HTMLElement | null {
    return this.shadowRoot?.getElementById(id) ?? null;
  }

  #memberRow(memberId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-member="${CSS.escape(memberId)}"]`);
  }

  #invitationRow(invitationId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-invitation="${CSS.escape(invitationId)}"]`);
  }

  /** Reads the team (and the signed-in role) again after a refusal showed the page was out of date. */
  async #refresh(): Promise<void> {
    const client = this.billingClient;
    // Through the client, so other elements showing the team refresh too.
    if (client) client.invalidate(['team', 'account']);
    else this.#reloading = this.#loader.run();
    await this.#reloading;
    await this.updateComplete;
  }

  #announce(text: string): void {
    // The same words twice in a row are still announced: the region's text must change.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
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
}
