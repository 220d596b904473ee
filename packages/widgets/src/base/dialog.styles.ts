import { css } from 'lit';

/**
 * The native `<dialog class="dialog">` every modal element uses. Each element maps its own
 * public properties (`--cc-<element>-background`...) to the private `--_background`,
 * `--_border`, `--_max-inline-size` and `--_backdrop` read here.
 */
export const dialogStyles = css`
  .dialog {
    inline-size: min(var(--_max-inline-size), calc(100vw - var(--_cc-space) * 4));
    max-block-size: calc(100dvh - var(--_cc-space) * 4);
    padding: 0;
    border: var(--_border);
    border-radius: var(--_cc-radius);
    background: var(--_background);
    color: var(--_cc-color-text);
  }
  .dialog::backdrop {
    background: var(--_backdrop, rgb(0 0 0 / 0.45));
  }
`;
