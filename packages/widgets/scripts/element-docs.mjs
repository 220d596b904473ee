#!/usr/bin/env node
// Writes docs/elements/<tag>.md, one page per element, from custom-elements.json (built from
// the elements' doc comments by `npm run build:manifest`), so the pages cannot drift from
// the code. `--check` writes nothing and fails when a page is stale or missing, or when a
// public attribute, property, event, slot, part or custom property has no description.
// Usage: npm run docs:elements [-- --check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = resolve(packageDir, '../../docs/elements');
const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
const npmEntry = readFileSync(join(packageDir, 'src/index.ts'), 'utf8');
const commonEntry = readFileSync(join(packageDir, 'src/entry-common.ts'), 'utf8');

const GENERATED =
  '<!-- Generated from custom-elements.json by `npm run docs:elements`: edit the doc comment in the source. -->';

/** Table cells hold one line; pipes would split the cell. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text.replace(/\s*\n\s*/g, ' ')}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const missing = [];
function described(tag, what, item) {
  if (!item.description?.trim()) missing.push(`<${tag}> ${what} has no description`);
  return item.description ?? '';
}

function page(declaration, modulePath) {
  const tag = declaration.tagName;
  const folder = modulePath.split('/')[1];
  const publicFields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#') && !member.readonly,
  );
  const readonlyFields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.privacy && member.readonly,
  );
  const methods = (declaration.members ?? []).filter(
    (member) => member.kind === 'method' && !member.static && !member.privacy && !member.name.startsWith('#'),
  );
  const withAttribute = publicFields.filter((field) => field.attribute);
  const propertyOnly = publicFields.filter((field) => !field.attribute);

  const sections = [
    `# \`<${tag}>\``,
    GENERATED,
    declaration.summary ?? '',
    declaration.description ?? '',
    commonEntry.includes(`'./${folder}/define.js'`)
      ? `Defined by \`import '@customer-center/widgets/${folder}';\`, by \`import '@customer-center/widgets';\`, or by the self-contained \`dist/customer-center.js\`.`
      : npmEntry.includes(`'./${folder}/define.js'`)
        ? `Defined by \`import '@customer-center/widgets/${folder}';\` or by \`import '@customer-center/widgets';\`. The self-contained \`dist/customer-center.js\` fetches it when the tag first appears in the document (decision 0008); inside a shadow root of your own, call \`loadElement('${tag}')\` first.`
        : `Loaded on demand by the element that opens it (decision 0007); \`import '@customer-center/widgets/${folder}';\` defines it up front.`,
  ];
  const section = (title, body) => {
    if (body) sections.push(`## ${title}`, body);
  };
  section(
    'Attributes',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      withAttribute.map((field) => [
        code(field.attribute),
        code(field.name),
        code(field.type?.text),
        code(field.default),
        `${described(tag, `attribute ${field.attribute}`, field)}${field.reflects ? ' Reflected.' : ''}`,
      ]),
    ),
  );
  section(
    'Properties (set from script)',
    table(
      ['Property', 'Type', 'Description'],
      propertyOnly.map((field) => [
        code(field.name),
        code(field.type?.text),
        described(tag, `property ${field.name}`, field),
      ]),
    ),
  );
  section(
    'Read-only properties',
    table(
      ['Property', 'Type', 'Description'],
      readonlyFields.map((field) => [
        code(field.name),
        code(field.type?.text),
        described(tag, `property ${field.name}`, field),
      ]),
    ),
  );
  section(
    'Methods',
    table(
      ['Method', 'Returns', 'Description'],
      methods.map((method) => [
        code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
        code(method.return?.type?.text),
        described(tag, `method ${method.name}`, method),
      ]),
    ),
  );
  section(
    'Events',
    table(
      ['Event', 'Class', 'Description'],
      (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => [code(event.name), code(event.type?.text), described(tag, `event ${event.name}`, event)]),
    ),
  );
  section(
    'Slots',
    table(
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        described(tag, `slot ${slot.name || '(default)'}`, slot),
      ]),
    ),
  );
  section(
    'CSS parts',
    table(
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((part) => [code(part.name), described(tag, `part ${part.name}`, part)]),
    ),
  );
  section(
    'CSS custom properties',
    table(
      ['Property', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((property) => [
        code(property.name),
        code(property.default),
        described(tag, `custom property ${property.name}`, property),
      ]),
    ),
  );
  sections.push(
    'Every element also reads the public theme tokens (`--cc-color-accent`, `--cc-radius`, …) defined in [tokens.ts](../../packages/widgets/src/styles/tokens.ts).',
  );
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

const pages = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) pages.set(`${declaration.tagName}.md`, page(declaration, module.path));
  }
}
const index = [
  '# Elements',
  GENERATED,
  table(
    ['Element', 'What it is for'],
    [...pages.keys()].sort().map((file) => {
      const tag = file.replace(/\.md$/, '');
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((candidate) => candidate.tagName === tag);
      // The first sentence: the page has the rest.
      const summary = (declaration.summary ?? '').replace(/\s+/g, ' ').trim();
      return [`[\`<${tag}>\`](${file})`, /^.*?\.(?=\s|$)/.exec(summary)?.[0] ?? summary];
    }),
  ),
].join('\n\n');
pages.set('README.md', `${index}\n`);

const stale = [];
if (values.check) {
  for (const [file, content] of pages) {
    const path = join(docsDir, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(file);
  }
  const extra = existsSync(docsDir) ? readdirSync(docsDir).filter((file) => !pages.has(file)) : [];
  stale.push(...extra.map((file) => `${file} (no such element)`));
} else {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  for (const [file, content] of pages) writeFileSync(join(docsDir, file), content);
  console.log(`Wrote ${pages.size} pages to docs/elements/.`);
}

for (const problem of missing) console.error(problem);
if (stale.length > 0) console.error(`Stale element docs: ${stale.join(', ')}. Run \`npm run docs:elements\`.`);
if (missing.length > 0 || stale.length > 0) process.exit(1);
if (values.check) console.log(`docs/elements/ matches custom-elements.json (${pages.size} pages).`);
