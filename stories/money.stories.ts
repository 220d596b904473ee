import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/money';

interface MoneyArgs {
  amountMinor: number;
  currency: string;
  locale: string;
}

const meta: Meta<MoneyArgs> = {
  title: 'Widgets/cc-money',
  component: 'cc-money',
  args: { amountMinor: 123456, currency: 'USD', locale: 'en-US' },
  render: ({ amountMinor, currency, locale }) =>
    html`<cc-money amount-minor=${amountMinor} currency=${currency} locale=${locale}></cc-money>`,
};
export default meta;

type Story = StoryObj<MoneyArgs>;

export const Dollars: Story = {};
export const YenHasNoMinorDigits: Story = { args: { amountMinor: 1500, currency: 'JPY', locale: 'ja-JP' } };
export const KuwaitiDinarHasThree: Story = { args: { amountMinor: 1234567, currency: 'KWD', locale: 'ar' } };
export const NegativeEuros: Story = { args: { amountMinor: -2500, currency: 'EUR', locale: 'fr-FR' } };
