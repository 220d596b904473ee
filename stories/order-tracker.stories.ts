import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/order-tracker';

const meta: Meta = {
  title: 'Widgets/cc-order-tracker',
  component: 'cc-order-tracker',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_technical">
      <cc-order-tracker help></cc-order-tracker>
    </cc-billing-provider>`,
};
