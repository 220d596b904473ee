import { css } from 'lit';
import { dialogStyles } from '../base/dialog.styles.js';
import { formStyles } from '../base/form.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-billing-profile-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra. Narrow
// hosts (a sidebar, a phone) get the plans as cards.
export const styles = [
  tokens,
  stateStyles,
  dialogStyles,
  formStyles,
  css`
    :host {
      --_section-border: var(--cc-billing-profile-section-border, 1px solid var(--_cc-color-border));
      --_border: var(--_section-border);
      --_padding: var(--cc-billing-profile-section-padding, calc(var(--_cc-space) * 2));
      --_error-color: var(--cc-billing-profile-error-color, var(--_cc-color-danger));
      --_success-color: var(--cc-billing-profile-success-color, var(--_cc-color-success));
      --_background: var(--cc-billing-profile-dialog-background, var(--_cc-color-surface));
      --_max-inline-size: var(--cc-billing-profile-dialog-max-inline-size, 32rem);
      --_backdrop: var(--cc-billing-profile-backdrop, rgb(0 0 0 / 0.45));
      display: block;
      container-type: inline-size;
      line-height: 1.45;
    }
    :host([hidden]) {
      display: none;
    }

    .profile,
    .sections {
      display: grid;
      gap: calc(var(--_cc-space) * 2);
    }
    .section {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
      padding: var(--_padding);
      border: var(--_section-border);
      border-radius: var(--_cc-radius);
    }
    .section__heading {
      margin: 0;
      font-size: 1.25em;
    }
    .section__heading:focus,
    .dialog__heading:focus,
    .method:focus {
      outline: none;
    }
    .method:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .section__intro,
    .hint,
    .muted {
      margin: 0;
      color: var(--_cc-color-muted);
    }
    .hint {
      font-size: 0.875em;
    }
    .section__actions,
    .card__actions,
    .method__actions,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_cc-space);
    }

    .notice,
    .banner {
      margin: 0;
      padding: var(--_cc-space);
      border-inline-start: 4px solid var(--_cc-color-warning);
      border-radius: var(--_cc-radius);
      background: var(--_cc-color-surface-raised);
      overflow-wrap: anywhere;
    }
    .notice--info {
      border-inline-start-color: var(--_cc-color-accent);
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_cc-space);
      border-inline-start-color: var(--_error-color);
    }
    .banner__text {
      margin: 0;
    }
    .no-access {
      padding: var(--_padding);
      border: var(--_section-border);
      border-radius: var(--_cc-radius);
    }
    .no-access p {
      margin: 0;
    }
    .no-access__title {
      font-weight: 600;
    }

    .cards,
    .methods {
      display: grid;
      gap: var(--_cc-space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    }
    .card,
    .method {
      display: grid;
      gap: var(--_cc-space);
      align-content: start;
      padding: calc(var(--_cc-space) * 1.5);
      border: var(--_section-border);
      border-radius: var(--_cc-radius);
      overflow-wrap: anywhere;
    }
    .card__title {
      margin: 0;
      font-size: 1em;
    }
    .details {
      display: grid;
      gap: calc(var(--_cc-space) * 0.5);
      margin: 0;
    }
    .details__row {
      display: grid;
      grid-template-columns: minmax(5rem, 8rem) 1fr;
      gap: var(--_cc-space);
    }
    .details dt {
      color: var(--_cc-color-muted);
    }
    .details dd {
      margin: 0;
    }
    .amount {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    .badge {
      justify-self: start;
      display: inline-block;
      margin: 0;
      padding-block: 0.0625em;
      padding-inline: calc(var(--_cc-space) * 0.75);
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
      white-space: nowrap;
    }
    .badge--accent {
      color: var(--_cc-color-accent);
    }
    .badge--danger,
    .badge--plan-cancelled,
    .badge--plan-expired {
      color: var(--_error-color);
    }
    .badge--plan-active {
      color: var(--_success-color);
    }
    .badge--plan-pending {
      color: var(--_cc-color-warning);
    }

    .method {
      grid-template-columns: 1fr auto;
      align-items: center;
    }
    .method__main {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_cc-space) * 0.5) var(--_cc-space);
    }
    .method__label {
      font-weight: 600;
    }
    .method--expired .method__label {
      color: var(--_error-color);
    }
    .button--danger {
      border-color: var(--_error-color);
      color: var(--_error-color);
    }
    .button--danger-solid {
      border-color: var(--_error-color);
      background: var(--_error-color);
      color: var(--_cc-color-surface);
    }

    .due__failure {
      margin: 0;
      color: var(--_error-color);
    }
    .due__paid {
      margin: 0;
      color: var(--_success-color);
      font-weight: 600;
    }
    /* A paid due keeps its Pay button for the open payment dialog, but not on show. */
    .due--paid cc-pay-button::part(button) {
      display: none;
    }

    .table-wrap {
      overflow-x: auto;
    }
    .plans {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .plans th,
    .plans td {
      padding-block: var(--_cc-space);
      padding-inline: calc(var(--_cc-space) * 0.75);
      border-block-end: var(--_section-border);
      text-align: start;
      vertical-align: baseline;
    }
    .plans thead th {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .plans .numeric {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .period {
      display: block;
      font-size: 0.875em;
    }
    @container (inline-size < 44rem) {
      .plans thead {
        display: none;
      }
      .plans,
      .plans tbody,
      .plans tr,
      .plans th,
      .plans td {
        display: block;
      }
      .plans tr {
        padding-block: var(--_cc-space);
        border-block-end: var(--_section-border);
      }
      .plans th,
      .plans td {
        border: none;
        padding-block: 0.125em;
      }
      .plans td[data-label]::before {
        content: attr(data-label) ': ';
        color: var(--_cc-color-muted);
      }
      .plans .numeric {
        text-align: start;
      }
      .method {
        grid-template-columns: 1fr;
      }
    }

    .contact-form,
    .dialog__form,
    .dialog__body,
    .address-fields {
      display: grid;
      gap: calc(var(--_cc-space) * 1.25);
    }
    .address-fields {
      margin: 0;
      padding: var(--_cc-space);
      border: var(--_section-border);
      border-radius: var(--_cc-radius);
    }
    .dialog__body {
      padding: var(--_padding);
    }
    .dialog__heading {
      margin: 0;
      font-size: 1.25em;
    }
    .dialog__body p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .steps {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .checkbox {
      display: flex;
      align-items: center;
      gap: var(--_cc-space);
    }
    .checkbox input {
      margin: 0;
    }
  `,
];
