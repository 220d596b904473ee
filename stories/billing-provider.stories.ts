import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/invoice-list';

// <cc-billing-provider> gives every element inside it one billing client. Every other story
// is wrapped in one by the preview's decorator; this file gives it a Docs page of its own, with
// one story shown on that page only: a provider configured by attributes alone.

const meta: Meta = {
  title: 'Widgets/cc-billing-provider',
  component: 'cc-billing-provider',
  // The story brings its own provider, configured as a page without a script would.
  parameters: { mockApi: { provider: false } },
};
export default meta;

/** `api-base` and `token` on the provider; the invoice list inside uses its client. */
export const ByAttributes: StoryObj = {
  name: 'Configured by attributes',
  tags: ['!dev'],
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-invoice-list></cc-invoice-list>
    </cc-billing-provider>`,
};
