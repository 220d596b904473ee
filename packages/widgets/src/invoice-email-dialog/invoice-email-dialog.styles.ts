import { css } from 'lit';
import { dialogStyles } from '../base/dialog.styles.js';
import { formStyles } from '../base/form.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-invoice-email-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = [
  tokens,
  stateStyles,
  dialogStyles,
  formStyles,
  css`
    :host {
      --_background: var(--cc-invoice-email-background, var(--_cc-color-surface));
      --_border: var(--cc-invoice-email-border, 1px solid var(--_cc-color-border));
      --_padding: var(--cc-invoice-email-padding, calc(var(--_cc-space) * 2));
      --_max-inline-size: var(--cc-invoice-email-max-inline-size, 32rem);
      --_error-color: var(--cc-invoice-email-error-color, var(--_cc-color-danger));
      --_success-color: var(--cc-invoice-email-success-color, var(--_cc-color-success));
      --_backdrop: var(--cc-invoice-email-backdrop, rgb(0 0 0 / 0.45));
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }

    .form {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
      padding: var(--_padding);
      line-height: 1.45;
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
    }
    .filter {
      margin: 0;
      color: var(--_cc-color-muted);
      overflow-wrap: anywhere;
    }

    .hint,
    .count {
      margin: 0;
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .count {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .count--over {
      color: var(--_error-color);
      font-weight: 600;
    }
    .input {
      resize: vertical;
    }

    .confirmation {
      margin: 0;
      color: var(--_success-color);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  `,
];
