import { css } from 'lit';

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
