import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { MockStore, TEST_REWARD_CODES, type MockApi, type OrganizationData } from '@customer-center/mock-api';
import '@customer-center/widgets/rewards-redeem';

// <cc-rewards-redeem> against the mock API: the balance and history, the form, every refusal
// of a code (each reached by typing it and pressing "Check the code"), and an application.

/** The organisation of a story's store. */
const us = (mock: MockApi): OrganizationData => mock.store.organizations.find((o) => o.slug === 'us')!;

let seededSupportInvoiceId: string | undefined;
/**
 * The id of the unpaid USD support invoice of `us` that nothing else touched (the seed is
 * deterministic: every story's fresh store has the same one).
 */
function supportInvoiceId(): string {
  if (!seededSupportInvoiceId) {
    const org = new MockStore().organizations.find((o) => o.slug === 'us')!;
    seededSupportInvoiceId = org.invoices.find(
      (invoice) =>
        invoice.type === 'support' &&
        invoice.status !== 'closed' &&
        invoice.currency === 'USD' &&
        invoice.balanceDue.amountMinor > 0,
    )!.id;
  }
  return seededSupportInvoiceId;
}

const part = (canvasElement: HTMLElement, name: string): HTMLElement | null =>
  canvasElement.querySelector('cc-rewards-redeem')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Types `code` into the field and presses "Check the code". */
async function checkCode(canvasElement: HTMLElement, code: string): Promise<void> {
  await waitFor(() => expect(part(canvasElement, 'code-input')).not.toBeNull(), { timeout: 8000 });
  const field = part(canvasElement, 'code-input') as HTMLInputElement;
  field.value = code;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cc-rewards-redeem')!
    .updateComplete;
  const button = part(canvasElement, 'check-button') as HTMLButtonElement;
  button.focus();
  button.click();
}

/** A story whose play checks `code` on the support invoice and waits for the refusal. */
function refusal(code: string, words: string): StoryObj {
  return {
    render: () => html`<cc-rewards-redeem invoice=${supportInvoiceId()}></cc-rewards-redeem>`,
    play: async ({ canvasElement }) => {
      await checkCode(canvasElement, code);
      await waitFor(() => expect(part(canvasElement, 'field-error')?.textContent ?? '').toContain(words), {
        timeout: 8000,
      });
    },
  };
}

const meta: Meta = {
  title: 'Widgets/cc-rewards-redeem',
  component: 'cc-rewards-redeem',
  render: () => html`<cc-rewards-redeem></cc-rewards-redeem>`,
};
export default meta;

type Story = StoryObj;

/** The balance per currency, the codes applied so far, and the form. */
export const Default: Story = {};

/** The loading skeleton, as long as the billing API takes (30 s here). */
export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { faults: { latencyMs: 30_000 } } },
};

/** The rewards cannot be loaded: an error state with a retry (the form does not depend on it). */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  tags: ['api-errors'],
  parameters: {
    mockApi: { faults: { errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['retrieveRewards'] } },
  },
};

/** A technical contact sees the balance and history, with the reason instead of the form. */
export const ReadOnlyRole: Story = {
  name: 'Read-only role',
  parameters: { mockApi: { token: 'test_us_technical' } },
};

export const UnknownCode: Story = { name: 'Refused: unknown code', ...refusal('ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'do not know') };
export const ExpiredCode: Story = { name: 'Refused: expired', ...refusal(TEST_REWARD_CODES.expired, 'expired') };
export const UsedCode: Story = {
  name: 'Refused: already used',
  ...refusal(TEST_REWARD_CODES.used, 'already been used'),
};
export const NotEligible: Story = {
  name: 'Refused: not valid for this invoice type',
  ...refusal(TEST_REWARD_CODES.notEligible, 'not valid for this type of invoice'),
};
export const OtherCurrency: Story = {
  name: 'Refused: other currency',
  ...refusal(TEST_REWARD_CODES.currencyMismatch, 'GBP'),
};
export const BadFormat: Story = {
  name: 'Refused: bad format (checked before sending)',
  ...refusal('NOT-A-CODE', 'four groups of four'),
};

/** The code is worth more than the balance due: what will be applied, and that the rest is lost. */
export const LargerThanBalanceDue: Story = {
  name: 'Code larger than the balance due',
  parameters: {
    mockApi: {
      setup: (mock: MockApi) => {
        us(mock).invoices.find((invoice) => invoice.id === supportInvoiceId())!.balanceDue = {
          amountMinor: 12_000,
          currency: 'USD',
        };
        mock.store.touch();
      },
    },
  },
  render: () => html`<cc-rewards-redeem invoice=${supportInvoiceId()}></cc-rewards-redeem>`,
  play: async ({ canvasElement }) => {
    await checkCode(canvasElement, TEST_REWARD_CODES.valid);
    await waitFor(() => expect(part(canvasElement, 'warning')).not.toBeNull(), { timeout: 8000 });
  },
};

/** A valid code: the reduction, and the balance due before and after, before applying it. */
export const ValidCodeEffect: Story = {
  name: 'Valid code: its effect',
  render: () => html`<cc-rewards-redeem invoice=${supportInvoiceId()}></cc-rewards-redeem>`,
  play: async ({ canvasElement }) => {
    await checkCode(canvasElement, TEST_REWARD_CODES.valid);
    await waitFor(() => expect(part(canvasElement, 'effect')).not.toBeNull(), { timeout: 8000 });
    await expect(part(canvasElement, 'apply-button')).not.toBeNull();
  },
};

/** Checked, then applied: the confirmation, and the history has the code. */
export const Applied: Story = {
  render: () => html`<cc-rewards-redeem invoice=${supportInvoiceId()}></cc-rewards-redeem>`,
  play: async ({ canvasElement }) => {
    await checkCode(canvasElement, TEST_REWARD_CODES.valid);
    await waitFor(() => expect(part(canvasElement, 'apply-button')).not.toBeNull(), { timeout: 8000 });
    const apply = part(canvasElement, 'apply-button') as HTMLButtonElement;
    apply.focus();
    apply.click();
    await waitFor(() => expect((part(canvasElement, 'confirmation')?.textContent ?? '').trim()).not.toBe(''), {
      timeout: 8000,
    });
  },
};

/** Inside another flow (the payment dialog): the form only, for one invoice. */
export const CompactOneInvoice: Story = {
  name: 'Compact, one invoice',
  render: () => html`<cc-rewards-redeem compact invoice=${supportInvoiceId()}></cc-rewards-redeem>`,
};
