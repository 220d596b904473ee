import { css } from 'lit';
import { dialogStyles } from '../base/dialog.styles.js';
import { formStyles } from '../base/form.styles.js';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-team-members-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra. Narrow
// hosts (a sidebar, a phone) get each row's role and actions under its name.
export const styles = [
  tokens,
  stateStyles,
  dialogStyles,
  formStyles,
  css`
    :host {
      --_section-border: var(--cc-team-members-section-border, 1px solid var(--_cc-color-border));
      --_border: var(--_section-border);
      --_padding: var(--cc-team-members-section-padding, calc(var(--_cc-space) * 2));
      --_error-color: var(--cc-team-members-error-color, var(--_cc-color-danger));
      --_background: var(--cc-team-members-dialog-background, var(--_cc-color-surface));
      --_max-inline-size: var(--cc-team-members-dialog-max-inline-size, 32rem);
      --_backdrop: var(--cc-team-members-backdrop, rgb(0 0 0 / 0.45));
      display: block;
      container-type: inline-size;
      line-height: 1.45;
    }
    :host([hidden]) {
      display: none;
    }
    .input {
      background: var(--cc-team-members-input-background, var(--_cc-color-surface));
    }

    .team,
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
      display: flex;
      align-items: baseline;
      gap: var(--_cc-space);
      margin: 0;
      font-size: 1.25em;
    }
    .section__heading:focus,
    .dialog__heading:focus,
    .row:focus {
      outline: none;
    }
    .row:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .count {
      color: var(--_cc-color-muted);
      font-size: 0.8em;
      font-weight: normal;
    }
    .hint,
    .muted {
      margin: 0;
      color: var(--_cc-color-muted);
    }
    .hint {
      font-size: 0.875em;
    }

    .notice {
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
    .notice--warning {
      border-inline-start-color: var(--_error-color);
    }
    .no-access {
      display: grid;
      gap: calc(var(--_cc-space) * 0.5);
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

    .rows {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      gap: calc(var(--_cc-space) * 0.5) calc(var(--_cc-space) * 2);
      padding-block: var(--_cc-space);
      border-block-end: var(--_section-border);
      overflow-wrap: anywhere;
    }
    .row:last-child {
      border-block-end: none;
    }
    .row__main {
      display: grid;
      gap: calc(var(--_cc-space) * 0.25);
      min-inline-size: 0;
    }
    .row__main p {
      margin: 0;
    }
    .row__title {
      font-weight: 600;
    }
    .row__meta {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }
    .row__side,
    .row__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: var(--_cc-space);
    }
    .row__hint {
      grid-column: 1 / -1;
    }
    .you {
      color: var(--_cc-color-muted);
      font-weight: normal;
    }
    .row--expired .row__title {
      color: var(--_cc-color-muted);
    }

    .badge {
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
    .badge--billing {
      color: var(--_cc-color-accent);
    }
    .badge--executive {
      color: var(--_cc-color-success);
    }
    .badge--technical {
      color: var(--_cc-color-text);
    }
    .badge--pending {
      color: var(--_cc-color-warning);
      border-style: dashed;
    }
    .badge--expired {
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

    .invite {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .invite__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: calc(var(--_cc-space) * 1.5);
      align-items: start;
    }
    .field-action {
      display: flex;
    }
    .actions--start {
      justify-content: flex-start;
    }

    .roles {
      display: grid;
      gap: var(--_cc-space);
      margin: 0;
    }
    .roles__item {
      display: grid;
      grid-template-columns: minmax(6rem, 8rem) 1fr;
      align-items: baseline;
      gap: var(--_cc-space);
    }
    .roles dd {
      margin: 0;
    }

    .dialog__body,
    .dialog__form {
      display: grid;
      gap: calc(var(--_cc-space) * 1.5);
    }
    .dialog__body {
      padding: var(--_padding);
    }
    .dialog__heading {
      margin: 0;
      font-size: 1.25em;
      overflow-wrap: anywhere;
    }
    .dialog__body p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .roles-choice {
      display: grid;
      gap: var(--_cc-space);
      margin: 0;
      padding: 0;
      border: none;
    }
    .roles-choice legend {
      padding: 0;
      margin-block-end: var(--_cc-space);
    }
    .role-option {
      display: flex;
      align-items: baseline;
      gap: var(--_cc-space);
      padding: var(--_cc-space);
      border: var(--_section-border);
      border-radius: var(--_cc-radius);
      cursor: pointer;
    }
    .role-option:has(input:checked) {
      border-color: var(--_cc-color-accent);
      background: var(--_cc-color-surface-raised);
    }
    .role-option input {
      margin: 0;
    }
    .role-option input:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .role-option__text {
      display: grid;
      gap: calc(var(--_cc-space) * 0.25);
    }
    .role-option__name {
      font-weight: 600;
    }
    .role-option__description {
      color: var(--_cc-color-muted);
      font-size: 0.875em;
    }

    @container (inline-size < 36rem) {
      .row {
        grid-template-columns: 1fr;
      }
      .row__side {
        justify-content: flex-start;
      }
      .roles__item {
        grid-template-columns: 1fr;
      }
    }
  `,
];
