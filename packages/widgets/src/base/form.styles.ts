import { css } from 'lit';

/**
 * Buttons, fields and field errors as every form-like element draws them. The element sets
 * `--_background` and `--_error-color`; fields are outlined in `--_cc-color-control-border`.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_cc-space) * 0.5);
  }
  .label {
    font-weight: 600;
  }
  .input {
    box-sizing: border-box;
    inline-size: 100%;
    padding-block: calc(var(--_cc-space) * 0.75);
    padding-inline: var(--_cc-space);
    border: 1px solid var(--_cc-color-control-border);
    border-radius: var(--_cc-radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
  }
  .input:focus-visible {
    outline: var(--_cc-focus-ring);
    outline-offset: 2px;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error-color);
  }
  .field-error {
    margin: 0;
    color: var(--_error-color);
    font-size: 0.875em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_cc-space);
  }
  .button {
    font: inherit;
    padding-block: calc(var(--_cc-space) * 0.75);
    padding-inline: calc(var(--_cc-space) * 2);
    border: 1px solid var(--_cc-color-accent);
    border-radius: var(--_cc-radius);
    background: var(--_cc-color-accent);
    color: var(--_cc-color-on-accent);
    cursor: pointer;
  }
  .button--secondary,
  .button--small {
    background: transparent;
    color: var(--_cc-color-accent);
  }
  .button--small {
    padding-block: 0.125em;
    padding-inline: var(--_cc-space);
    font-size: 0.875em;
    font-weight: normal;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .button:focus-visible {
    outline: var(--_cc-focus-ring);
    outline-offset: 2px;
  }
`;
