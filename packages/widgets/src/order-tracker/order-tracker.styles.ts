import { css } from 'lit';
import { listStyles, tableAsCards } from '../base/list.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-order-tracker-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra. Narrow
// hosts (a sidebar, a phone) get the rows as cards.
export const styles = [
  tokens,
  stateStyles,
  listStyles,
  tableAsCards('40rem'),
  css`
    :host {
      --_active: var(--cc-order-tracker-active-color, var(--_cc-color-accent));
      --_done: var(--cc-order-tracker-done-color, var(--_cc-color-success));
      --_cancelled: var(--cc-order-tracker-cancelled-color, var(--_cc-color-danger));
      --_timeline: var(--cc-order-tracker-timeline-color, var(--_cc-color-border));
      --_row-border: var(--cc-order-tracker-row-border, 1px solid var(--_cc-color-border));
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .list,
    .results,
    .order,
    .order__body {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .search {
      margin: 0;
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
    .count {
      margin: 0;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    th,
    td {
      padding: var(--_cc-space);
      border-block-end: var(--_row-border);
      text-align: start;
      vertical-align: top;
    }
    tbody th {
      font-weight: normal;
    }
    .description {
      overflow-wrap: anywhere;
    }
    .link,
    .back {
      font: inherit;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_cc-color-accent);
      cursor: pointer;
    }
    .link {
      text-decoration: underline;
      font-weight: 600;
      white-space: nowrap;
    }
    .back {
      justify-self: start;
      display: inline-flex;
      gap: 0.4em;
      align-items: center;
    }
    .back:hover {
      text-decoration: underline;
    }
    :host(:dir(rtl)) .back__arrow {
      scale: -1 1;
    }
    button:focus-visible,
    input:focus-visible,
    .order__heading:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .order__heading:focus:not(:focus-visible) {
      outline: none;
    }
    .hint {
      display: block;
      margin-block-start: 0.25em;
      font-size: 0.8125em;
      color: var(--_cc-color-muted);
    }
    .muted {
      margin: 0;
      color: var(--_cc-color-muted);
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
      color: var(--_active);
    }
    .badge.delivered,
    .badge.completed,
    .badge.invoice-closed {
      color: var(--_done);
    }
    .badge.cancelled,
    .badge.invoice-overdue {
      color: var(--_cancelled);
    }
    .badge.invoice-open {
      color: var(--_cc-color-warning);
    }
    .load-more,
    .clear {
      justify-self: center;
    }
    .alert {
      margin: 0;
      padding: var(--_cc-space);
      border: 1px solid var(--_cc-color-danger);
      border-radius: var(--_cc-radius);
      color: var(--_cc-color-danger);
    }
    .no-access {
      padding: calc(var(--_cc-space) * 2);
      border: var(--_row-border);
      border-radius: var(--_cc-radius);
    }
    .no-access p {
      margin: 0;
    }
    .no-access__title {
      font-weight: 600;
    }

    /* One order */
    .order__heading {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.3;
    }
    .order__label {
      display: block;
      font-size: 0.6em;
      font-weight: 600;
      color: var(--_cc-color-muted);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .order__status {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_cc-space);
      align-items: center;
    }
    .order__hint {
      color: var(--_cc-color-muted);
    }
    .order__description {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_cc-space) calc(var(--_cc-space) * 3);
      margin: 0;
    }
    .summary dt {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .summary dd {
      margin: 0;
    }
    .amount,
    .tracking {
      font-variant-numeric: tabular-nums;
    }
    .tracking {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
    }
    .order__section {
      display: grid;
      gap: var(--_cc-space);
    }
    .order__section-heading {
      margin: 0;
      font-size: 1em;
    }
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      --_mark: var(--_active);
      position: relative;
      display: flex;
      gap: var(--_cc-space);
      padding-block-end: calc(var(--_cc-space) * 2);
    }
    .step.delivered,
    .step.completed {
      --_mark: var(--_done);
    }
    .step.cancelled {
      --_mark: var(--_cancelled);
    }
    /* The line joining a step's mark to the next one's. */
    .step:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-block: 1.1em 0;
      inset-inline-start: calc(0.5em - 1px);
      border-inline-start: 2px solid var(--_timeline);
    }
    .step__mark {
      flex: none;
      box-sizing: border-box;
      inline-size: 1em;
      block-size: 1em;
      margin-block-start: 0.15em;
      border: 2px solid var(--_mark);
      border-radius: 50%;
      background: var(--_cc-color-surface);
    }
    .step[aria-current='step'] .step__mark {
      background: var(--_mark);
    }
    .step__body {
      min-inline-size: 0;
    }
    .step__title {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_cc-space);
      align-items: baseline;
      margin: 0;
    }
    .step__status {
      font-weight: 600;
    }
    .step__time {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .step__note {
      margin-block: 0.25em 0;
      overflow-wrap: anywhere;
    }
    .invoice-error {
      margin-block: 0 var(--_cc-space);
      color: var(--_cc-color-danger);
    }

    @container (inline-size < 40rem) {
      tr {
        padding-block: var(--_cc-space);
        border-block-end: var(--_row-border);
      }
      .search,
      .search input {
        inline-size: 100%;
      }
    }
  `,
];
