import { css } from 'lit';
import { listStyles, tableAsCards } from '../base/list.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-document-list-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra. Narrow
// hosts (a sidebar, a phone) get the rows as cards.
export const styles = [
  tokens,
  stateStyles,
  listStyles,
  tableAsCards('40rem'),
  css`
    :host {
      --_row-border: var(--cc-document-list-row-border, 1px solid var(--_cc-color-border));
      --_badge-color: var(--cc-document-list-badge-color, var(--_cc-color-muted));
      --_filter-radius: var(--cc-document-list-filter-radius, 999px);
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
    .filter {
      font: inherit;
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding-block: calc(var(--_cc-space) / 2);
      padding-inline: var(--_cc-space);
      border: 1px solid var(--_cc-color-border);
      border-radius: var(--_filter-radius);
      background: var(--_cc-color-surface);
      color: inherit;
      cursor: pointer;
    }
    .count {
      font-variant-numeric: tabular-nums;
      font-size: 0.875em;
    }
    .sort {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_cc-space) / 2);
      color: var(--_cc-color-muted);
    }
    .sort select {
      font: inherit;
      padding-block: calc(var(--_cc-space) / 2);
      padding-inline: var(--_cc-space);
      border: 1px solid var(--_cc-color-control-border);
      border-radius: var(--_cc-radius);
      background: var(--_cc-color-surface);
      color: var(--_cc-color-text);
    }
    th,
    td {
      padding-block: var(--_cc-space);
      padding-inline: var(--_cc-space);
      border-block-end: var(--_row-border);
      text-align: start;
      vertical-align: middle;
    }
    tbody th {
      font-weight: 600;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .date,
    .file {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .file {
      color: var(--_cc-color-muted);
    }
    .badge {
      display: inline-block;
      padding-block: 0.1em;
      padding-inline: 0.6em;
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--_badge-color);
      font-size: 0.8125em;
      font-weight: 600;
      white-space: nowrap;
    }
    .actions {
      text-align: end;
      white-space: nowrap;
    }
    button:focus-visible,
    select:focus-visible,
    th:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    th:focus:not(:focus-visible) {
      outline: none;
    }
    .problem-row td {
      padding-block-start: 0;
    }
    .download-error {
      display: grid;
      gap: calc(var(--_cc-space) / 2);
    }
    .download-error .cc-error__message,
    .download-error .cc-error__reference {
      margin: 0;
    }
    .problem-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_cc-space);
    }
    .download-error .cc-help {
      margin-block-start: 0;
    }
    .more,
    .empty {
      display: grid;
      justify-items: center;
      gap: var(--_cc-space);
    }
    .progress {
      margin: 0;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .no-access {
      padding: calc(var(--_cc-space) * 2);
      border: 1px solid var(--_cc-color-border);
      border-radius: var(--_cc-radius);
    }
    .no-access p {
      margin-block: 0 var(--_cc-space);
    }
    .no-access__title {
      font-weight: 600;
    }
    @container (inline-size < 40rem) {
      tr.row {
        display: grid;
        grid-template-columns: 1fr auto;
        column-gap: var(--_cc-space);
        padding-block: var(--_cc-space);
        border-block-end: var(--_row-border);
      }
      tr.row > * {
        grid-column: 1;
      }
      tr.row > .actions {
        grid-column: 2;
        grid-row: 1 / span 4;
        align-self: center;
      }
      tr.problem-row {
        border-block-end: var(--_row-border);
      }
      .problem-row td {
        padding-block: 0 var(--_cc-space);
      }
    }
    @container (inline-size < 22rem) {
      tr.row {
        grid-template-columns: 1fr;
      }
      tr.row > .actions {
        grid-column: 1;
        grid-row: auto;
        text-align: start;
      }
    }
  `,
];
