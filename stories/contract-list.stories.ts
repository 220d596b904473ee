import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ContractStatus } from '@customer-center/sdk';
import type { MockApi } from '@customer-center/mock-api';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@customer-center/widgets/contract-list';

// <cc-contract-list> against the mock billing API (a billing contact of the US organisation
// unless a story says otherwise). Each story gets a freshly seeded mock; see `parameters.mockApi`.

interface ContractListArgs {
  status?: ContractStatus;
  help: boolean;
  helpSlot: boolean;
}

const usOrganization = (mock: MockApi) => mock.store.organizations.find((organization) => organization.slug === 'us')!;

function withoutContracts(mock: MockApi): void {
  usOrganization(mock).contracts.splice(0);
  mock.store.touch();
}

/** Presses the first contract's disclosure button and waits for its detail. */
async function expandFirstContract({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const root = canvasElement.querySelector('cc-contract-list')!.shadowRoot!;
  const disclosure = await waitFor(
    () => {
      const button = root.querySelector<HTMLButtonElement>('table[aria-busy="false"] [part~="disclosure"]');
      if (!button) throw new globalThis.Error('no contract yet');
      return button;
    },
    { timeout: 8000 },
  );
  await userEvent.click(disclosure);
  await waitFor(() => expect(disclosure.getAttribute('aria-expanded')).toBe('true'), { timeout: 8000 });
  await waitFor(() => expect(root.querySelector('[part~="detail"]')).not.toBeNull(), { timeout: 8000 });
}

const meta: Meta<ContractListArgs> = {
  title: 'Widgets/cc-contract-list',
  component: 'cc-contract-list',
  args: { help: false, helpSlot: false },
  argTypes: {
    status: { control: 'select', options: [undefined, 'active', 'pending_renewal', 'expired', 'terminated'] },
    helpSlot: { name: 'help slot', description: 'A link in the `help` slot' },
  },
  render: ({ status, help, helpSlot }) =>
    html`<cc-contract-list status=${ifDefined(status)} ?help=${help}
      >${helpSlot ? html`<a slot="help" href="#support">Contact contract support</a>` : nothing}</cc-contract-list
    >`,
};
export default meta;

type Story = StoryObj<ContractListArgs>;

export const Default: Story = {};

export const Filtered: Story = {
  name: 'Filtered (pending renewal)',
  args: { status: 'pending_renewal' },
};

export const OneContractExpanded: Story = {
  name: 'One contract expanded',
  play: expandFirstContract,
};

export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { faults: { latencyMs: 30_000 } } },
};

export const Empty: Story = {
  name: 'Empty (no contracts)',
  parameters: { mockApi: { setup: withoutContracts } },
};

export const ErrorState: Story = {
  name: 'Error',
  tags: ['api-errors'],
  args: { help: true, helpSlot: true },
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['listContracts'] } } },
};

/** The API refuses contracts to the signed-in role (403): no access, with the reason, not an error to retry. */
export const NoAccess: Story = {
  name: 'No access',
  tags: ['api-errors'],
  args: { help: true },
  parameters: { mockApi: { forbidden: ['listContracts'] } },
};

/** "Download contract" while the API fails (503): why, next to the button. */
export const DownloadFailure: Story = {
  name: 'Download failure shown',
  tags: ['api-errors'],
  args: { help: true },
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['downloadContract'] } } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('cc-contract-list')!.shadowRoot!;
    const button = await waitFor(
      () => {
        const found = root.querySelector<HTMLButtonElement>('table[aria-busy="false"] [part~="download-button"]');
        if (!found) throw new globalThis.Error('no contract yet');
        return found;
      },
      { timeout: 8000 },
    );
    await userEvent.click(button);
    await waitFor(() => expect(root.querySelector('[part~="download-error"]')).not.toBeNull(), { timeout: 8000 });
  },
};

export const Yen: Story = {
  name: 'JPY (Japanese organisation)',
  parameters: { mockApi: { token: 'test_jp_billing' } },
};

export const Narrow: Story = {
  render: ({ status, help }) =>
    html`<div style="inline-size: 22rem">
      <cc-contract-list status=${ifDefined(status)} ?help=${help}></cc-contract-list>
    </div>`,
};

export const Help: Story = {
  name: 'Help (expanded contract with slotted link)',
  args: { help: true, helpSlot: true },
  play: expandFirstContract,
};
