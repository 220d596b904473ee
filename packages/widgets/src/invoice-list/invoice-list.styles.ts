import { css } from 'lit';
import { listStyles, tableAsCards } from '../base/list.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-invoice-list-* properties fall back to private --_ ones. Logical properties only,
// so right-to-left needs nothing extra. Narrow hosts (a sidebar, a phone) get rows as cards.
export const styles = [
  tokens,
  stateStyles,
  listStyles,
  tableAsCards('44rem'),
  css`
    :host {
      --_overdue: var(--cc-invoice-list-overdue-color, var(--_cc-color-danger));
      --_open: var(--cc-invoice-list-open-color, var(--_cc-color-warning));
      --_closed: var(--cc-invoice-list-closed-color, var(--_cc-color-success));
      --_row-border: var(--cc-invoice-list-row-border, 1px solid var(--_cc-color-border));
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .list {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .notice {
      margin: 0;
      padding: var(--_cc-space);
      border-inline-start: 4px solid var(--_cc-color-accent);
      background: var(--_cc-color-surface-raised);
    }
    .count {
      font-variant-numeric: tabular-nums;
    }
    .search input {
      font: inherit;
      inline-size: min(18rem, 100%);
      padding-block: calc(var(--_cc-space) / 2);
      padding-inline: var(--_cc-space);
      border: 1px solid var(--_cc-color-control-border);
      border-radius: var(--_cc-radius);
      background: var(--_cc-color-surface);
      color: inherit;
    }
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_cc-space) * 2);
      margin: 0;
    }
    .total {
      display: grid;
      grid-template-columns: auto auto;
      column-gap: var(--_cc-space);
    }
    .total dt {
      color: var(--_cc-color-muted);
    }
    .total dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .total dd.overdue {
      color: var(--_overdue);
      font-weight: 600;
    }
    .selection {
      display: flex;
      gap: var(--_cc-space);
      align-items: center;
    }
    th,
    td {
      padding-block: var(--_cc-space);
      padding-inline: var(--_cc-space);
      border-block-end: var(--_row-border);
      text-align: start;
      vertical-align: top;
    }
    .sort,
    .link {
      font: inherit;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      cursor: pointer;
    }
    .link {
      color: var(--_cc-color-accent);
      text-decoration: underline;
      font-weight: 600;
      white-space: nowrap;
    }
    .date .hint {
      white-space: normal;
    }
    button:focus-visible,
    input:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .sort-mark {
      display: inline-block;
      min-inline-size: 1ch;
      margin-inline-start: 0.25em;
    }
    .hint {
      display: block;
      font-size: 0.8125em;
      color: var(--_cc-color-muted);
    }
    .hint.overdue {
      color: var(--_overdue);
    }
    .badge {
      display: inline-block;
      padding-block: 0.1em;
      padding-inline: 0.6em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
    }
    .badge.overdue {
      color: var(--_overdue);
    }
    .badge.open {
      color: var(--_open);
    }
    .badge.closed {
      color: var(--_closed);
    }
    .icon {
      margin-inline-start: 0.25em;
      color: var(--_cc-color-muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_cc-space) / 2);
      justify-content: flex-end;
    }
    .load-more {
      justify-self: center;
    }
    @container (inline-size < 44rem) {
      tr {
        padding-block: var(--_cc-space);
        border-block-end: var(--_row-border);
      }
      .actions {
        justify-content: flex-start;
      }
    }
  `,
];
