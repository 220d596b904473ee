import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@customer-center/widgets/team-members';

// <cc-team-members> against the mock API: the team as billing (who manages it) and technical
// (read-only) contacts see it, the invitation form's checks, a removal's confirmation, errors.

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
