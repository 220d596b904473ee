#!/usr/bin/env node
// Creates a widget with the same shape as every other one:
//   packages/widgets/src/<name>/<name>.ts         the element class (no side effects)
//   packages/widgets/src/<name>/<name>.styles.ts  its styles and design tokens
//   packages/widgets/src/<name>/<name>.test.ts    a browser test
//   packages/widgets/src/<name>/define.ts         registers cc-<name>
//   stories/<name>.stories.ts                     its Storybook stories
// and exports it from packages/widgets/src/index.ts.
// Usage: npm run new-element -- <kebab-name> [--root <repository root>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: resolve(dirname(fileURLToPath(import.meta.url)), '../../..') } },
});
const name = positionals[0]?.replace(/^cc-/, '');
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: npm run new-element -- <kebab-case-name>   (e.g. invoice-list; the cc- prefix is added)');
  process.exit(1);
}
const tag = `cc-${name}`;
const className = `Cc${name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
const title = name.replace(/-/g, ' ');
const root = resolve(values.root);
const elementDir = join(root, 'packages/widgets/src', name);
if (existsSync(elementDir)) {
  console.error(`${elementDir} exists already.`);
  process.exit(1);
}

const files = {
  [`${name}.ts`]: `import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { styles } from './${name}.styles.js';

/**
 * @summary TODO: one sentence on what a person does with the ${title}.
 *
 * @tag ${tag}
 *
 * @csspart base - The component's wrapper.
 *
 * @cssproperty [--cc-${name}-color=var(--cc-color-text, CanvasText)] - Text color.
 */
export class ${className} extends LitElement {
  static readonly ccVersion = VERSION;
  static override styles = styles;

  /** TODO: replace with the element's real API. */
  @property() label = '';

  override render() {
    return html\`<div part="base">\${this.label}</div>\`;
  }
}
`,
  [`${name}.styles.ts`]: `import { css } from 'lit';

// Public --cc-${name}-* properties fall back to private --_ ones, which fall back to the
// global --cc-* tokens. Logical properties only, so right-to-left needs nothing extra.
export const styles = css\`
  :host {
    --_color: var(--cc-${name}-color, var(--cc-color-text, CanvasText));
    display: block;
    color: var(--_color);
  }
  :host([hidden]) {
    display: none;
  }
\`;
`,
  [`${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { ${className} } from './${name}.js';

describe('<${tag}>', () => {
  it('renders its label', async () => {
    const el = await fixture<${className}>(html\`<${tag} label="Hello"></${tag}>\`);
    expect(el.shadowRoot?.querySelector('[part="base"]')?.textContent).to.equal('Hello');
  });

  it('is accessible', async () => {
    const el = await fixture<${className}>(html\`<${tag} label="Hello"></${tag}>\`);
    await expect(el).to.be.accessible();
  });
});
`,
  'define.ts': `import { defineElement } from '../define-element.js';
import { ${className} } from './${name}.js';

export { ${className} };

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
};

mkdirSync(elementDir, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(elementDir, file), text);

const story = join(root, 'stories', `${name}.stories.ts`);
mkdirSync(dirname(story), { recursive: true });
writeFileSync(
  story,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@customer-center/widgets/${name}';

const meta: Meta = {
  title: 'Widgets/${tag}',
  component: '${tag}',
};
export default meta;

export const Default: StoryObj = {
  render: () => html\`<${tag} label="${title}"></${tag}>\`,
};
`,
);

const index = join(root, 'packages/widgets/src/index.ts');
const exportLine = `export { ${className} } from './${name}/define.js';\n`;
writeFileSync(index, (existsSync(index) ? readFileSync(index, 'utf8') : '') + exportLine);

console.log(`Created <${tag}> (${className}):
  packages/widgets/src/${name}/{${name}.ts, ${name}.styles.ts, ${name}.test.ts, define.ts}
  stories/${name}.stories.ts
Next: write its real API and doc comment, then run npm test.`);
