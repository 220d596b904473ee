import { css } from 'lit';
import { formStyles } from '../base/form.styles.js';
import { remittanceStyles } from '../base/remittance.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-invoice-detail-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = [
  tokens,
  stateStyles,
  dialogStyles,
  formStyles,
  remittanceStyles,
  css`
    :host {
      --_background: var(--cc-invoice-detail-background, var(--_cc-color-surface));
      --_border: var(--cc-invoice-detail-border, 1px solid var(--_cc-color-border));
      --_padding: var(--cc-invoice-detail-padding, calc(var(--_cc-space) * 2));
      --_max-inline-size: var(--cc-invoice-detail-max-inline-size, 48rem);
      --_balance-color: var(--cc-invoice-detail-balance-color, var(--_cc-color-text));
      --_overdue-color: var(--cc-invoice-detail-overdue-color, var(--_cc-color-danger));
      --_open-color: var(--cc-invoice-detail-open-color, var(--_cc-color-warning));
      --_closed-color: var(--cc-invoice-detail-closed-color, var(--_cc-color-success));
      --_backdrop: var(--cc-invoice-detail-backdrop, rgb(0 0 0 / 0.45));
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    :host([modal]) {
      display: contents;
    }

    .base {
      display: grid;
      gap: calc(var(--_cc-space) * 2);
      padding: var(--_padding);
      background: var(--_background);
      line-height: 1.45;
    }

    .dialog__bar {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      display: flex;
      justify-content: flex-end;
      padding-block: var(--_cc-space) 0;
      padding-inline: var(--_padding);
      background: var(--_background);
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_cc-space);
    }
    .heading {
      margin: 0;
      font-size: 1.375em;
      unicode-bidi: plaintext;
    }
    .status {
      padding-block: 0.125em;
      padding-inline: 0.625em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
    }
    .status--overdue {
      color: var(--_overdue-color);
    }
    .status--open {
      color: var(--_open-color);
    }
    .status--closed {
      color: var(--_closed-color);
    }

    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--_cc-space) calc(var(--_cc-space) * 3);
      margin: 0;
    }
    .summary__item--wide {
      grid-column: 1 / -1;
    }
    dt {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    dd {
      margin: 0;
    }
    .due-hint {
      color: var(--_cc-color-muted);
    }
    .due-hint--overdue {
      color: var(--_overdue-color);
      font-weight: 600;
    }
    .code {
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
      unicode-bidi: isolate;
      direction: ltr;
    }

    .table-scroll {
      overflow: auto;
    }
    .lines {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .lines__caption {
      padding-block-end: var(--_cc-space);
      font-weight: 600;
      text-align: start;
    }
    .lines th,
    .lines td {
      padding-block: calc(var(--_cc-space) * 0.75);
      padding-inline: var(--_cc-space);
      border-block-end: var(--_border);
      text-align: start;
      vertical-align: top;
    }
    .lines thead th {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
      font-weight: 600;
    }
    .lines tbody th {
      font-weight: normal;
    }
    .lines tfoot th {
      font-weight: normal;
      text-align: end;
    }
    .lines .number {
      text-align: end;
    }
    .lines tfoot .tax th,
    .lines tfoot .tax td {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .lines tfoot .total th,
    .lines tfoot .total td {
      font-weight: 700;
    }
    .line__period {
      display: block;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .section {
      display: grid;
      gap: var(--_cc-space);
    }
    .section__heading {
      margin: 0;
      font-size: 1em;
    }
    .entries {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      display: flex;
      justify-content: space-between;
      gap: var(--_cc-space);
      padding-block: calc(var(--_cc-space) * 0.5);
      border-block-end: var(--_border);
    }
    .entry__date {
      display: block;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }

    .balance {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--_cc-space);
      margin: 0;
      padding: calc(var(--_cc-space) * 1.5);
      border-radius: var(--_cc-radius);
      background: var(--_cc-color-surface-raised);
      color: var(--_balance-color);
    }
    .balance__label {
      font-weight: 600;
    }
    .balance__amount {
      font-size: 1.5em;
    }

    .actions {
      justify-content: flex-start;
      align-items: center;
    }
    .read-only-notice {
      margin: 0;
      color: var(--_cc-color-muted);
    }
    .action-error {
      flex-basis: 100%;
      margin: 0;
      color: var(--_cc-color-danger);
    }

    .notes {
      margin: 0;
      white-space: pre-line;
    }
    .announcement {
      margin: 0;
      min-block-size: 1lh;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
  `,
];
