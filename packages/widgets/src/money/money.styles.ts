import { css } from 'lit';

// Public --cc-money-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = css`
  :host {
    --_color: var(--cc-money-color, inherit);
    /* The same default as the --cc-color-danger token, so a dark page gets the light red. */
    --_negative-color: var(--cc-money-negative-color, var(--cc-color-danger, light-dark(#b3261e, #f2b8b5)));
    display: inline;
    color: var(--_color);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  :host([hidden]) {
    display: none;
  }
  .negative {
    color: var(--_negative-color);
  }
`;
