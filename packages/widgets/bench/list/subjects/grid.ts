// Subject: <vaadin-grid> with every invoice, one column per visible column of the list.
import type { Invoice } from '@customer-center/sdk';
import '@vaadin/grid';
import type { Grid } from '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-column.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import { COLUMNS, loadInvoices, type Prepare } from '../shared.js';

/** The text a body cell shows: the grid renders into light-DOM content slotted into the cell. */
function cellText(cell: Element): string {
  return cell.querySelector('slot')?.assignedElements()[0]?.textContent ?? '';
}

export const prepare: Prepare = async ({ dataUrl }) => {
  const invoices = await loadInvoices(dataUrl);
  return {
    requests: () => 0,
    mount(stage) {
      const grid = document.createElement('vaadin-grid') as Grid<Invoice>;
      grid.style.blockSize = '100%';
      for (const { header, numeric, text } of COLUMNS) {
        const column = document.createElement('vaadin-grid-column') as GridColumn<Invoice>;
        column.header = header;
        if (numeric) column.textAlign = 'end';
        column.renderer = (root, _column, model) => {
          root.textContent = text(model.item);
        };
        grid.append(column);
      }
      grid.items = invoices;
      stage.append(grid);
      return {
        total: invoices.length,
        viewport: () => grid.getBoundingClientRect(),
        rows: () =>
          [...(grid.shadowRoot?.querySelectorAll('#items > tr') ?? [])].map((row) => {
            const cells = [...row.querySelectorAll('td')].map(cellText);
            return {
              box: row.getBoundingClientRect(),
              text: cells.length > 0 && cells.every(Boolean) ? cells.join(' ') : '',
            };
          }),
        describe: () => `${grid.shadowRoot?.querySelectorAll('#items > tr').length ?? 0} body rows`,
      };
    },
  };
};
