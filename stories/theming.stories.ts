import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@customer-center/widgets/invoice-list';
import { THEMES } from './support/toolbars.js';

// The public theme tokens, `--cc-*` (packages/widgets/src/styles/tokens.ts): set any of them
// on an ancestor of the elements (the page's root, or a wrapper) and every element follows.
// Colour defaults follow the page's `color-scheme` through `light-dark()`.

type Sample = 'color' | 'font' | 'size' | 'radius' | 'space' | 'focus';

interface Token {
  readonly name: string;
  /** The default in a light page. */
  readonly light: string;
  /** The default in a dark page, where it differs. */
  readonly dark?: string;
  readonly description: string;
  readonly sample: Sample;
}

/** Every public token, as tokens.ts defines it. */
const TOKENS: readonly Token[] = [
  { name: '--cc-font-family', light: 'system-ui, sans-serif', description: 'Every text', sample: 'font' },
  { name: '--cc-font-size', light: '0.9375rem', description: 'The base text size', sample: 'size' },
  { name: '--cc-color-text', light: '#1c1d21', dark: '#e7e7ea', description: 'Text', sample: 'color' },
  {
    name: '--cc-color-muted',
    light: '#5b5e66',
    dark: '#a6a9b1',
    description: 'Secondary text (dates, hints)',
    sample: 'color',
  },
  {
    name: '--cc-color-surface',
    light: '#ffffff',
    dark: '#1b1c20',
    description: 'Background of cards, fields and dialogs',
    sample: 'color',
  },
  {
    name: '--cc-color-surface-raised',
    light: '#f4f5f7',
    dark: '#26272c',
    description: 'Background of headers, badges and skeletons',
    sample: 'color',
  },
  {
    name: '--cc-color-border',
    light: '#d5d7dc',
    dark: '#3b3d44',
    description: 'Borders of cards and rows',
    sample: 'color',
  },
  {
    name: '--cc-color-control-border',
    light: '#7c818a',
    dark: '#777a82',
    description: 'Borders of text fields and selects (3:1 against the surface)',
    sample: 'color',
  },
  {
    name: '--cc-color-accent',
    light: '#0b57d0',
    dark: '#8ab4f8',
    description: 'Buttons, links and focus',
    sample: 'color',
  },
  {
    name: '--cc-color-on-accent',
    light: '#ffffff',
    dark: '#0b1f3f',
    description: 'Text on the accent colour',
    sample: 'color',
  },
  {
    name: '--cc-color-danger',
    light: '#b3261e',
    dark: '#f2b8b5',
    description: 'Errors and overdue amounts',
    sample: 'color',
  },
  { name: '--cc-color-warning', light: '#7a5a00', dark: '#f2cc60', description: 'Warnings', sample: 'color' },
  {
    name: '--cc-color-success',
    light: '#146c2e',
    dark: '#8fd19e',
    description: 'Confirmations and paid amounts',
    sample: 'color',
  },
  { name: '--cc-radius', light: '0.5rem', description: 'Corner radius of cards, fields and buttons', sample: 'radius' },
  { name: '--cc-space', light: '0.5rem', description: 'The unit of spacing', sample: 'space' },
  {
    name: '--cc-focus-ring',
    light: '2px solid var(--cc-color-accent)',
    description: 'The focus outline',
    sample: 'focus',
  },
];

function sample(token: Token) {
  const value = `var(${token.name}, ${token.light})`;
  switch (token.sample) {
    case 'color':
      return html`<span class="swatch" style=${styleMap({ background: value })}></span>`;
    case 'font':
      return html`<span style=${styleMap({ fontFamily: value })}>Invoice INV-2026-0042</span>`;
    case 'size':
      return html`<span style=${styleMap({ fontSize: value })}>Invoice INV-2026-0042</span>`;
    case 'radius':
      return html`<span class="box" style=${styleMap({ borderRadius: value })}></span>`;
    case 'space':
      return html`<span class="bar" style=${styleMap({ inlineSize: `calc(${value} * 4)` })}></span>`;
    case 'focus':
      return html`<span class="box" style=${styleMap({ outline: value, outlineOffset: '2px' })}></span>`;
  }
}

const brand = THEMES.find((theme) => theme.value === 'brand')!;

const meta: Meta = {
  title: 'Guides/Theming',
};
export default meta;

export const PublicTokens: StoryObj = {
  name: 'Public tokens',
  render: () =>
    html`<style>
        .theming {
          font-family: system-ui, sans-serif;
          color: #1c1d21;
          background: #ffffff;
          max-inline-size: 60rem;
        }
        .theming table {
          border-collapse: collapse;
          inline-size: 100%;
        }
        .theming caption {
          text-align: start;
          font-weight: 600;
          padding-block: 0.5rem;
        }
        .theming th,
        .theming td {
          border-block-end: 1px solid #d5d7dc;
          padding: 0.4rem 0.6rem;
          text-align: start;
          vertical-align: middle;
        }
        .theming code {
          font-size: 0.875rem;
        }
        .theming .swatch,
        .theming .box {
          display: inline-block;
          inline-size: 2.5rem;
          block-size: 1.5rem;
          border: 1px solid #7c818a;
        }
        .theming .box {
          background: #f4f5f7;
        }
        .theming .bar {
          display: inline-block;
          block-size: 0.75rem;
          background: #0b57d0;
        }
        .theming .brand {
          margin-block-start: 2rem;
          padding: 1rem;
          border: 1px solid #d5d7dc;
        }
      </style>
      <article class="theming" aria-labelledby="theming-heading">
        <h2 id="theming-heading">Theming with public custom properties</h2>
        <p>
          Set any of these properties on an ancestor of the elements (the page's root element, or a wrapper) to theme
          every element inside it. Colours default to a light or a dark value following the page's
          <code>color-scheme</code>.
        </p>
        <table>
          <caption>
            The public tokens and their defaults
          </caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              <th scope="col">Used for</th>
              <th scope="col">Default (light)</th>
              <th scope="col">Default (dark)</th>
              <th scope="col">Sample</th>
            </tr>
          </thead>
          <tbody>
            ${TOKENS.map(
              (token) =>
                html`<tr>
                  <th scope="row"><code>${token.name}</code></th>
                  <td>${token.description}</td>
                  <td><code>${token.light}</code></td>
                  <td>${token.dark ? html`<code>${token.dark}</code>` : 'the same'}</td>
                  <td>${sample(token)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <section class="brand" aria-labelledby="brand-heading">
          <h3 id="brand-heading">A brand theme, set inline on a wrapper</h3>
          <p>The invoice list below is inside a <code>div</code> whose inline style sets these properties:</p>
          <pre><code>${Object.entries(brand.properties)
            .map(([name, value]) => `${name}: ${value};`)
            .join('\n')}</code></pre>
          <div style=${styleMap(brand.properties)}>
            <cc-invoice-list></cc-invoice-list>
          </div>
        </section>
      </article>`,
};
