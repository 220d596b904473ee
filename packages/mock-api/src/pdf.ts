/**
 * A small, dependency-free PDF 1.4 writer for the mock API's documents (invoices, billing
 * schedules, contracts). Strings and `Uint8Array` only, so it runs in browsers and Node alike.
 *
 * - A4 pages; the standard fonts Helvetica and Helvetica-Bold with WinAnsiEncoding (not
 *   embedded: every PDF reader has them), measured with Adobe's published AFM widths so text
 *   can be right-aligned and wrapped.
 * - Coordinates are points (1/72 inch) from the page's top-left corner, y growing downwards;
 *   a text's `y` is its baseline.
 * - {@link createPdf} draws fixed pages; {@link PdfLayout} flows paragraphs and tables down
 *   the pages, breaking tables across pages (the header row is repeated) and numbering pages.
 * - Content streams are not compressed and everything outside printable ASCII is written as an
 *   octal escape, so the text of a document can be found with `grep` or a plain byte search.
 *
 * Limitation: the standard fonts only cover Windows-1252 (WinAnsi) characters: Western
 * European letters, `€`, typographic quotes and dashes. {@link toWinAnsi} maps everything
 * else: look-alikes to ASCII (`−` → `-`, no-break spaces → space), Latin letters with other
 * diacritics to the base letter (`ő` → `o`, `ł` → `l`), Greek and Cyrillic letters are
 * transliterated (`Жанна` → `Zhanna`), invisible format characters are dropped, and anything
 * else (Arabic, Hebrew, Chinese, Japanese, emoji...) becomes `?`. Lifting this would take an
 * embedded Unicode font with a ToUnicode map, which a mock does not need. The document's
 * /Title is written in UTF-16, so it keeps every character.
 */

/** An A4 page in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The /Producer of every document. */
export const PDF_PRODUCER = 'Customer Center mock API';

export type PdfFont = 'regular' | 'bold';
export type PdfAlign = 'left' | 'center' | 'right';
/** A gray level from 0 (black) to 1 (white), or red, green and blue from 0 to 1. */
export type PdfColor = number | readonly [number, number, number];

/** Text on one line. `x` is the left edge, the centre or the right edge, as `align` says. */
export interface PdfText {
  readonly kind: 'text';
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  /** Font size in points. Default 10. */
  readonly size?: number;
  readonly font?: PdfFont;
  readonly align?: PdfAlign;
  readonly color?: PdfColor;
}

export interface PdfLine {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Line width in points. Default 0.5. */
  readonly width?: number;
  readonly color?: PdfColor;
}

/** A rectangle from its top-left corner, filled, stroked or both. */
export interface PdfRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: PdfColor;
  readonly stroke?: PdfColor;
  /** Default 0.5. */
  readonly lineWidth?: number;
}

export type PdfItem = PdfText | PdfLine | PdfRect;

export interface PdfPage {
  readonly items: readonly PdfItem[];
}

/** The document information dictionary. */
export interface PdfInfo {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  /**
   * `YYYY-MM-DD` or an RFC 3339 date-time. Left out by default, so the same input always
   * gives the same bytes.
   */
  readonly creationDate?: string;
}

// ---------------------------------------------------------------------------------------
// Characters

// The Unicode characters of bytes 0x80-0x9F in WinAnsiEncoding; 0 marks the five unused bytes.
const WIN_ANSI_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const HIGH_WIN_ANSI = new Map<number, number>();
WIN_ANSI_80_9F.forEach((codePoint, index) => {
  if (codePoint !== 0) HIGH_WIN_ANSI.set(codePoint, 0x80 + index);
});

/** The WinAnsi byte of a Unicode code point, or undefined if the standard fonts lack it. */
function winAnsiByte(codePoint: number): number | undefined {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
  // 0xAD is a soft hyphen: invisible in text, so it is dropped rather than drawn.
  if (codePoint >= 0xa0 && codePoint <= 0xff && codePoint !== 0xad) return codePoint;
  return HIGH_WIN_ANSI.get(codePoint);
}

const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2043': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2035': "'",
  '\u201b': "'",
  '\u2033': '"',
  '\u201f': '"',
  '\u2044': '/',
  '\u2215': '/',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2248': '~',
  '\u2260': '!=',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2116': 'No.',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u0166': 'T',
  '\u0167': 't',
  '\u014a': 'NG',
  '\u014b': 'ng',
  '\u0138': 'q',
  '\u1e9e': 'SS',
  '\u018f': 'E',
  '\u0259': 'e',
};

// Simple transliteration of Cyrillic (Russian, Ukrainian, Belarusian) and Greek letters.
const TRANSLITERATION = new Map<string, string>();
function addTransliteration(letters: string, latin: readonly string[]): void {
  [...letters].forEach((letter, index) => {
    const upper = latin[index] ?? '';
    TRANSLITERATION.set(letter, upper);
    TRANSLITERATION.set(letter.toLowerCase(), upper.toLowerCase());
  });
}
addTransliteration(
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ',
  'A B V G D E Yo Zh Z I Y K L M N O P R S T U F Kh Ts Ch Sh Shch _ Y _ E Yu Ya I Yi Ye G U'
    .split(' ')
    .map((latin) => (latin === '_' ? '' : latin)),
);
addTransliteration('ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ', 'A V G D E Z I Th I K L M N X O P R S T Y F Ch Ps O'.split(' '));
TRANSLITERATION.set('ς', 's');

const SPACE = /^[\p{Zs}\p{Zl}\p{Zp}\t\n\r\f\v]$/u;
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{M}]$/u;
const MARKS = /\p{M}/gu;

/** A character's replacement without decomposing it, or undefined. */
function simpleReplacement(char: string): string | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  if (winAnsiByte(codePoint) !== undefined) return char;
  if (SPACE.test(char)) return ' ';
  return SUBSTITUTES[char] ?? TRANSLITERATION.get(char);
}

function replacement(char: string): string {
  const simple = simpleReplacement(char);
  if (simple !== undefined) return simple;
  // Compatibility decomposition without the accents: ő → o, ﬁ → fi, Ｆ → F, ά → α → a.
  const decomposed = char.normalize('NFKD').replace(MARKS, '');
  if (decomposed !== char && decomposed !== '') {
    const parts = [...decomposed].map(simpleReplacement);
    if (parts.every((part) => part !== undefined)) return parts.join('');
  }
  if (INVISIBLE.test(char)) return '';
  return '?';
}

/**
 * The text as the standard fonts can show it: every character of the result is in WinAnsi.
 * Line breaks and tabs become spaces. See the module comment for how other characters map.
 */
export function toWinAnsi(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) result += replacement(char);
  return result;
}

// Adobe's AFM advance widths (1/1000 em) of WinAnsi bytes 0x20-0xFF.
// prettier-ignore
const HELVETICA_WIDTHS = [
  278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,
  1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,
  333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,350,
  556,350,222,556,333,1000,556,556,333,1000,667,333,1000,350,611,350,350,222,222,333,333,350,556,1000,333,1000,500,333,944,350,500,667,
  278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,333,400,584,333,333,333,556,537,278,333,333,365,556,834,834,834,611,
  667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
  556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,556,556,556,556,556,556,556,584,611,556,556,556,556,500,556,500,
];
// prettier-ignore
const HELVETICA_BOLD_WIDTHS = [
  278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,
  975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,
  333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,350,
  556,350,278,556,500,1000,556,556,333,1000,667,333,1000,350,611,350,350,278,278,500,500,350,556,1000,333,1000,556,333,944,350,500,667,
  278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,333,400,584,333,333,333,611,556,278,333,333,365,556,834,834,834,611,
  722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
  556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,611,611,611,611,611,611,611,584,611,611,611,611,611,556,611,556,
];

/** The width of a line of text in points, as drawn in `font` at `size`. */
export function textWidth(text: string, size = 10, font: PdfFont = 'regular'): number {
  const widths = font === 'bold' ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
  let units = 0;
  for (const char of toWinAnsi(text)) units += widths[(winAnsiByte(char.codePointAt(0) ?? 0x3f) ?? 0x3f) - 0x20] ?? 0;
  return (units * size) / 1000;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces, and inside words that are
 * wider than a line on their own. `\n` starts a new line. The lines are already mapped to
 * WinAnsi (see {@link toWinAnsi}).
 */
export function wrapText(text: string, maxWidth: number, size = 10, font: PdfFont = 'regular'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = toWinAnsi(paragraph)
      .split(' ')
      .filter((word) => word !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, size, font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (rest.length > 1 && textWidth(rest, size, font) > maxWidth) {
        let cut = 1;
        while (cut < rest.length - 1 && textWidth(rest.slice(0, cut + 1), size, font) <= maxWidth) cut += 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** The text cut with an ellipsis so that it fits in `maxWidth`. */
export function fitText(text: string, maxWidth: number, size = 10, font: PdfFont = 'regular'): string {
  let fitted = toWinAnsi(text);
  if (textWidth(fitted, size, font) <= maxWidth) return fitted;
  while (fitted.length > 0 && textWidth(`${fitted}\u2026`, size, font) > maxWidth) fitted = fitted.slice(0, -1);
  return `${fitted.trimEnd()}\u2026`;
}

// ---------------------------------------------------------------------------------------
// Writing

/** A number as PDF writes it: at most two decimals, never in exponent notation. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite coordinate: ${String(value)}`);
  let text = value.toFixed(2);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** A literal string of WinAnsi bytes, printable ASCII only. */
function pdfString(text: string): string {
  let out = '(';
  for (const char of toWinAnsi(text)) {
    const byte = winAnsiByte(char.codePointAt(0) ?? 0x3f) ?? 0x3f;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${char}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

/** A text string of the information dictionary: ASCII as a literal, anything else in UTF-16BE. */
function infoString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${hex}>`;
}

function pdfDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/i.exec(
    iso,
  );
  if (!match) throw new RangeError(`Not an ISO date: "${iso}"`);
  const [, year, month, day, hour = '00', minute = '00', second = '00', offset = 'Z'] = match;
  const zone = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}'${offset.slice(4, 6)}'`;
  return `D:${year}${month}${day}${hour}${minute}${second}${zone}`;
}

function colorOperator(color: PdfColor, stroke: boolean): string {
  if (typeof color === 'number') return `${num(color)} ${stroke ? 'G' : 'g'}`;
  return `${color.map(num).join(' ')} ${stroke ? 'RG' : 'rg'}`;
}

function drawItem(item: PdfItem, pageHeight: number): string {
  switch (item.kind) {
    case 'text': {
      const size = item.size ?? 10;
      const font = item.font ?? 'regular';
      const text = toWinAnsi(item.text);
      if (text === '') return '';
      const width = textWidth(text, size, font);
      const x = item.align === 'right' ? item.x - width : item.align === 'center' ? item.x - width / 2 : item.x;
      const color = item.color === undefined ? '' : `${colorOperator(item.color, false)} `;
      const fontName = font === 'bold' ? 'F2' : 'F1';
      return `q ${color}BT /${fontName} ${num(size)} Tf ${num(x)} ${num(pageHeight - item.y)} Td ${pdfString(text)} Tj ET Q\n`;
    }
    case 'line': {
      const color = item.color === undefined ? '' : `${colorOperator(item.color, true)} `;
      const from = `${num(item.x1)} ${num(pageHeight - item.y1)} m`;
      const to = `${num(item.x2)} ${num(pageHeight - item.y2)} l`;
      return `q ${color}${num(item.width ?? 0.5)} w ${from} ${to} S Q\n`;
    }
    case 'rect': {
      if (item.fill === undefined && item.stroke === undefined) return '';
      const fill = item.fill === undefined ? '' : `${colorOperator(item.fill, false)} `;
      const stroke = item.stroke === undefined ? '' : `${colorOperator(item.stroke, true)} `;
      const paint = item.fill === undefined ? 'S' : item.stroke === undefined ? 'f' : 'B';
      const box = `${num(item.x)} ${num(pageHeight - item.y - item.height)} ${num(item.width)} ${num(item.height)} re`;
      return `q ${fill}${stroke}${num(item.lineWidth ?? 0.5)} w ${box} ${paint} Q\n`;
    }
  }
}

// Four FNV-1a hashes with different seeds: a stable file identifier for the trailer's /ID.
function fileId(body: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds
    .map((seed) => {
      let hash = seed >>> 0;
      for (let index = 0; index < body.length; index += 1) {
        hash = Math.imul(hash ^ body.charCodeAt(index), 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0').toUpperCase();
    })
    .join('');
}

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    const code = binary.charCodeAt(index);
    if (code > 0xff) throw new RangeError('A PDF byte above 0xFF: this is a bug in pdf.ts');
    bytes[index] = code;
  }
  return bytes;
}

/**
 * Writes a PDF 1.4 file of A4 pages. Every object is listed in a classic cross-reference
 * table with its byte offset; the trailer names the catalog (/Root) and the information
 * dictionary (/Info, with /Title and /Producer).
 */
export function createPdf(pages: readonly PdfPage[], info: PdfInfo = { title: 'Document' }): Uint8Array {
  const drawn = pages.length > 0 ? pages : [{ items: [] }];
  const pageHeight = A4.height;
  const objects: string[] = [];
  const CATALOG = 1;
  const PAGES = 2;
  const FONT_REGULAR = 3;
  const FONT_BOLD = 4;
  const INFO = 5;
  const firstPage = 6;
  const pageRefs = drawn.map((_, index) => `${firstPage + index * 2} 0 R`);

  objects[CATALOG] = `<< /Type /Catalog /Pages ${PAGES} 0 R >>`;
  objects[PAGES] =
    `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${drawn.length} ` +
    `/MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] >>`;
  objects[FONT_REGULAR] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[FONT_BOLD] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  const infoEntries = [`/Title ${infoString(info.title)}`, `/Producer ${infoString(PDF_PRODUCER)}`];
  if (info.author !== undefined) infoEntries.push(`/Author ${infoString(info.author)}`);
  if (info.subject !== undefined) infoEntries.push(`/Subject ${infoString(info.subject)}`);
  if (info.creationDate !== undefined) infoEntries.push(`/CreationDate (${pdfDate(info.creationDate)})`);
  objects[INFO] = `<< ${infoEntries.join(' ')} >>`;

  const resources = `<< /Font << /F1 ${FONT_REGULAR} 0 R /F2 ${FONT_BOLD} 0 R >> /ProcSet [/PDF /Text] >>`;
  drawn.forEach((page, index) => {
    const pageObject = firstPage + index * 2;
    const content = page.items.map((item) => drawItem(item, pageHeight)).join('');
    objects[pageObject] =
      `<< /Type /Page /Parent ${PAGES} 0 R /Resources ${resources} /Contents ${pageObject + 1} 0 R >>`;
    objects[pageObject + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });

  // A comment line of bytes above 127 right after the header tells transfer tools the file is binary.
  let out = `%PDF-1.4\n%${String.fromCharCode(0xe2, 0xe3, 0xcf, 0xd3)}\n`;
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number += 1) {
    offsets.push(out.length);
    out += `${number} 0 obj\n${objects[number] ?? 'null'}\nendobj\n`;
  }
  const id = fileId(out);
  const xrefOffset = out.length;
  // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n or f, space, LF.
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root ${CATALOG} 0 R /Info ${INFO} 0 R /ID [<${id}> <${id}>] >>\n`;
  out += `startxref\n${xrefOffset}\n%%EOF\n`;
  return bytesOf(out);
}

// ---------------------------------------------------------------------------------------
// Flow layout

export interface PdfTextOptions {
  readonly size?: number;
  readonly font?: PdfFont;
  readonly align?: PdfAlign;
  readonly color?: PdfColor;
}

export interface PdfParagraphOptions extends PdfTextOptions {
  /** Left edge. Default: the left margin. */
  readonly x?: number;
  /** Default: up to the right margin. */
  readonly width?: number;
  /** Line height. Default 1.3 × size. */
  readonly leading?: number;
}

export interface PdfTableColumn {
  readonly header: string;
  /** The column's share of the table's width, relative to the other columns. Default 1. */
  readonly weight?: number;
  readonly align?: PdfAlign;
  /** Font of the column's cells (not the header). A row's own font wins. */
  readonly font?: PdfFont;
  /** Colour of the column's cells (not the header). */
  readonly color?: PdfColor;
}

/** A row's cells, or the cells with a font and a background for the whole row. */
export type PdfTableRow =
  | readonly string[]
  | { readonly cells: readonly string[]; readonly font?: PdfFont; readonly fill?: PdfColor; readonly size?: number };

export interface PdfTableOptions {
  /** Left edge. Default: the left margin. */
  readonly x?: number;
  /** Default: up to the right margin. */
  readonly width?: number;
  /** Font size. Default 9. */
  readonly size?: number;
  /** Space around a cell's text. Default 4. */
  readonly padding?: number;
  /** Whether to draw (and repeat on every page) the header row. Default true. */
  readonly header?: boolean;
  /** Whether to draw a rule under every row. Default true. */
  readonly rules?: boolean;
  /** Colour of cells' text, except in the header row. */
  readonly color?: PdfColor;
}

export interface PdfLayoutOptions {
  /** Page margin in points. Default 48 (about 17 mm). */
  readonly margin?: number;
  /** Text at the bottom left of every page, e.g. the document's name; "Page n of N" goes at the bottom right. */
  readonly footer?: string;
  /** A line at the top of every page after the first, e.g. "Invoice INV-1 (continued)". */
  readonly runningHeader?: string;
}

function isPlainRow(row: PdfTableRow): row is readonly string[] {
  return Array.isArray(row);
}

const FOOTER_HEIGHT = 24;
const RUNNING_HEADER_HEIGHT = 22;
const RULE_COLOR = 0.8;
const MUTED = 0.4;

/** The baseline of text of `size` centred in a line box of height `leading` starting at `top`. */
function baseline(top: number, leading: number, size: number): number {
  // Helvetica's capital letters are 0.718 em high.
  return top + (leading + 0.718 * size) / 2;
}

/**
 * Lays out a document top to bottom on A4 pages. `y` is a cursor: the top of the next free
 * space on the current page. Paragraphs and tables move it and start new pages when the
 * current one is full; anything can also be drawn at a fixed position with {@link draw}.
 */
export class PdfLayout {
  readonly margin: number;
  readonly pageWidth = A4.width;
  readonly pageHeight = A4.height;
  readonly left: number;
  readonly right: number;
  /** The top of the first page's content. */
  readonly top: number;
  /** The lowest point content may reach (the footer is below it). */
  readonly bottom: number;
  /** The cursor: the top of the next free space on the current page. */
  y: number;
  private readonly pages: PdfItem[][] = [[]];
  private readonly footer: string;
  private readonly runningHeader: string | undefined;

  constructor(options: PdfLayoutOptions = {}) {
    this.margin = options.margin ?? 48;
    this.left = this.margin;
    this.right = this.pageWidth - this.margin;
    this.top = this.margin;
    this.bottom = this.pageHeight - this.margin - FOOTER_HEIGHT;
    this.footer = options.footer ?? '';
    this.runningHeader = options.runningHeader;
    this.y = this.top;
  }

  /** The width between the margins. */
  get width(): number {
    return this.right - this.left;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** The top of the content of pages after the first (below the running header). */
  get continuationTop(): number {
    return this.top + (this.runningHeader === undefined ? 0 : RUNNING_HEADER_HEIGHT);
  }

  /** Draws items on the current page at their own coordinates; the cursor does not move. */
  draw(...items: PdfItem[]): this {
    const page = this.pages[this.pages.length - 1];
    if (page) page.push(...items);
    return this;
  }

  /** Draws one line of text at a fixed position. */
  text(text: string, x: number, y: number, options: PdfTextOptions = {}): this {
    return this.draw({ kind: 'text', x, y, text, ...options });
  }

  newPage(): this {
    this.pages.push([]);
    this.y = this.top;
    if (this.runningHeader !== undefined) {
      this.text(this.runningHeader, this.left, this.top + 8, { size: 8, color: MUTED });
      this.y = this.continuationTop;
    }
    return this;
  }

  /** Starts a new page unless `height` points fit below the cursor. True if it did. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom || this.y <= this.continuationTop) return false;
    this.newPage();
    return true;
  }

  moveDown(height: number): this {
    this.y += height;
    return this;
  }

  /** A horizontal rule at the cursor. */
  rule(options: { x1?: number; x2?: number; width?: number; color?: PdfColor } = {}): this {
    return this.draw({
      kind: 'line',
      x1: options.x1 ?? this.left,
      x2: options.x2 ?? this.right,
      y1: this.y,
      y2: this.y,
      width: options.width ?? 0.5,
      color: options.color ?? RULE_COLOR,
    });
  }

  /** Wrapped text at the cursor, continuing on new pages as needed. */
  paragraph(text: string, options: PdfParagraphOptions = {}): this {
    const size = options.size ?? 10;
    const font = options.font ?? 'regular';
    const leading = options.leading ?? size * 1.3;
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const anchor = options.align === 'right' ? x + width : options.align === 'center' ? x + width / 2 : x;
    for (const line of wrapText(text, width, size, font)) {
      this.ensureSpace(leading);
      this.text(line, anchor, baseline(this.y, leading, size), {
        size,
        font,
        align: options.align,
        color: options.color,
      });
      this.y += leading;
    }
    return this;
  }

  /**
   * A table at the cursor. Cells wrap within their column. A row that does not fit goes to
   * the next page, where the header row is drawn again; a row taller than a whole page is
   * split between pages.
   */
  table(columns: readonly PdfTableColumn[], rows: readonly PdfTableRow[], options: PdfTableOptions = {}): this {
    const x = options.x ?? this.left;
    const tableWidth = options.width ?? this.right - x;
    const padding = options.padding ?? 4;
    const rules = options.rules ?? true;
    const showHeader = options.header ?? true;
    const totalWeight = columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
    const widths = columns.map((column) => (tableWidth * (column.weight ?? 1)) / totalWeight);
    const lefts = widths.map((_, index) => x + widths.slice(0, index).reduce((sum, width) => sum + width, 0));

    interface Prepared {
      lines: string[][];
      fonts: PdfFont[];
      colors: (PdfColor | undefined)[];
      size: number;
      leading: number;
      fill: PdfColor | undefined;
      count: number;
    }
    const size = options.size ?? 9;
    const prepare = (
      cells: readonly string[],
      rowFont: PdfFont | undefined,
      rowSize: number,
      fill: PdfColor | undefined,
      header = false,
    ): Prepared => {
      const fonts = columns.map((column) => rowFont ?? (header ? 'bold' : (column.font ?? 'regular')));
      const colors = columns.map((column) => (header ? undefined : (column.color ?? options.color)));
      const lines = columns.map((_, index) =>
        wrapText(cells[index] ?? '', (widths[index] ?? 0) - 2 * padding, rowSize, fonts[index] ?? 'regular'),
      );
      const count = Math.max(1, ...lines.map((cell) => cell.length));
      return { lines, fonts, colors, size: rowSize, leading: rowSize * 1.25, fill, count };
    };
    const height = (row: Prepared, count: number) => count * row.leading + 2 * padding;

    const drawSlice = (row: Prepared, from: number, count: number) => {
      const rowHeight = height(row, count);
      if (row.fill !== undefined) {
        this.draw({ kind: 'rect', x, y: this.y, width: tableWidth, height: rowHeight, fill: row.fill });
      }
      columns.forEach((column, index) => {
        const cellLeft = lefts[index] ?? x;
        const cellWidth = widths[index] ?? 0;
        const anchor =
          column.align === 'right'
            ? cellLeft + cellWidth - padding
            : column.align === 'center'
              ? cellLeft + cellWidth / 2
              : cellLeft + padding;
        const lines = row.lines[index] ?? [];
        for (let line = from; line < Math.min(from + count, lines.length); line += 1) {
          const top = this.y + padding + (line - from) * row.leading;
          this.text(lines[line] ?? '', anchor, baseline(top, row.leading, row.size), {
            size: row.size,
            font: row.fonts[index],
            align: column.align,
            color: row.colors[index],
          });
        }
      });
      this.y += rowHeight;
      if (rules) this.rule({ x1: x, x2: x + tableWidth });
    };

    const header = prepare(
      columns.map((column) => column.header),
      undefined,
      size,
      0.93,
      true,
    );
    const headerHeight = showHeader ? height(header, header.count) : 0;
    const drawHeader = () => {
      if (showHeader) drawSlice(header, 0, header.count);
    };
    const available = (row: Prepared) => Math.floor((this.bottom - this.y - 2 * padding) / row.leading);
    const capacity = (row: Prepared) =>
      Math.floor((this.bottom - this.continuationTop - headerHeight - 2 * padding) / row.leading);

    const prepared = rows.map((row) =>
      isPlainRow(row)
        ? prepare(row, undefined, size, undefined)
        : prepare(row.cells, row.font, row.size ?? size, row.fill),
    );
    const first = prepared[0];
    this.ensureSpace(headerHeight + (first ? height(first, Math.min(first.count, 3)) : 0));
    drawHeader();
    for (const row of prepared) {
      if (capacity(row) < 1) throw new RangeError('A table row cannot fit on an empty page');
      let from = 0;
      while (from < row.count) {
        const remaining = row.count - from;
        const room = available(row);
        if (remaining <= room) {
          drawSlice(row, from, remaining);
          break;
        }
        // Keep the row together on the next page if it fits there; otherwise fill this page.
        if (remaining > capacity(row) && room >= 1) {
          drawSlice(row, from, room);
          from += room;
        }
        this.newPage();
        drawHeader();
      }
    }
    return this;
  }

  /** The pages with their footers: the footer text on the left, "Page n of N" on the right. */
  toPages(): PdfPage[] {
    const total = this.pages.length;
    const footerY = this.pageHeight - this.margin;
    return this.pages.map((items, index) => ({
      items: [
        ...items,
        {
          kind: 'line',
          x1: this.left,
          x2: this.right,
          y1: footerY - 14,
          y2: footerY - 14,
          width: 0.5,
          color: RULE_COLOR,
        },
        {
          kind: 'text',
          x: this.left,
          y: footerY,
          text: fitText(this.footer, this.width - 90, 8),
          size: 8,
          color: MUTED,
        },
        {
          kind: 'text',
          x: this.right,
          y: footerY,
          text: `Page ${index + 1} of ${total}`,
          size: 8,
          align: 'right',
          color: MUTED,
        },
      ],
    }));
  }

  toPdf(info: PdfInfo): Uint8Array {
    return createPdf(this.toPages(), info);
  }
}
