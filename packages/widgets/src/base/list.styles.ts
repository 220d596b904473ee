import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * What every list-like element draws the same way: the toolbar, status filter buttons
 * (`aria-pressed`), the table's frame and headings, numeric and date columns. Each element
 * adds its own columns, its cards breakpoint and its colours after these.
 */
export const listStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cc-space);
    align-items: center;
    justify-content: space-between;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_cc-space) / 2);
  }
  .filter {
    font: inherit;
    padding-block: calc(var(--_cc-space) / 2);
    padding-inline: var(--_cc-space);
    border: 1px solid var(--_cc-color-border);
    border-radius: 999px;
    background: var(--_cc-color-surface);
    color: inherit;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_cc-color-accent);
    background: var(--_cc-color-accent);
    color: var(--_cc-color-on-accent);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  thead th {
    color: var(--_cc-color-muted);
    font-weight: 600;
    white-space: nowrap;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .date {
    white-space: nowrap;
  }
`;

/**
 * Below `maxWidth` of the element's own width (a sidebar, a phone), table rows become cards:
 * headings hidden but read, each cell on its own line after its `data-label`. The element
 * adds its own card rules in a container query of the same width.
 */
export function tableAsCards(maxWidth: `${number}rem`): CSSResult {
  return css`
    @container (inline-size < ${unsafeCSS(maxWidth)}) {
      thead {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      table,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      th,
      td {
        border: 0;
        padding-block: calc(var(--_cc-space) / 4);
      }
      td[data-label]::before {
        content: attr(data-label) ': ';
        color: var(--_cc-color-muted);
      }
      .numeric {
        text-align: start;
      }
    }
  `;
}
