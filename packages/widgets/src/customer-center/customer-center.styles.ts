import { css } from 'lit';
import { stateStyles } from '../base/states.js';
import { tokens } from '../styles/tokens.js';

// Public --cc-customer-center-* properties fall back to private --_ ones. Logical properties
// only, so right-to-left needs nothing extra. The navigation stands beside the section in
// wide hosts and above it, scrolling sideways, in narrow ones.
export const styles = [
  tokens,
  stateStyles,
  css`
    :host {
      --_nav-size: var(--cc-customer-center-nav-inline-size, 14rem);
      --_nav-background: var(--cc-customer-center-nav-background, var(--_cc-color-surface-raised));
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      display: grid;
      gap: calc(var(--_cc-space) * 2);
    }
    @container (min-width: 48rem) {
      .base:has(> .nav) {
        grid-template-columns: var(--_nav-size) minmax(0, 1fr);
        align-items: start;
      }
      .nav__list {
        flex-direction: column;
      }
    }
    .nav {
      padding: var(--_cc-space);
      border-radius: var(--_cc-radius);
      background: var(--_nav-background);
    }
    .nav__list {
      display: flex;
      gap: calc(var(--_cc-space) * 0.5);
      margin: 0;
      padding: 0;
      list-style: none;
      overflow-x: auto;
    }
    .nav__item {
      inline-size: 100%;
      padding-block: calc(var(--_cc-space) * 0.75);
      padding-inline: calc(var(--_cc-space) * 1.5);
      border: 0;
      border-radius: var(--_cc-radius);
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      white-space: nowrap;
      cursor: pointer;
    }
    .nav__item:hover {
      background: var(--_cc-color-surface);
    }
    .nav__item[aria-current='page'] {
      background: var(--_cc-color-accent);
      color: var(--_cc-color-on-accent);
      font-weight: 600;
    }
    .nav__item:focus-visible {
      outline: var(--_cc-focus-ring);
      outline-offset: 2px;
    }
    .section {
      display: grid;
      gap: var(--_cc-space);
      min-inline-size: 0;
    }
    .section__heading {
      margin: 0;
      font-size: 1.25em;
    }
    .section__heading:focus {
      outline: none;
    }
  `,
];
