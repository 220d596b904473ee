import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { InvoiceDetail } from '@customer-center/sdk';
import type { MockApi } from '@customer-center/mock-api';
import type { CcInvoiceDetail } from '@customer-center/widgets';
import '@customer-center/widgets/invoice-detail';

/**
 * The invoice a story shows, picked from its own seeded store in `parameters.mockApi.setup`
 * (which runs before the story renders). The seed is deterministic, so the pick is the same
 * every time.
 */
let invoiceId = '';

const pick =
  (filter: (invoice: InvoiceDetail) => boolean) =>
  (mock: MockApi): void => {
    const invoices = mock.store.organization('us')!.invoices;
    invoiceId = (invoices.find(filter) ?? invoices[0]!).id;
  };

const meta: Meta = {
  title: 'Widgets/cc-invoice-detail',
  component: 'cc-invoice-detail',
  render: () => html`<cc-invoice-detail invoice=${invoiceId}></cc-invoice-detail>`,
};
export default meta;

type Story = StoryObj;

/** An unpaid invoice with several lines: the balance due, how to pay offline, Pay. */
export const Open: Story = {
  parameters: {
    mockApi: {
      setup: pick(
        (invoice) => invoice.status !== 'closed' && invoice.lines.length > 1 && invoice.balanceDue.amountMinor > 0,
      ),
    },
  },
};

/** A paid invoice: its payments, nothing left to pay. */
export const Closed: Story = {
  parameters: {
    mockApi: { setup: pick((invoice) => invoice.status === 'closed' && invoice.payments.length > 0) },
  },
};

/** An unpaid invoice reduced by a credit note. */
export const WithCreditNote: Story = {
  name: 'With a credit note',
  parameters: {
    mockApi: {
      setup: pick(
        (invoice) =>
          invoice.status !== 'closed' && invoice.adjustments.some((adjustment) => adjustment.kind === 'credit'),
      ),
    },
  },
};

/** An unpaid support invoice reduced by a Support Rewards code. */
export const WithRewardsCode: Story = {
  name: 'With a rewards code',
  parameters: {
    mockApi: {
      setup: pick(
        (invoice) =>
          invoice.status !== 'closed' && invoice.adjustments.some((adjustment) => adjustment.kind === 'reward'),
      ),
    },
  },
};

/** With `modal`: opened by `show()`, in a modal dialog. */
export const Modal: Story = {
  parameters: {
    mockApi: {
      setup: pick((invoice) => invoice.status !== 'closed' && invoice.balanceDue.amountMinor > 0),
    },
  },
  render: () => html`<cc-invoice-detail modal invoice=${invoiceId}></cc-invoice-detail>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CcInvoiceDetail>('cc-invoice-detail')!;
    await el.show();
    await waitFor(() => expect(el.open).toBe(true), { timeout: 8000 });
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="heading"]')).not.toBeNull(), {
      timeout: 8000,
    });
  },
};

/** An invoice id the API does not know: 404. */
export const NotFound: Story = {
  name: 'Not found',
  tags: ['api-errors'],
  render: () => html`<cc-invoice-detail invoice="in_does_not_exist"></cc-invoice-detail>`,
};

/** The API fails (503): the error state with its retry button. */
export const ApiError: Story = {
  name: 'Error',
  tags: ['api-errors'],
  parameters: {
    mockApi: {
      faults: { errorRate: 1, errorStatus: 503, operations: ['retrieveInvoice'] },
      setup: pick((invoice) => invoice.status !== 'closed'),
    },
  },
};
