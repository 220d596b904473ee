import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/rewards-redeem';

const meta: Meta = {
  title: 'Widgets/cc-rewards-redeem',
  component: 'cc-rewards-redeem',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-rewards-redeem></cc-rewards-redeem>
    </cc-billing-provider>`,
};
