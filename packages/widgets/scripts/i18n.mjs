#!/usr/bin/env node
// The widgets' translation workflow (docs/localization.md). XLIFF files in
// packages/widgets/xliff/ are the translators' format; everything else is generated.
//
//   node packages/widgets/scripts/i18n.mjs extract   msg() calls → xliff/<locale>.xlf (keeps targets),
//                                                    then writes the pseudo-locale's targets
//   node packages/widgets/scripts/i18n.mjs build     xliff → src/locales/<locale>.ts (lazy modules)
//   node packages/widgets/scripts/i18n.mjs check     fails on a missing, stale or broken translation
//   node packages/widgets/scripts/i18n.mjs export <locale>          untranslated units as JSON
//   node packages/widgets/scripts/i18n.mjs import <locale> <file>   JSON translations → XLIFF targets
//
// The JSON form is for a translation pass outside an XLIFF editor: each placeholder is {N}
// (N is the XLIFF <x id>), and the file's `_sameAsSource` lists ids kept identical to
// English on purpose (brand names, "IBAN"), which `check` otherwise reports as untranslated.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

const widgets = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = join(widgets, 'lit-localize.json');
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const xliffDir = join(widgets, config.interchange.xliffDir);
const sameAsSourcePath = join(xliffDir, 'same-as-source.json');
export const PSEUDO_LOCALE = 'en-XA';
const localize = join(widgets, '../../node_modules/.bin/lit-localize');

const [command, ...args] = process.argv.slice(2);
const commands = { extract, build, check, export: exportJson, import: importJson };
if (!commands[command]) {
  console.error(`Usage: i18n.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
await commands[command](...args);

function runLitLocalize(subcommand, configFile = configPath) {
  execFileSync(localize, [subcommand, '--config', configFile], {
    cwd: widgets,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function extract() {
  runLitLocalize('extract');
  writePseudoLocale();
  console.log(`i18n:extract: ${units(read(PSEUDO_LOCALE)).length} messages`);
}

function build() {
  runLitLocalize('build');
  console.log(`i18n:build: ${config.targetLocales.length} locale modules in ${config.output.outputDir}/`);
}

/** Reads xliff/<locale>.xlf as a DOM document. */
function read(locale) {
  return new DOMParser().parseFromString(readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8'), 'text/xml');
}

function write(locale, document) {
  writeFileSync(join(xliffDir, `${locale}.xlf`), new XMLSerializer().serializeToString(document));
}

/** xmldom's node lists are not iterable. */
function list(nodes) {
  return Array.from({ length: nodes.length }, (_, index) => nodes.item(index));
}

function units(document) {
  return list(document.getElementsByTagName('trans-unit'));
}

function child(unit, name) {
  return unit.getElementsByTagName(name)[0];
}

/** A <source> or <target> as text with {N} for each placeholder. */
function flatten(element) {
  return list(element.childNodes)
    .map((node) => (node.nodeType === node.TEXT_NODE ? node.nodeValue : `{${node.getAttribute('id')}}`))
    .join('');
}

function placeholders(element) {
  return list(element.getElementsByTagName('x')).map((x) => `${x.getAttribute('id')}=${x.getAttribute('equiv-text')}`);
}

/**
 * Accented and about 40% longer, in brackets: text that was not translated, was cut off or
 * was pasted together from pieces shows at a glance. Placeholders stay as they are.
 */
export function pseudoText(text) {
  const accents = {
    a: 'á',
    b: 'ƀ',
    c: 'ç',
    d: 'ð',
    e: 'é',
    f: 'ƒ',
    g: 'ĝ',
    h: 'ĥ',
    i: 'í',
    j: 'ĵ',
    k: 'ķ',
    l: 'ļ',
    m: 'ɱ',
    n: 'ñ',
    o: 'ó',
    p: 'þ',
    r: 'ŕ',
    s: 'š',
    t: 'ţ',
    u: 'ú',
    w: 'ŵ',
    y: 'ý',
    z: 'ž',
    A: 'Å',
    C: 'Ç',
    D: 'Ð',
    E: 'É',
    I: 'Í',
    N: 'Ñ',
    O: 'Ö',
    S: 'Š',
    U: 'Ü',
    Y: 'Ý',
    Z: 'Ž',
  };
  return [...text].map((letter) => accents[letter] ?? letter).join('');
}

function pseudoPadding(length) {
  const filler = ' ·one·two·three·four·five·six·seven·eight·nine·ten';
  return filler.slice(0, Math.max(1, Math.ceil(length * 0.4)));
}

function writePseudoLocale() {
  const document = read(PSEUDO_LOCALE);
  for (const unit of units(document)) {
    const source = child(unit, 'source');
    if (child(unit, 'target')) unit.removeChild(child(unit, 'target'));
    const target = document.createElement('target');
    const textLength = flatten(source).replace(/\{\d+\}/g, '').length;
    target.appendChild(document.createTextNode('['));
    for (const node of list(source.childNodes)) {
      target.appendChild(
        node.nodeType === node.TEXT_NODE ? document.createTextNode(pseudoText(node.nodeValue)) : node.cloneNode(true),
      );
    }
    target.appendChild(document.createTextNode(`${pseudoPadding(textLength)}]`));
    unit.insertBefore(target, source.nextSibling);
    unit.insertBefore(document.createTextNode('\n  '), target);
  }
  write(PSEUDO_LOCALE, document);
}

function sameAsSource() {
  try {
    return JSON.parse(readFileSync(sameAsSourcePath, 'utf8'));
  } catch {
    return {};
  }
}

/** The source messages as the code has them now: a fresh extraction into a scratch folder. */
function currentSources() {
  const scratch = mkdtempSync(join(tmpdir(), 'cc-i18n-'));
  try {
    const scratchConfig = join(widgets, `.lit-localize.check.json`);
    writeFileSync(
      scratchConfig,
      JSON.stringify({
        ...config,
        targetLocales: [PSEUDO_LOCALE],
        interchange: { format: 'xliff', xliffDir: scratch },
      }),
    );
    try {
      runLitLocalize('extract', scratchConfig);
    } finally {
      rmSync(scratchConfig, { force: true });
    }
    const document = new DOMParser().parseFromString(readFileSync(join(scratch, `${PSEUDO_LOCALE}.xlf`), 'utf8'));
    return new Map(units(document).map((unit) => [unit.getAttribute('id'), child(unit, 'source')]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function check() {
  const sources = currentSources();
  const allowed = sameAsSource();
  const problems = [];
  for (const locale of config.targetLocales) {
    const found = new Set();
    const keptSame = new Set(allowed[locale] ?? []);
    let translated = 0;
    for (const unit of units(read(locale))) {
      const id = unit.getAttribute('id');
      const where = `${locale} ${id}`;
      const source = sources.get(id);
      found.add(id);
      if (!source) {
        problems.push(`${where}: stale (no such message in the code any more; run npm run i18n:extract)`);
        continue;
      }
      if (flatten(child(unit, 'source')) !== flatten(source)) {
        problems.push(`${where}: the source text changed (run npm run i18n:extract, then translate it again)`);
      }
      const target = child(unit, 'target');
      if (!target || flatten(target).trim() === '') {
        problems.push(`${where}: not translated: "${flatten(source)}"`);
        continue;
      }
      translated += 1;
      const expected = placeholders(source).sort().join(' ');
      const actual = placeholders(target).sort().join(' ');
      if (expected !== actual) problems.push(`${where}: placeholders [${actual}] instead of [${expected}]`);
      const hasWords = /\p{L}{2,}/u.test(flatten(source).replace(/\{\d+\}/g, ''));
      if (locale !== PSEUDO_LOCALE && hasWords && flatten(target) === flatten(source) && !keptSame.has(id)) {
        problems.push(`${where}: left in English: "${flatten(source)}" (or list it in xliff/same-as-source.json)`);
      }
    }
    for (const id of sources.keys()) {
      if (!found.has(id)) problems.push(`${locale} ${id}: missing (run npm run i18n:extract)`);
    }
    if (translated === 0) problems.push(`${locale}: nothing translated`);
  }
  for (const problem of problems.slice(0, 60)) console.error(problem);
  if (problems.length > 60) console.error(`… and ${problems.length - 60} more`);
  console.log(
    `i18n:check: ${sources.size} messages × ${config.targetLocales.length} locales: ${problems.length === 0 ? 'ok' : `${problems.length} problems`}`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

function exportJson(locale) {
  const entries = {};
  for (const unit of units(read(locale))) {
    if (child(unit, 'target')) continue;
    const source = child(unit, 'source');
    const note = child(unit, 'note');
    entries[unit.getAttribute('id')] = {
      source: flatten(source),
      ...(placeholders(source).length > 0 ? { placeholders: placeholders(source).join(', ') } : {}),
      ...(note ? { note: note.textContent } : {}),
    };
  }
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
}

function importJson(locale, file) {
  const translations = JSON.parse(readFileSync(file, 'utf8'));
  const document = read(locale);
  let written = 0;
  for (const unit of units(document)) {
    const id = unit.getAttribute('id');
    const text = translations[id];
    if (typeof text !== 'string') continue;
    const source = child(unit, 'source');
    const byIndex = new Map(list(source.getElementsByTagName('x')).map((x) => [x.getAttribute('id'), x]));
    if (child(unit, 'target')) unit.removeChild(child(unit, 'target'));
    const target = document.createElement('target');
    for (const part of text.split(/(\{\d+\})/)) {
      const index = /^\{(\d+)\}$/.exec(part)?.[1];
      if (index !== undefined && byIndex.has(index)) target.appendChild(byIndex.get(index).cloneNode(true));
      else if (part) target.appendChild(document.createTextNode(part));
    }
    unit.insertBefore(target, source.nextSibling);
    unit.insertBefore(document.createTextNode('\n  '), target);
    written += 1;
  }
  write(locale, document);
  if (Array.isArray(translations._sameAsSource)) {
    const allowed = sameAsSource();
    allowed[locale] = [...new Set([...(allowed[locale] ?? []), ...translations._sameAsSource])].sort();
    writeFileSync(sameAsSourcePath, `${JSON.stringify(allowed, null, 2)}\n`);
  }
  console.log(`i18n:import: ${written} translations into xliff/${locale}.xlf`);
}
