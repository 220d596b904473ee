#!/usr/bin/env node
// Checks every relative link in the repository's Markdown (README, docs/, examples/, packages/):
// the file or folder must exist and a #fragment must name a heading of the target page
// (GitHub's anchor rules). Also fails on a page of docs/ that no other page links to.
// External links (http, mailto) are not fetched: CI has no network.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'site', 'storybook-static', 'coverage', '.git', '.tmp']);

function markdownFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The text with fenced code blocks and inline code removed, so their brackets are not links. */
function withoutCode(text) {
  return withoutCodeBlocks(text).replace(/`[^`\n]*`/g, '');
}

const anchorsByFile = new Map();

/** GitHub's anchors for a page's headings (lowercase, punctuation dropped, spaces to hyphens, -N for repeats). */
function anchorsOf(file) {
  if (anchorsByFile.has(file)) return anchorsByFile.get(file);
  const anchors = new Set();
  anchorsByFile.set(file, anchors);
  const seen = new Map();
  for (const [, heading] of withoutCodeBlocks(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // In code, <tag> is text (its brackets dropped like other punctuation); elsewhere it is HTML.
      .replace(/`([^`]*)`/g, (_, code) => code.replace(/[<>]/g, ''))
      .replace(/<[^>]+>/g, '')
      .replace(/[`*_~]/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of readFileSync(file, 'utf8').matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

function withoutCodeBlocks(text) {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

const files = markdownFiles(root);
const problems = [];
const linkedPages = new Set();
let checked = 0;

for (const file of files) {
  const text = withoutCode(readFileSync(file, 'utf8'));
  const links = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]),
  ];
  for (const link of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
    checked += 1;
    const [pathPart, fragment] = link.split('#');
    const target = pathPart ? resolve(dirname(file), decodeURIComponent(pathPart)) : file;
    const where = `${relative(root, file)}: ${link}`;
    if (!existsSync(target)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (target.endsWith('.md')) linkedPages.add(target);
    if (fragment && target.endsWith('.md') && statSync(target).isFile() && !anchorsOf(target).has(fragment)) {
      problems.push(`${where}: no heading with the anchor #${fragment} in ${relative(root, target)}`);
    }
  }
}

// Every page of docs/ (decision records and element pages included) is reachable from another page.
for (const file of files.filter((path) => relative(root, path).startsWith('docs'))) {
  if (!linkedPages.has(file)) problems.push(`${relative(root, file)}: no page links to it`);
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(
  `Checked ${checked} relative links in ${files.length} Markdown files: ${problems.length === 0 ? 'all resolve' : `${problems.length} broken`}.`,
);
process.exit(problems.length === 0 ? 0 : 1);
