import { css } from 'lit';

/**
 * The design tokens every element reads. Hosts theme with the public `--cc-*` properties
 * (on any ancestor); elements read the private `--_cc-*` ones, which fall back to defaults
 * that follow the page's `color-scheme` (light or dark) through `light-dark()`.
 */
export const tokens = css`
  :host {
    --_cc-font-family: var(--cc-font-family, system-ui, sans-serif);
    --_cc-font-size: var(--cc-font-size, 0.9375rem);
    --_cc-color-text: var(--cc-color-text, light-dark(#1c1d21, #e7e7ea));
    --_cc-color-muted: var(--cc-color-muted, light-dark(#5b5e66, #a6a9b1));
    --_cc-color-surface: var(--cc-color-surface, light-dark(#ffffff, #1b1c20));
    --_cc-color-surface-raised: var(--cc-color-surface-raised, light-dark(#f4f5f7, #26272c));
    --_cc-color-border: var(--cc-color-border, light-dark(#d5d7dc, #3b3d44));
    /* Borders that identify a control (text fields, selects) need 3:1 against the surface (WCAG 1.4.11). */
    --_cc-color-control-border: var(--cc-color-control-border, light-dark(#7c818a, #777a82));
    --_cc-color-accent: var(--cc-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_cc-color-on-accent: var(--cc-color-on-accent, light-dark(#ffffff, #0b1f3f));
    --_cc-color-danger: var(--cc-color-danger, light-dark(#b3261e, #f2b8b5));
    --_cc-color-warning: var(--cc-color-warning, light-dark(#7a5a00, #f2cc60));
    --_cc-color-success: var(--cc-color-success, light-dark(#146c2e, #8fd19e));
    --_cc-radius: var(--cc-radius, 0.5rem);
    --_cc-space: var(--cc-space, 0.5rem);
    --_cc-focus-ring: var(--cc-focus-ring, 2px solid var(--_cc-color-accent));
    font-family: var(--_cc-font-family);
    font-size: var(--_cc-font-size);
    color: var(--_cc-color-text);
  }
`;
