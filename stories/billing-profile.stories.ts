import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/billing-profile';

const meta: Meta = {
  title: 'Widgets/cc-billing-profile',
  component: 'cc-billing-profile',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-billing-profile></cc-billing-profile>
    </cc-billing-provider>`,
};
