import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { MockApi } from '@customer-center/mock-api';
import '@customer-center/widgets/team-members';

// <cc-team-members> against the mock API: the team as billing (who manages it) and technical
// (read-only) contacts see it, the invitation form's checks, each action's confirmation and
// refusal, loading, no access and errors.

const T = { timeout: 8000 };

const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const root = (canvasElement: HTMLElement): ShadowRoot | null =>
  canvasElement.querySelector('cc-team-members')?.shadowRoot ?? null;

const button = (scope: ParentNode | null | undefined, label: RegExp): HTMLButtonElement | undefined =>
  scope ? [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(text(b))) : undefined;

/** Waits for a button, then presses it as a mouse does: focus, then click. */
async function press(scope: () => ParentNode | null | undefined, label: RegExp): Promise<void> {
  await waitFor(() => expect(button(scope(), label)).toBeTruthy(), { timeout: 8000 });
  const found = button(scope(), label)!;
  found.focus();
  found.click();
}

const inviteSection = (canvasElement: HTMLElement) => root(canvasElement)?.querySelector('section.section--invite');

/** Fills the invitation form as a person does: the e-mail typed, the role chosen. */
async function fillInvite(canvasElement: HTMLElement, email: string, role: string): Promise<void> {
  await waitFor(() => expect(root(canvasElement)?.querySelector('#invite-email')).toBeTruthy(), { timeout: 8000 });
  const input = root(canvasElement)!.querySelector<HTMLInputElement>('#invite-email')!;
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const select = root(canvasElement)!.querySelector<HTMLSelectElement>('#invite-role')!;
  select.value = role;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const dialog = (canvasElement: HTMLElement) => root(canvasElement)?.querySelector('dialog') ?? null;

const memberRow = (canvasElement: HTMLElement, id: string) =>
  root(canvasElement)?.querySelector(`[part~="member"][data-member="${id}"]`) ?? null;

/** The story's mock API and the team it set up, for plays that change the team behind the page's back. */
let teamMock: MockApi | undefined;
/** The primary billing contact (`test_us_billing`) and a second one, set up by `withBillingContacts`. */
let billingIds: readonly string[] = [];

/**
 * The US team with exactly `count` billing contacts: the primary one (`test_us_billing`), then
 * the first extra members; everyone else a technical contact unless they hold the executive role.
 */
const withBillingContacts =
  (count: 1 | 2) =>
  (mock: MockApi): void => {
    const members = mock.store.organization('us')!.members;
    const extras = members.filter((member) => !member.token.match(/^test_us_(billing|technical|executive)$/));
    const billing = [members.find((member) => member.token === 'test_us_billing')!, ...extras].slice(0, count);
    for (const member of members) {
      if (billing.includes(member)) member.role = 'billing';
      else if (member.role === 'billing') member.role = 'technical';
    }
    billingIds = billing.map((member) => member.id);
    teamMock = mock;
    mock.store.touch();
  };

const fieldErrors = (canvasElement: HTMLElement): string[] =>
  [...(root(canvasElement)?.querySelectorAll('.field-error') ?? [])].map(text).filter(Boolean);

const meta: Meta = {
  title: 'Widgets/cc-team-members',
  component: 'cc-team-members',
  render: () => html`<cc-team-members></cc-team-members>`,
};
export default meta;

type Story = StoryObj;

/** A billing contact manages the team: members, invitations and the invitation form. */
export const Default: Story = {};

/** A technical contact sees the team read-only, with the reason. */
export const ReadOnly: Story = {
  name: 'Read-only (technical)',
  parameters: { mockApi: { token: 'test_us_technical' } },
};

/** "Send invitation" with an address cut short and no role: each field's message, nothing sent. */
export const InviteFormErrors: Story = {
  name: 'Invite form: validation errors',
  play: async ({ canvasElement }) => {
    await fillInvite(canvasElement, 'jordan.lee@', '');
    await press(() => inviteSection(canvasElement), /^Send invitation$/);
    await waitFor(() => expect(fieldErrors(canvasElement).length).toBe(2), { timeout: 8000 });
  },
};

/** An address with a pending invitation already: refused with the reason, and Resend offered. */
export const DuplicateInvitation: Story = {
  name: 'Invite form: duplicate invitation',
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(root(canvasElement)?.querySelector('[part~="invitation"] .badge--pending')).toBeTruthy(),
      { timeout: 8000 },
    );
    const pendingRow = [...root(canvasElement)!.querySelectorAll('[part~="invitation"]')].find((row) =>
      row.querySelector('.badge--pending'),
    )!;
    const email = text(pendingRow.querySelector('.row__title'));
    await fillInvite(canvasElement, email, 'billing');
    await press(() => inviteSection(canvasElement), /^Send invitation$/);
    await waitFor(() => expect(fieldErrors(canvasElement).join(' ')).toContain('pending invitation already'), {
      timeout: 8000,
    });
  },
};

/** Removing a member asks for confirmation in a modal dialog. */
export const RemoveConfirmation: Story = {
  name: 'Remove: confirmation dialog',
  play: async ({ canvasElement }) => {
    await press(() => root(canvasElement)?.querySelector('section.section--members'), /^Remove/);
    await waitFor(() => expect(root(canvasElement)?.querySelector('dialog')?.open).toBe(true), { timeout: 8000 });
  },
};

/** The team on its way (the API answers after 30 s): the loading skeleton. */
export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { faults: { latencyMs: 30_000 } } },
};

/** The API refuses the team to the signed-in role (403): no access, with the reason, not an error to retry. */
export const NoAccess: Story = {
  name: 'No access',
  tags: ['api-errors'],
  parameters: { mockApi: { forbidden: ['retrieveTeam'] } },
};

/** "Resend" on an expired invitation: sent again, pending with new dates. */
export const Resend: Story = {
  name: 'Resend an expired invitation',
  play: async ({ canvasElement }) => {
    const invitations = () => [...(root(canvasElement)?.querySelectorAll('[part~="invitation"]') ?? [])];
    await waitFor(() => expect(invitations().some((row) => row.querySelector('.badge--expired'))).toBe(true), T);
    const expired = invitations().find((row) => row.querySelector('.badge--expired'))!;
    const id = expired.getAttribute('data-invitation')!;
    const row = () => root(canvasElement)?.querySelector(`[part~="invitation"][data-invitation="${id}"]`);
    await press(row, /^Resend/);
    await waitFor(() => expect(row()?.querySelector('.badge--pending')).toBeTruthy(), T);
  },
};

/** "Revoke" asks for confirmation in a modal dialog. */
export const RevokeConfirmation: Story = {
  name: 'Revoke: confirmation dialog',
  play: async ({ canvasElement }) => {
    await press(() => root(canvasElement)?.querySelector('section.section--invitations'), /^Revoke/);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true), T);
    expect(text(dialog(canvasElement)?.querySelector('[part~="dialog-heading"]'))).toContain('Revoke the invitation');
  },
};

/** "Change role" of one of two billing contacts to technical: the dialog warns that billing access goes. */
export const ChangeRoleConfirmation: Story = {
  name: 'Change role: confirmation dialog',
  parameters: { mockApi: { setup: withBillingContacts(2) } },
  play: async ({ canvasElement }) => {
    await press(() => memberRow(canvasElement, billingIds[1]!), /^Change role/);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true), T);
    dialog(canvasElement)!.querySelector<HTMLInputElement>('input[name="role"][value="technical"]')!.click();
    await waitFor(() => expect(dialog(canvasElement)?.querySelector('[part~="role-warning"]')).toBeTruthy(), T);
  },
};

/** The team's only billing contact offers no role change or removal, and says why. */
export const LastBillingContact: Story = {
  name: 'Last billing contact: no actions, with the reason',
  parameters: { mockApi: { token: 'test_us_executive', setup: withBillingContacts(1) } },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(memberRow(canvasElement, billingIds[0]!)?.querySelector('[part~="member-hint"]')).toBeTruthy(),
      T,
    );
  },
};

/**
 * Removing one of two billing contacts while another manager made the other one technical:
 * the API refuses (409 last_billing_contact); the dialog says why, and only Close is left.
 */
export const LastBillingContactRefused: Story = {
  name: 'Remove: last billing contact refused',
  tags: ['api-errors'],
  parameters: { mockApi: { token: 'test_us_executive', setup: withBillingContacts(2) } },
  play: async ({ canvasElement }) => {
    await press(() => memberRow(canvasElement, billingIds[1]!), /^Remove/);
    await waitFor(() => expect(dialog(canvasElement)?.open).toBe(true), T);
    const primary = teamMock!.store.organization('us')!.members.find((member) => member.id === billingIds[0])!;
    primary.role = 'technical';
    teamMock!.store.touch();
    await press(() => dialog(canvasElement), /^Remove$/);
    await waitFor(
      () =>
        expect(text(dialog(canvasElement)?.querySelector('[part~="failure"]'))).toContain(
          'at least one billing contact',
        ),
      T,
    );
  },
};

/** The team cannot be loaded: the error state with a retry. */
export const LoadError: Story = {
  name: 'Error',
  tags: ['api-errors'],
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, retryAfterSeconds: 0 } } },
};

/** With `help` and a slotted link: "Get help" and the host's own help next to an error. */
export const Help: Story = {
  tags: ['api-errors'],
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 500, operations: ['retrieveTeam'] } } },
  render: () =>
    html`<cc-team-members help>
      <a slot="help" href="https://example.com/support">Contact billing support</a>
    </cc-team-members>`,
};
