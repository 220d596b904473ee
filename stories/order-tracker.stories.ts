import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { OrderStatus } from '@customer-center/sdk';
import type { MockApi } from '@customer-center/mock-api';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@customer-center/widgets/order-tracker';

// <cc-order-tracker> against the mock billing API, signed in as a technical contact (billing
// contacts may not see orders). Each story gets a freshly seeded mock; see `parameters.mockApi`.

interface OrderTrackerArgs {
  status?: OrderStatus;
  search: string;
  help: boolean;
}

/** The order shown by the "One order's timeline" stories, picked from the seeded store. */
let pickedOrderId = '';

const usOrganization = (mock: MockApi) => mock.store.organizations.find((organization) => organization.slug === 'us')!;

function pickOrder(mock: MockApi): void {
  pickedOrderId = usOrganization(mock).orders[0]!.id;
}

function withoutOrders(mock: MockApi): void {
  usOrganization(mock).orders = [];
  mock.store.touch();
}

const helpLink = html`<a slot="help" href="#support">Contact order support</a>`;

const meta: Meta<OrderTrackerArgs> = {
  title: 'Widgets/cc-order-tracker',
  component: 'cc-order-tracker',
  args: { search: '', help: false },
  argTypes: {
    status: {
      control: 'select',
      options: [undefined, 'booked', 'provisioning', 'shipped', 'delivered', 'completed', 'cancelled'],
    },
  },
  parameters: { mockApi: { token: 'test_us_technical' } },
  render: ({ status, search, help }) =>
    html`<cc-order-tracker status=${ifDefined(status)} search=${search} ?help=${help}></cc-order-tracker>`,
};
export default meta;

type Story = StoryObj<OrderTrackerArgs>;

export const Default: Story = {};

export const FilteredByStatus: Story = {
  name: 'Filtered by status (shipped)',
  args: { status: 'shipped' },
};

export const SearchWithNoResults: Story = {
  name: 'Search with no results',
  args: { search: 'zzz' },
};

export const OneOrderTimeline: Story = {
  name: "One order's timeline",
  parameters: { mockApi: { token: 'test_us_technical', setup: pickOrder } },
  render: ({ help }) => html`<cc-order-tracker order=${pickedOrderId} ?help=${help}></cc-order-tracker>`,
};

export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { token: 'test_us_technical', faults: { latencyMs: 30_000 } } },
};

export const Empty: Story = {
  name: 'Empty (no orders)',
  parameters: {
    mockApi: {
      token: 'test_us_technical',
      setup: withoutOrders,
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  tags: ['api-errors'],
  args: { help: true },
  parameters: {
    mockApi: {
      token: 'test_us_technical',
      faults: { errorRate: 1, errorStatus: 503, operations: ['listOrders'] },
    },
  },
};

export const NoAccess: Story = {
  name: 'No access (billing contact)',
  // The element asks for orders and is answered 403, which it explains.
  tags: ['api-errors'],
  parameters: { mockApi: { token: 'test_us_billing' } },
};

export const Narrow: Story = {
  render: ({ status, search, help }) =>
    html`<div style="inline-size: 22rem">
      <cc-order-tracker status=${ifDefined(status)} search=${search} ?help=${help}></cc-order-tracker>
    </div>`,
};

export const Help: Story = {
  name: 'Help (order view with slotted link)',
  args: { help: true },
  parameters: { mockApi: { token: 'test_us_technical', setup: pickOrder } },
  render: ({ help }) =>
    html`<cc-order-tracker order=${pickedOrderId} ?help=${help}>${help ? helpLink : nothing}</cc-order-tracker>`,
};
