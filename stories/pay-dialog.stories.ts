import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokenizeTestCard, type MockApi } from '@customer-center/mock-api';
import { loadCardFormTokenizer, type CardTokenizer } from '@customer-center/widgets';
import '@customer-center/widgets/pay-dialog';

// <cc-pay-dialog> is the payment flow <cc-pay-button> opens (loaded on first use). This file
// gives it a Docs page of its own (its properties, events, slots, parts and custom properties);
// every step and failure of the flow is a story of cc-pay-button. The one story here is shown
// on the Docs page only: a host's button that opens the dialog for one invoice.

/** The first unpaid USD invoice of the US organisation that is not a support invoice. */
let invoiceId = '';

function pickInvoice(mock: MockApi): void {
  invoiceId =
    mock.store
      .organization('us')!
      .invoices.find(
        (invoice) =>
          invoice.status !== 'closed' &&
          invoice.currency === 'USD' &&
          invoice.type !== 'support' &&
          invoice.balanceDue.amountMinor > 1000 &&
          invoice.balanceDue.amountMinor < 1_000_000,
      )?.id ?? '';
}

const meta: Meta = {
  title: 'Widgets/cc-pay-dialog',
  component: 'cc-pay-dialog',
  parameters: { mockApi: { setup: pickInvoice } },
  loaders: [
    async () => {
      const createCardFormTokenizer = await loadCardFormTokenizer();
      return { tokenizer: createCardFormTokenizer({ tokenize: (card) => Promise.resolve(tokenizeTestCard(card)) }) };
    },
  ],
};
export default meta;

/** A host's own button calls `show()`; the dialog pays the invoices in `invoiceIds`. */
export const OpenedByTheHost: StoryObj = {
  name: 'Opened by the host',
  tags: ['!dev'],
  render: (_args, { loaded }) =>
    html`<button
        type="button"
        @click=${(event: Event) =>
          void (event.currentTarget as HTMLElement).parentElement!.querySelector('cc-pay-dialog')!.show()}
      >
        Pay the invoice
      </button>
      <cc-pay-dialog .invoiceIds=${[invoiceId]} .tokenizer=${loaded['tokenizer'] as CardTokenizer}></cc-pay-dialog>`,
};
