import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/billing-provider';
import '@customer-center/widgets/document-list';

const meta: Meta = {
  title: 'Widgets/cc-document-list',
  component: 'cc-document-list',
};
export default meta;

export const Default: StoryObj = {
  render: () =>
    html`<cc-billing-provider api-base="/api" token="test_us_billing">
      <cc-document-list help></cc-document-list>
    </cc-billing-provider>`,
};
