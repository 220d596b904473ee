import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/team-members';

const meta: Meta = {
  title: 'Widgets/cc-team-members',
  component: 'cc-team-members',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-team-members></cc-team-members>
    </cc-billing-provider>`,
};
