import { css } from 'lit';
import { listStyles, tableAsCards } from '../base/list.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-contract-list-* properties fall back to private --_ ones, which fall back to the
// global tokens. Logical properties only, so right-to-left needs nothing extra. Narrow hosts
// (a sidebar, a phone) get each contract as a card.
export const styles = [
  tokens,
  stateStyles,
  listStyles,
  tableAsCards('44rem'),
  css`
    :host {
      --_active: var(--cc-contract-list-active-color, var(--_cc-color-success));
      --_pending: var(--cc-contract-list-pending-color, var(--_cc-color-warning));
      --_ended: var(--cc-contract-list-ended-color, var(--_cc-color-muted));
      --_soon: var(--cc-contract-list-renewal-soon-color, var(--_cc-color-warning));
      --_error: var(--cc-contract-list-error-color, var(--_cc-color-danger));
      --_row-border: var(--cc-contract-list-row-border, 1px solid var(--_cc-color-border));
      --_detail-background: var(--cc-contract-list-detail-background, var(--_cc-color-surface-raised));
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
    th,
    td {
      padding-block: var(--_cc-space);
      padding-inline: var(--_cc-space);
      border-block-end: var(--_row-border);
      text-align: start;
      vertical-align: top;
    }
    tbody > tr > th {
      font-weight: normal;
    }
    .contract.soon > tr:first-child > th {
      border-inline-start: 3px solid var(--_soon);
    }
    .disclosure,
    .link {
      font: inherit;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      cursor: pointer;
      text-align: start;
    }
    .disclosure {
      display: flex;
      gap: calc(var(--_cc-space) * 0.75);
      align-items: baseline;
    }
    .chevron {
      flex: none;
      inline-size: 0;
      block-size: 0;
      border-block: 0.35em solid transparent;
      border-inline-start: 0.45em solid currentColor;
      border-inline-end: 0;
    }
    .disclosure[aria-expanded='true'] .chevron {
      border-inline: 0.35em solid transparent;
      border-block-start: 0.45em solid currentColor;
      border-block-end: 0;
    }
    .identity {
      display: grid;
    }
    .number {
      color: var(--_cc-color-accent);
      font-weight: 600;
      text-decoration: underline;
      white-space: nowrap;
    }
    .name {
      color: var(--_cc-color-text);
    }
    .link {
      color: var(--_cc-color-accent);
      text-decoration: underline;
      font-weight: 600;
      white-space: nowrap;
    }
    .hint,
    .muted {
      color: var(--_cc-color-muted);
    }
    .hint {
      display: block;
      font-size: 0.8125em;
    }
    .muted {
      margin: 0;
    }
    .renewal-soon {
      display: block;
      color: var(--_soon);
      font-size: 0.8125em;
    }
    .badge {
      display: inline-block;
      padding-block: 0.1em;
      padding-inline: 0.6em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
      white-space: nowrap;
    }
    .badge.active,
    .badge.invoice-closed {
      color: var(--_active);
    }
    .badge.pending_renewal,
    .badge.invoice-open {
      color: var(--_pending);
    }
    .badge.expired,
    .badge.terminated {
      color: var(--_ended);
    }
    .badge.invoice-overdue {
      color: var(--_error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_cc-space) / 2);
      justify-content: flex-end;
    }
    .actions .cc-button {
      white-space: nowrap;
    }
    .cc-button.small {
      padding-block: 0.125em;
      padding-inline: var(--_cc-space);
      font-size: 0.875em;
    }
    button:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .download-error {
      margin-block: calc(var(--_cc-space) / 2) 0;
      color: var(--_error);
      font-size: 0.875em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .actions-cell .download-error {
      max-inline-size: 18rem;
      margin-inline-start: auto;
      text-align: end;
    }
    .detail-row > td {
      padding-block: 0 var(--_cc-space);
    }
    .detail {
      padding: calc(var(--_cc-space) * 1.5);
      border-radius: var(--_cc-radius);
      background: var(--_detail-background);
    }
    .related-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
      gap: calc(var(--_cc-space) * 2);
    }
    .detail > .cc-help {
      margin-block-start: calc(var(--_cc-space) * 1.5);
    }
    .related__heading {
      display: flex;
      gap: calc(var(--_cc-space) / 2);
      align-items: center;
      margin-block: 0 var(--_cc-space);
      font-size: 1em;
      font-weight: 600;
    }
    .count {
      padding-inline: 0.5em;
      border-radius: 999px;
      background: var(--_cc-color-surface);
      color: var(--_cc-color-muted);
      font-size: 0.8125em;
      font-variant-numeric: tabular-nums;
    }
    .items {
      display: grid;
      gap: calc(var(--_cc-space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_cc-space) / 2) var(--_cc-space);
      align-items: center;
      padding-block: calc(var(--_cc-space) / 2);
      border-block-end: var(--_row-border);
    }
    .item:last-child {
      border-block-end: 0;
    }
    .item__main {
      display: grid;
      flex: 1 1 10rem;
      min-inline-size: 0;
    }
    .item__name {
      overflow-wrap: anywhere;
    }
    .item .download-error {
      flex-basis: 100%;
    }
    .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
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
    .load-more {
      justify-self: center;
    }
    @container (inline-size < 44rem) {
      tbody {
        padding-block: var(--_cc-space);
        border-block-end: var(--_row-border);
      }
      .hint {
        display: inline;
        margin-inline-start: 0.5em;
      }
      .actions {
        justify-content: flex-start;
      }
      .actions-cell .download-error {
        margin-inline-start: 0;
        text-align: start;
      }
      .contract.soon {
        border-inline-start: 3px solid var(--_soon);
        padding-inline-start: var(--_cc-space);
      }
      .detail-row > td {
        padding-block: var(--_cc-space) 0;
      }
    }
  `,
];
