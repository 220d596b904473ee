import { css } from 'lit';
import { formStyles } from '../base/form.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-rewards-redeem-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = [
  tokens,
  stateStyles,
  formStyles,
  css`
    :host {
      --_background: var(--cc-rewards-redeem-background, var(--_cc-color-surface));
      --_border: var(--cc-rewards-redeem-border, 1px solid var(--_cc-color-border));
      --_error-color: var(--cc-rewards-redeem-error-color, var(--_cc-color-danger));
      --_success-color: var(--cc-rewards-redeem-success-color, var(--_cc-color-success));
      --_warning-color: var(--cc-rewards-redeem-warning-color, var(--_cc-color-warning));
      display: block;
      line-height: 1.45;
    }
    :host([hidden]) {
      display: none;
    }
    .base,
    .section,
    .form {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .base {
      gap: calc(var(--_cc-space) * 3);
    }
    .heading,
    .subheading {
      margin: 0;
    }
    .heading {
      font-size: 1.25em;
    }
    .subheading {
      font-size: 1em;
    }
    .muted,
    .hint {
      margin: 0;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .notice {
      margin: 0;
      padding: var(--_cc-space);
      border-inline-start: 3px solid var(--_cc-color-muted);
      overflow-wrap: anywhere;
    }

    /* Balance and history */
    .balances {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_cc-space) calc(var(--_cc-space) * 3);
      margin: 0;
    }
    .balance {
      display: grid;
    }
    .balance dt {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .balance dd {
      margin: 0;
      font-size: 1.25em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .history {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .history th,
    .history td {
      padding-block: calc(var(--_cc-space) * 0.5);
      padding-inline: var(--_cc-space);
      border-block-end: var(--_border);
      text-align: start;
      overflow-wrap: anywhere;
    }
    .history th {
      font-size: 0.875em;
      color: var(--_cc-color-muted);
      font-weight: 600;
    }
    .history .numeric {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .code {
      font-family: ui-monospace, monospace;
      letter-spacing: 0.05em;
    }

    /* The form */
    .invoice,
    .amounts {
      display: grid;
      gap: calc(var(--_cc-space) * 0.5);
      margin: 0;
    }
    .invoice div,
    .amounts div {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_cc-space);
    }
    .invoice dt,
    .amounts dt {
      color: var(--_cc-color-muted);
    }
    .invoice dd,
    .amounts dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .input.code {
      text-transform: uppercase;
    }
    .effect {
      display: grid;
      gap: var(--_cc-space);
      padding: var(--_cc-space);
      border: var(--_border);
      border-radius: var(--_cc-radius);
      background: var(--_background);
    }
    .amounts .after {
      padding-block-start: calc(var(--_cc-space) * 0.5);
      border-block-start: var(--_border);
      font-weight: 600;
    }
    .amounts .after dt {
      color: inherit;
    }
    .warning {
      margin: 0;
      padding-inline-start: var(--_cc-space);
      border-inline-start: 3px solid var(--_warning-color);
      color: var(--_warning-color);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .failure {
      margin: 0;
      color: var(--_error-color);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .failure + .reference {
      margin-block: calc(var(--_cc-space) * 0.5) 0;
      margin-inline: 0;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
      unicode-bidi: plaintext;
    }
    .actions {
      justify-content: flex-start;
    }
    .confirmation {
      margin: 0;
      color: var(--_success-color);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .confirmation:not(:empty) {
      margin-block-start: calc(var(--_cc-space) * 1.5);
    }
  `,
];
