import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/contract-list';

const meta: Meta = {
  title: 'Widgets/cc-contract-list',
  component: 'cc-contract-list',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-contract-list help></cc-contract-list>
    </cc-billing-provider>`,
};
