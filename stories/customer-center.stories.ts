import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PortalSection } from '@customer-center/widgets';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@customer-center/widgets/customer-center';

// The whole customer center in one tag, against the mock billing API. The signed-in role
// decides the sections offered: a billing contact (the default) sees all but Orders, a
// technical contact sees Orders but not Payments or the billing profile.

interface CustomerCenterArgs {
  section?: PortalSection;
  help: boolean;
  helpSlot: boolean;
}

const meta: Meta<CustomerCenterArgs> = {
  title: 'Widgets/cc-customer-center',
  component: 'cc-customer-center',
  args: { help: false, helpSlot: false },
  argTypes: {
    section: {
      control: 'select',
      options: [undefined, 'invoices', 'payments', 'profile', 'rewards', 'orders', 'contracts', 'documents', 'team'],
    },
    helpSlot: { name: 'help slot', description: 'A link in the `help` slot' },
  },
  render: ({ section, help, helpSlot }) =>
    html`<cc-customer-center section=${ifDefined(section)} ?help=${help}
      >${helpSlot ? html`<a slot="help" href="#support">Contact billing support</a>` : nothing}</cc-customer-center
    >`,
};
export default meta;

type Story = StoryObj<CustomerCenterArgs>;

export const BillingContact: Story = { name: 'Billing contact' };

export const TechnicalContact: Story = {
  name: 'Technical contact',
  parameters: { mockApi: { token: 'test_us_technical' } },
};

export const ExecutiveContact: Story = {
  name: 'Executive',
  parameters: { mockApi: { token: 'test_us_executive' } },
};

export const InvoicesSection: Story = { name: 'Section: invoices', args: { section: 'invoices' } };
export const PaymentsSection: Story = { name: 'Section: payments', args: { section: 'payments' } };
export const ProfileSection: Story = { name: 'Section: profile', args: { section: 'profile' } };
export const RewardsSection: Story = { name: 'Section: rewards', args: { section: 'rewards' } };
export const OrdersSection: Story = {
  name: 'Section: orders (technical contact)',
  args: { section: 'orders' },
  parameters: { mockApi: { token: 'test_us_technical' } },
};
export const ContractsSection: Story = { name: 'Section: contracts', args: { section: 'contracts' } };
export const DocumentsSection: Story = { name: 'Section: documents', args: { section: 'documents' } };
export const TeamSection: Story = { name: 'Section: team', args: { section: 'team' } };

/** The signed-in account on its way (the API answers after 30 s): the loading state. */
export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { faults: { latencyMs: 30_000 } } },
};

export const AccountError: Story = {
  name: 'Account error',
  tags: ['api-errors'],
  args: { help: true, helpSlot: true },
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['retrieveAccount'] } } },
};

export const Narrow: Story = {
  render: ({ section, help }) =>
    html`<div style="inline-size: 30rem">
      <cc-customer-center section=${ifDefined(section)} ?help=${help}></cc-customer-center>
    </div>`,
};
