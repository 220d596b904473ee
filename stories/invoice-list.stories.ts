import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockApi } from '@customer-center/mock-api';
import '@customer-center/widgets/invoice-list';

const meta: Meta = {
  title: 'Widgets/cc-invoice-list',
  component: 'cc-invoice-list',
  render: () => html`<cc-invoice-list></cc-invoice-list>`,
};
export default meta;

type Story = StoryObj;

/** The seed's "today" is fixed (2026-11-22 by default); dates are `YYYY-MM-DD`. */
const daysBefore = (today: string, days: number): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Harborview Logistics (us): 60 invoices in USD and EUR, overdue first. */
export const Default: Story = {};

/** The API answers after 30 s: the loading skeleton. */
export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: {
    mockApi: { faults: { latencyMs: 30_000, operations: ['listInvoices', 'retrieveInvoiceSummary'] } },
  },
};

/** An organisation with no invoices yet. */
export const Empty: Story = {
  parameters: {
    mockApi: {
      setup: (mock: MockApi) => {
        mock.store.organization('us')!.invoices = [];
        mock.store.touch();
      },
    },
  },
};

/** Every list request fails (503): the error state with its retry button. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  tags: ['api-errors'],
  parameters: {
    mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['listInvoices'] } },
  },
};

/** Most unpaid invoices are past due. */
export const OverdueHeavy: Story = {
  name: 'Overdue-heavy account',
  parameters: {
    mockApi: {
      setup: (mock: MockApi) => {
        const today = mock.store.today;
        const dueDate = daysBefore(today, 12);
        for (const invoice of mock.store.organization('us')!.invoices) {
          if (invoice.status !== 'open') continue;
          invoice.status = 'overdue';
          if (invoice.dueDate >= today) invoice.dueDate = dueDate;
          if (invoice.issueDate > invoice.dueDate) invoice.issueDate = daysBefore(today, 42);
        }
        mock.store.touch();
      },
    },
  },
};

/** Harborview is invoiced in USD and EUR: totals per currency. */
export const MultiCurrency: Story = {
  name: 'Multi-currency (USD and EUR)',
};

/** Sakurada Precision Industries (jp): yen, no minor unit. */
export const Yen: Story = {
  name: 'JPY',
  parameters: { mockApi: { token: 'test_jp_billing' } },
};

/** Gulf Horizon Trading (kw): Kuwaiti dinar, three decimals, pays offline only. */
export const KuwaitiDinar: Story = {
  name: 'KWD',
  parameters: { mockApi: { token: 'test_kw_billing' } },
};

/** 10,000 invoices: paged, 25 at a time. */
export const TenThousandInvoices: Story = {
  name: '10,000 invoices',
  parameters: { mockApi: { store: { largeAccount: { organizationSlug: 'us', invoices: 10_000 } } } },
};

/** A technical contact may see invoices but not pay them: no Pay buttons. */
export const ReadOnlyRole: Story = {
  name: 'Read-only role (technical)',
  parameters: { mockApi: { token: 'test_us_technical' } },
};

/** Unpaid invoices can be selected and paid together. */
export const Selectable: Story = {
  render: () => html`<cc-invoice-list selectable></cc-invoice-list>`,
};

/** In a 20rem column the rows become cards. */
export const Narrow: Story = {
  render: () => html`<div style="inline-size: 20rem"><cc-invoice-list></cc-invoice-list></div>`,
};

/** With `help` and the host's own help link, shown in the error state. */
export const Help: Story = {
  tags: ['api-errors'],
  parameters: {
    mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['listInvoices'] } },
  },
  render: () =>
    html`<cc-invoice-list help>
      <a slot="help" href="#">Billing support</a>
    </cc-invoice-list>`,
};
