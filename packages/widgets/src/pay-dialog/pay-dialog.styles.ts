import { css } from 'lit';
import { dialogStyles } from '../base/dialog.styles.js';
import { formStyles } from '../base/form.styles.js';
import { remittanceStyles } from '../base/remittance.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-pay-dialog-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = [
  tokens,
  stateStyles,
  dialogStyles,
  formStyles,
  remittanceStyles,
  css`
    :host {
      --_background: var(--cc-pay-dialog-background, var(--_cc-color-surface));
      --_border: var(--cc-pay-dialog-border, 1px solid var(--_cc-color-border));
      --_padding: var(--cc-pay-dialog-padding, calc(var(--_cc-space) * 2));
      --_max-inline-size: var(--cc-pay-dialog-max-inline-size, 40rem);
      --_error-color: var(--cc-pay-dialog-error-color, var(--_cc-color-danger));
      --_backdrop: var(--cc-pay-dialog-backdrop, rgb(0 0 0 / 0.45));
      display: contents;
    }
    .body,
    .step {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .body {
      padding: var(--_padding);
      line-height: 1.45;
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
    }
    .heading:focus {
      outline: none;
    }
    .focus-guard {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .message,
    .hint,
    .notice,
    .status {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hint,
    .status {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .status:empty {
      display: none;
    }
    .message--error {
      color: var(--_error-color);
      font-weight: 600;
    }
    .notice {
      padding: var(--_cc-space);
      border-inline-start: 4px solid var(--_cc-color-warning);
      background: var(--_cc-color-surface-raised);
    }
    .invoices {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .invoices th,
    .invoices td {
      padding-block: calc(var(--_cc-space) * 0.5);
      padding-inline: calc(var(--_cc-space) * 0.5);
      border-block-end: 1px solid var(--_cc-color-border);
      text-align: start;
      vertical-align: baseline;
    }
    .invoices .numeric {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .amount-field {
      display: inline-flex;
      align-items: baseline;
      gap: calc(var(--_cc-space) * 0.5);
    }
    .amount {
      inline-size: 9rem;
      text-align: end;
    }
    .currency {
      color: var(--_cc-color-muted);
    }
    .totals {
      display: grid;
      gap: calc(var(--_cc-space) * 0.5);
      margin: 0;
    }
    .total {
      display: flex;
      justify-content: space-between;
      gap: var(--_cc-space);
    }
    .total dt {
      color: var(--_cc-color-muted);
    }
    .total dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
      text-align: end;
      overflow-wrap: anywhere;
    }
    .total--grand {
      font-weight: 700;
    }
    .methods {
      display: grid;
      gap: calc(var(--_cc-space) * 0.75);
      margin: 0;
      padding: var(--_cc-space);
      border: var(--_border);
      border-radius: var(--_cc-radius);
    }
    .methods legend {
      font-weight: 600;
    }
    .method {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_cc-space);
    }
    .method--disabled {
      color: var(--_cc-color-muted);
    }
    .method__note {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .mandate {
      display: grid;
      gap: var(--_cc-space);
    }
    .mandate__text {
      margin: 0;
      max-block-size: 8rem;
      overflow: auto;
      font-size: 0.875em;
    }
    .checkbox {
      display: flex;
      gap: var(--_cc-space);
      align-items: center;
    }
    .code {
      font-family: ui-monospace, monospace;
      text-transform: uppercase;
    }
    .footer {
      display: flex;
      justify-content: flex-start;
    }
  `,
];
