import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/customer-center';

const meta: Meta = {
  title: 'Widgets/cc-customer-center',
  component: 'cc-customer-center',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-customer-center></cc-customer-center>
    </cc-billing-provider>`,
};
