// Subject: a bare <lit-virtualizer> of every invoice, rows of plain spans (no header, no buttons).
import type { Invoice } from '@customer-center/sdk';
import { LitVirtualizer } from '@lit-labs/virtualizer';
// The virtualizer import()s its default layout when it first connects; loaded here, that is
// one more chunk of this page (already evaluated when timed), not a fetch inside the timing.
import '@lit-labs/virtualizer/layouts/flow.js';
import { html } from 'lit';
import { addStyles, cellText, loadInvoices, type Prepare } from '../shared.js';

const { number, issued, due, type, amount, balance, status } = cellText;

// A static template per row, as one writes a bare list.
const renderRow = (invoice: Invoice) =>
  html`<div class="bench-row">
    <span>${number(invoice)}</span><span>${issued(invoice)}</span><span>${due(invoice)}</span
    ><span>${type(invoice)}</span><span class="numeric">${amount(invoice)}</span
    ><span class="numeric">${balance(invoice)}</span><span>${status(invoice)}</span>
  </div>`;

export const prepare: Prepare = async ({ dataUrl }) => {
  const invoices = await loadInvoices(dataUrl);
  addStyles(`
    .bench-row {
      display: grid;
      grid-template-columns: 2fr repeat(3, 1fr) repeat(2, 1.5fr) 1fr;
      gap: 1rem;
      padding: 0.5rem 1rem;
      border-block-end: 1px solid #d5d7dc;
    }
    .bench-row .numeric {
      text-align: end;
    }
  `);
  return {
    requests: () => 0,
    mount(stage) {
      const list = new LitVirtualizer<Invoice>();
      list.scroller = true;
      list.style.blockSize = '100%';
      list.items = invoices;
      list.renderItem = renderRow;
      stage.append(list);
      return {
        total: invoices.length,
        viewport: () => list.getBoundingClientRect(),
        rows: () =>
          [...list.children]
            .filter((child) => !child.hasAttribute('virtualizer-sizer'))
            .map((row) => ({ box: row.getBoundingClientRect(), text: row.textContent ?? '' })),
        describe: () => `${list.children.length} children`,
      };
    },
  };
};
