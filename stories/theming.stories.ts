import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@customer-center/widgets/invoice-list';
import { tokens } from '../packages/widgets/src/styles/tokens.js';
import { THEMES } from './support/toolbars.js';

// The public theme tokens, `--cc-*`: set any of them on an ancestor of the elements (the
// page's root, or a wrapper) and every element follows. Colour defaults follow the page's
// `color-scheme` through `light-dark()`. The tokens and their defaults are read from the
// stylesheet every element adopts (packages/widgets/src/styles/tokens.ts), so this page
// cannot drift from it: only the words describing each token are written here, and the
// story fails (the check of every story) when a token has none or a description has no token.

type Sample = 'color' | 'font' | 'size' | 'radius' | 'space' | 'focus';

interface Token {
  readonly name: string;
  /** The default in a light page, as written in tokens.ts (public names). */
  readonly light: string;
  /** The default in a dark page, where it differs. */
  readonly dark?: string;
  /** The default as a value usable outside an element (nested tokens resolved). */
  readonly fallback: string;
  readonly description: string;
  readonly sample: Sample;
}

/** What each public token is for: the only part of this page written by hand. */
const DESCRIPTIONS: Readonly<Record<string, { readonly description: string; readonly sample: Sample }>> = {
  '--cc-font-family': { description: 'Every text', sample: 'font' },
  '--cc-font-size': { description: 'The base text size', sample: 'size' },
  '--cc-color-text': { description: 'Text', sample: 'color' },
  '--cc-color-muted': { description: 'Secondary text (dates, hints)', sample: 'color' },
  '--cc-color-surface': { description: 'Background of cards, fields and dialogs', sample: 'color' },
  '--cc-color-surface-raised': { description: 'Background of headers, badges and skeletons', sample: 'color' },
  '--cc-color-border': { description: 'Borders of cards and rows', sample: 'color' },
  '--cc-color-control-border': {
    description: 'Borders of text fields and selects (3:1 against the surface)',
    sample: 'color',
  },
  '--cc-color-accent': { description: 'Buttons, links and focus', sample: 'color' },
  '--cc-color-on-accent': { description: 'Text on the accent colour', sample: 'color' },
  '--cc-color-danger': { description: 'Errors and overdue amounts', sample: 'color' },
  '--cc-color-warning': { description: 'Warnings', sample: 'color' },
  '--cc-color-success': { description: 'Confirmations and paid amounts', sample: 'color' },
  '--cc-radius': { description: 'Corner radius of cards, fields and buttons', sample: 'radius' },
  '--cc-space': { description: 'The unit of spacing', sample: 'space' },
  '--cc-focus-ring': { description: 'The focus outline', sample: 'focus' },
};

/** Every public token as tokens.ts defines it: `--_cc-x: var(--cc-x, <default>);`. */
function readTokens(): readonly Token[] {
  const defaults = new Map<string, string>(
    [...tokens.cssText.matchAll(/--_(cc-[\w-]+):\s*var\(--\1,\s*(.*)\);\s*$/gm)].map(
      ([, name, value]) => [`--${name}`, value!] as const,
    ),
  );
  if (defaults.size === 0) throw new globalThis.Error('No token found in tokens.ts: the theming page reads it wrong');
  const publicName = (value: string) => value.replace(/--_cc-/g, '--cc-');
  // Outside an element the private tokens do not exist: a default that uses one uses its public token.
  const resolve = (value: string): string =>
    value.replace(
      /var\(--_(cc-[\w-]+)\)/g,
      (_match, name: string) => `var(--${name}, ${resolve(defaults.get(`--${name}`) ?? 'initial')})`,
    );
  const undescribed = [...defaults.keys()].filter((name) => !(name in DESCRIPTIONS));
  const gone = Object.keys(DESCRIPTIONS).filter((name) => !defaults.has(name));
  if (undescribed.length > 0 || gone.length > 0) {
    throw new globalThis.Error(
      `The theming page and tokens.ts differ: describe ${undescribed.join(', ') || 'nothing'}; drop ${gone.join(', ') || 'nothing'}`,
    );
  }
  return [...defaults].map(([name, value]) => {
    const pair = /^light-dark\((.*),\s*(.*)\)$/.exec(value);
    return {
      name,
      light: publicName(pair ? pair[1]! : value),
      ...(pair ? { dark: publicName(pair[2]!) } : {}),
      fallback: resolve(value),
      ...DESCRIPTIONS[name]!,
    };
  });
}

function sample(token: Token) {
  const value = `var(${token.name}, ${token.fallback})`;
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

/** The brand theme's custom properties that are not public tokens (a typo, or a token gone). */
function unknownBrandProperties(known: readonly Token[]): string[] {
  return Object.keys(brand.properties).filter(
    (name) => name.startsWith('--') && !known.some((token) => token.name === name),
  );
}

const meta: Meta = {
  title: 'Guides/Theming',
};
export default meta;

export const PublicTokens: StoryObj = {
  name: 'Public tokens',
  render: () => {
    const list = readTokens();
    const unknown = unknownBrandProperties(list);
    if (unknown.length > 0) throw new globalThis.Error(`The brand theme sets unknown tokens: ${unknown.join(', ')}`);
    return html`<style>
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
            ${list.map(
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
      </article>`;
  },
};
