import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { createBillingClient, formatMoney, formatDate } from '@customer-center/sdk';

// The SDK without any widget: a page of its own that reads the account and the overdue
// invoices with `createBillingClient`, and formats the amounts with `formatMoney`. No provider
// wraps this story (`provider: false`); the mock API answers under /api as for every story.

/** Reads the account and the first five overdue invoices, and renders them as text. */
async function overduePage(): Promise<TemplateResult> {
  const client = createBillingClient({ baseUrl: '/api', getToken: () => 'test_us_billing' });
  const locale = document.documentElement.lang || 'en';
  try {
    const [{ organization }, overdue] = await Promise.all([
      client.account.retrieve(),
      client.invoices.list({ status: 'overdue', limit: 5, sort: 'dueDate' }),
    ]);
    return html`<p>
        Signed in to <strong>${organization.name}</strong>, which has ${overdue.totalCount} overdue invoices.
      </p>
      <table>
        <caption>
          The first ${overdue.data.length} overdue invoices
        </caption>
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Due on</th>
            <th scope="col">Balance due</th>
          </tr>
        </thead>
        <tbody>
          ${overdue.data.map(
            (invoice) =>
              html`<tr>
                <th scope="row">${invoice.number}</th>
                <td>${formatDate(invoice.dueDate, locale)}</td>
                <td class="amount">${formatMoney(invoice.balanceDue, locale)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  } catch (error) {
    return html`<p role="alert">The billing API could not be read: ${String(error)}</p>`;
  }
}

const meta: Meta = {
  title: 'SDK/Using the SDK alone',
  parameters: { mockApi: { provider: false } },
};
export default meta;

export const OverdueInvoices: StoryObj = {
  name: 'Overdue invoices',
  render: () =>
    html`<style>
        .sdk-page {
          font-family: system-ui, sans-serif;
          max-inline-size: 40rem;
        }
        .sdk-page table {
          border-collapse: collapse;
          inline-size: 100%;
        }
        .sdk-page caption {
          text-align: start;
          font-weight: 600;
          padding-block: 0.5rem;
        }
        .sdk-page th,
        .sdk-page td {
          border-block-end: 1px solid #d5d7dc;
          padding: 0.4rem 0.6rem;
          text-align: start;
        }
        .sdk-page td.amount {
          text-align: end;
          font-variant-numeric: tabular-nums;
        }
      </style>
      <section class="sdk-page" aria-labelledby="sdk-heading">
        <h2 id="sdk-heading">Overdue invoices, read with the SDK</h2>
        ${until(overduePage(), html`<p>Reading the billing API…</p>`)}
      </section>`,
};
