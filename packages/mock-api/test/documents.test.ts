import { expect } from 'chai';
import {
  fromDecimalString,
  schemas,
  type BillingSchedule,
  type Contract,
  type InvoiceDetail,
  type Plan,
} from '@customer-center/sdk';
import * as z from 'zod/mini';
import {
  billingScheduleCsv,
  billingSchedulePdf,
  contractPdf,
  formatDocumentAmount,
  formatDocumentDate,
  invoicePdf,
} from '../src/documents.js';
import { PdfLayout, createPdf, textWidth, toWinAnsi, wrapText } from '../src/pdf.js';

// Runs in Chromium and in Node: the checks below read the PDF bytes themselves. The Node-only
// documents.node.test.ts reads the same documents with a real PDF parser (pdf.js).

// ---------------------------------------------------------------------------------------
// Fixtures, validated with the contract's own schemas.

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function makeInvoice(lineCount = 3, overrides: Partial<InvoiceDetail> = {}): InvoiceDetail {
  const unit = 61728;
  const lines = Array.from({ length: lineCount }, (_, index) => ({
    id: `line_${index + 1}`,
    description: `Line item ${index + 1}: managed service hours`,
    quantity: '2',
    unitPrice: eur(unit),
    amount: eur(unit * 2),
    taxRate: '22',
    periodStart: index % 2 === 1 ? '2026-11-01' : null,
    periodEnd: index % 2 === 1 ? '2026-11-30' : null,
  }));
  const subtotal = unit * 2 * lineCount;
  const tax = Math.round((subtotal * 22) / 100);
  const total = subtotal + tax;
  const paid = 10000;
  const credits = 5000;
  const rewards = 2500;
  return z.parse(schemas.InvoiceDetail, {
    id: 'inv_42',
    number: 'INV-2026-00042',
    type: 'support',
    status: 'open',
    issueDate: '2026-11-22',
    dueDate: '2026-12-22',
    currency: 'EUR',
    total: eur(total),
    amountPaid: eur(paid),
    creditsApplied: eur(credits),
    rewardsApplied: eur(rewards),
    balanceDue: eur(total - paid - credits - rewards),
    poNumber: 'PO-7781',
    contractId: 'ctr_1',
    orderId: null,
    rewardsEligible: true,
    billTo: {
      name: 'Acme Italia S.r.l.',
      address: { line1: 'Via Roma 1', line2: null, city: 'Milano', region: 'MI', postalCode: '20121', country: 'IT' },
    },
    lines,
    taxes: [{ name: 'IVA', rate: '22', base: eur(subtotal), amount: eur(tax) }],
    subtotal: eur(subtotal),
    taxTotal: eur(tax),
    adjustments: [
      { kind: 'credit', reference: 'CN-2026-0007', amount: eur(credits), appliedAt: '2026-11-23T10:00:00Z' },
      { kind: 'reward', reference: '****-****-AB12', amount: eur(rewards), appliedAt: '2026-11-24T10:00:00Z' },
    ],
    payments: [
      {
        paymentId: 'pay_1',
        paidAt: '2026-11-25T09:00:00+01:00',
        amount: eur(paid),
        method: 'wire',
        reference: 'WIRE-88',
      },
    ],
    remittance: {
      referenceToQuote: 'INV-2026-00042',
      wire: {
        beneficiary: 'Billing Services Ltd',
        bankName: 'First Example Bank',
        bankAddress: '1 Bank Street, London EC2V 8AB, United Kingdom',
        iban: 'GB33BUKB20201555555555',
        bic: 'BUKBGB22',
        accountNumber: null,
        routingNumber: null,
      },
      ach: { beneficiary: 'Billing Services Inc', routingNumber: '021000021', accountNumber: '123456789' },
      cheque: {
        payableTo: 'Billing Services Inc',
        mailTo: {
          line1: 'PO Box 1234',
          line2: null,
          city: 'Springfield',
          region: 'IL',
          postalCode: '62701',
          country: 'US',
        },
      },
    },
    notes: 'Thank you for your business.',
    ...overrides,
  });
}

function makePlan(currency: string, amountMinor: number): Plan {
  return z.parse(schemas.Plan, {
    id: `plan_${currency.toLowerCase()}`,
    name: `Enterprise Support (${currency})`,
    termMonths: 12,
    amount: { amountMinor, currency },
    billingFrequency: 'monthly',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    nextBillingDate: '2026-12-01',
    status: 'active',
  });
}

function makeSchedule(plan: Plan, count = 12): BillingSchedule {
  return z.parse(schemas.BillingSchedule, {
    planId: plan.id,
    entries: Array.from({ length: count }, (_, index) => ({
      date: `${2026 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
      amount: plan.amount,
      status: index < count - 2 ? 'paid' : index < count - 1 ? 'invoiced' : 'scheduled',
      invoiceId: index < count - 1 ? `inv_${index + 1}` : null,
    })),
  });
}

const contract: Contract = z.parse(schemas.Contract, {
  id: 'ctr_1',
  number: 'CTR-2026-001',
  name: 'Enterprise support agreement',
  status: 'active',
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  renewalDate: '2028-12-31',
  value: { amountMinor: 4500000, currency: 'KWD' },
  documentIds: ['doc_1'],
  invoiceIds: ['inv_1', 'inv_2'],
});

// ---------------------------------------------------------------------------------------
// A minimal reader of the PDFs this writer makes (classic xref table, uncompressed streams).

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 4096) {
    text += String.fromCharCode(...bytes.subarray(index, index + 4096));
  }
  return text;
}

interface ParsedPdf {
  readonly raw: string;
  readonly xrefOffset: number;
  readonly offsets: number[];
  readonly trailer: string;
  object(number: number): string;
  /** The content stream of each page, in page order. */
  readonly pageStreams: string[];
}

function parsePdf(bytes: Uint8Array): ParsedPdf {
  const raw = latin1(bytes);
  const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(raw);
  expect(startxref, 'startxref and %%EOF at the end').to.not.equal(null);
  const xrefOffset = Number(startxref![1]);
  expect(raw.slice(xrefOffset, xrefOffset + 5)).to.equal('xref\n');
  const header = /^xref\n0 (\d+)\n/.exec(raw.slice(xrefOffset));
  expect(header, 'xref subsection header').to.not.equal(null);
  const size = Number(header![1]);
  const entriesStart = xrefOffset + header![0].length;
  const offsets: number[] = [];
  for (let index = 0; index < size; index += 1) {
    const entry = raw.slice(entriesStart + index * 20, entriesStart + (index + 1) * 20);
    expect(entry).to.match(/^\d{10} \d{5} [nf] \n$/);
    if (index === 0) expect(entry).to.equal('0000000000 65535 f \n');
    else offsets.push(Number(entry.slice(0, 10)));
  }
  const trailerStart = entriesStart + size * 20;
  expect(raw.slice(trailerStart, trailerStart + 8)).to.equal('trailer\n');
  const trailer = raw.slice(trailerStart, raw.lastIndexOf('startxref'));
  expect(trailer).to.include(`/Size ${size}`);

  const object = (number: number): string => {
    const offset = offsets[number - 1];
    if (offset === undefined) throw new Error(`No object ${number}`);
    const end = raw.indexOf('\nendobj\n', offset);
    return raw.slice(offset, end);
  };
  const reference = (dictionary: string, key: string): number => {
    const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
    if (!match) throw new Error(`No /${key} in ${dictionary}`);
    return Number(match[1]);
  };
  const pages = object(reference(trailer, 'Root'));
  const kids = /\/Kids \[([^\]]*)\]/.exec(object(reference(pages, 'Pages')))?.[1] ?? '';
  const pageStreams = [...kids.matchAll(/(\d+) 0 R/g)].map((match) => {
    const stream = object(reference(object(Number(match[1])), 'Contents'));
    const start = stream.indexOf('stream\n') + 'stream\n'.length;
    return stream.slice(start, stream.lastIndexOf('\nendstream'));
  });
  return { raw, xrefOffset, offsets, trailer, object, pageStreams };
}

// WinAnsiEncoding is Windows-1252; written out because Node's TextDecoder reads it as Latin-1.
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsiChar = (byte: number) =>
  byte >= 0x80 && byte <= 0x9f ? (WIN_ANSI_80_9F[byte - 0x80] ?? '') : String.fromCharCode(byte);

/** The strings of a content stream's `Tj` operators, unescaped and decoded from WinAnsi. */
function shownStrings(stream: string): string[] {
  return [...stream.matchAll(/\(((?:\\[\s\S]|[^\\)])*)\) Tj/g)].map((match) => {
    const bytes: number[] = [];
    const literal = match[1] ?? '';
    for (let index = 0; index < literal.length; index += 1) {
      const char = literal[index] ?? '';
      if (char !== '\\') {
        bytes.push(char.charCodeAt(0));
        continue;
      }
      const octal = /^[0-7]{1,3}/.exec(literal.slice(index + 1))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8));
        index += octal.length;
      } else {
        const escaped = literal[index + 1] ?? '';
        bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[escaped] ?? escaped.charCodeAt(0));
        index += 1;
      }
    }
    return bytes.map(winAnsiChar).join('');
  });
}

function allStrings(pdf: ParsedPdf): string[] {
  return pdf.pageStreams.flatMap(shownStrings);
}

/** Structure checks every document must pass. */
function expectWellFormed(bytes: Uint8Array): ParsedPdf {
  expect(bytes).to.be.instanceOf(Uint8Array);
  const pdf = parsePdf(bytes);
  // Header: version, then a comment of four bytes above 127.
  expect(pdf.raw.slice(0, 9)).to.equal('%PDF-1.4\n');
  expect(pdf.raw[9]).to.equal('%');
  expect([...pdf.raw.slice(10, 14)].every((char) => char.charCodeAt(0) > 127)).to.equal(true);
  expect(pdf.raw[14]).to.equal('\n');
  // Every in-use entry points at its own "N 0 obj".
  pdf.offsets.forEach((offset, index) => {
    expect(pdf.raw.slice(offset, offset + `${index + 1} 0 obj\n`.length)).to.equal(`${index + 1} 0 obj\n`);
  });
  expect(pdf.offsets.at(-1)).to.be.below(pdf.xrefOffset);
  // Every stream is exactly as long as it says.
  for (const match of pdf.raw.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    expect(pdf.raw.slice(start + Number(match[1]), start + Number(match[1]) + 10)).to.equal('\nendstream');
  }
  // Catalog, page tree and information dictionary.
  const root = Number(/\/Root (\d+) 0 R/.exec(pdf.trailer)?.[1]);
  const info = Number(/\/Info (\d+) 0 R/.exec(pdf.trailer)?.[1]);
  expect(pdf.object(root)).to.include('/Type /Catalog');
  expect(pdf.object(info)).to.include('/Producer (Customer Center mock API)');
  expect(pdf.object(info)).to.match(/\/Title [(<]/);
  const count = Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(pdf.raw)?.[1]);
  expect(count).to.equal(pdf.pageStreams.length);
  expect(pdf.raw.match(/\/Type \/Page /g)?.length).to.equal(count);
  expect(pdf.raw).to.include('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
  expect(pdf.raw).to.include('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
  // Apart from the binary comment, the file is plain ASCII: text is greppable.
  expect(/[^\t\n\r -~]/.test(pdf.raw.slice(15))).to.equal(false);
  return pdf;
}

// ---------------------------------------------------------------------------------------

describe('PDF writer', () => {
  it('writes a well-formed file even with no page', () => {
    const pdf = expectWellFormed(createPdf([]));
    expect(pdf.pageStreams).to.have.length(1);
  });

  it('places text, lines and rectangles on A4 pages from the top-left corner', () => {
    const pdf = expectWellFormed(
      createPdf(
        [
          {
            items: [
              { kind: 'text', x: 50, y: 100, text: 'Hello', size: 12, font: 'bold' },
              { kind: 'text', x: 500, y: 100, text: 'Right', align: 'right' },
              { kind: 'line', x1: 50, y1: 110, x2: 545, y2: 110, width: 1 },
              { kind: 'rect', x: 50, y: 120, width: 100, height: 20, fill: 0.9, stroke: [0, 0, 1] },
            ],
          },
          { items: [{ kind: 'text', x: 50, y: 50, text: 'Second page' }] },
        ],
        { title: 'Shapes' },
      ),
    );
    expect(pdf.raw).to.include('/MediaBox [0 0 595.28 841.89]');
    const [first = ''] = pdf.pageStreams;
    expect(first).to.include('BT /F2 12 Tf 50 741.89 Td (Hello) Tj ET');
    // Right-aligned: ends at x = 500, so starts at 500 minus its width.
    expect(first).to.include(`Td (Right) Tj`);
    expect(first).to.include(`${(500 - textWidth('Right', 10)).toFixed(2).replace(/0+$/, '')} 741.89 Td (Right)`);
    expect(first).to.include('50 731.89 m 545 731.89 l S');
    expect(first).to.include('50 701.89 100 20 re B');
    expect(shownStrings(pdf.pageStreams[1] ?? '')).to.deep.equal(['Second page']);
  });

  it('escapes parentheses and backslashes in text', () => {
    const text = 'Support (24/7) \\ priority) (queue';
    const pdf = expectWellFormed(createPdf([{ items: [{ kind: 'text', x: 50, y: 50, text }] }]));
    expect(pdf.raw).to.include('(Support \\(24/7\\) \\\\ priority\\) \\(queue) Tj');
    expect(allStrings(pdf)).to.deep.equal([text]);
  });

  it('writes WinAnsi characters beyond ASCII as octal escapes, € as \\200', () => {
    const text = 'Zoë paid €1 – “thanks”';
    const pdf = expectWellFormed(createPdf([{ items: [{ kind: 'text', x: 50, y: 50, text }] }]));
    expect(pdf.raw).to.include('(Zo\\353 paid \\2001 \\226 \\223thanks\\224) Tj');
    expect(allStrings(pdf)).to.deep.equal([text]);
  });

  it('maps characters the standard fonts lack: look-alikes, base letters, transliteration, else ?', () => {
    expect(toWinAnsi('Zoë Łukasz Dvořák Őry')).to.equal('Zoë Lukasz Dvorák Ory');
    expect(toWinAnsi('Жанна Щукина')).to.equal('Zhanna Shchukina');
    expect(toWinAnsi('Αθήνα')).to.equal('Athina');
    expect(toWinAnsi('山田太郎')).to.equal('????');
    expect(toWinAnsi('شركة')).to.equal('????');
    expect(toWinAnsi('😀')).to.equal('?');
    expect(toWinAnsi('ﬁnance Ｆ①')).to.equal('finance F1');
    expect(toWinAnsi('1\u2212 2\u00a03\u202f4\tend\n')).to.equal('1- 2\u00a03 4 end ');
    expect(toWinAnsi('in\u00advisible\u200b\u200e')).to.equal('invisible');
    // Decomposed input is composed first: e + combining acute is é, which WinAnsi has.
    expect(toWinAnsi('Cafe\u0301')).to.equal('Café');
    // Mapping is idempotent, so measured and drawn text agree.
    const once = toWinAnsi('Ωmega – 東京 (Zoë)');
    expect(toWinAnsi(once)).to.equal(once);
  });

  it('measures with the AFM widths and wraps at spaces', () => {
    expect(textWidth('Hello', 10)).to.be.closeTo(22.78, 0.001);
    expect(textWidth('Hello', 10, 'bold')).to.be.closeTo(24.45, 0.001);
    expect(textWidth('€', 1000)).to.equal(556);
    expect(wrapText('one two three four', textWidth('one two three', 10))).to.deep.equal(['one two three', 'four']);
    expect(wrapText('first\nsecond', 500)).to.deep.equal(['first', 'second']);
    expect(wrapText('0123456789', textWidth('0123', 10))).to.deep.equal(['0123', '4567', '89']);
  });

  it('writes a non-ASCII title as UTF-16 and the creation date when given', () => {
    const pdf = expectWellFormed(
      createPdf([], { title: 'Rechnung Zoë 東京', creationDate: '2026-11-22T10:15:00+01:00' }),
    );
    expect(pdf.raw).to.include('/Title <FEFF0052006500630068006E0075006E00670020005A006F00EB002067714EAC>');
    expect(pdf.raw).to.include("/CreationDate (D:20261122101500+01'00')");
  });

  it('gives the same bytes for the same pages', () => {
    expect(invoicePdf(makeInvoice(), 'Acme Group')).to.deep.equal(invoicePdf(makeInvoice(), 'Acme Group'));
  });

  it('breaks long tables across pages, repeating the header row, and numbers the pages', () => {
    const layout = new PdfLayout({ footer: 'Footer text', runningHeader: 'Continued' });
    layout.table(
      [{ header: 'Item' }, { header: 'Amount', align: 'right' }],
      Array.from({ length: 100 }, (_, index) => [`Row ${index + 1}`, String(index + 1)]),
    );
    const pdf = expectWellFormed(layout.toPdf({ title: 'Table' }));
    expect(pdf.pageStreams.length).to.be.greaterThan(1);
    pdf.pageStreams.forEach((stream, index) => {
      const strings = shownStrings(stream);
      expect(strings).to.include('Item');
      expect(strings).to.include(`Page ${index + 1} of ${pdf.pageStreams.length}`);
      expect(strings).to.include('Footer text');
      expect(strings.includes('Continued')).to.equal(index > 0);
    });
    const rows = allStrings(pdf).filter((text) => text.startsWith('Row '));
    expect(rows).to.deep.equal(Array.from({ length: 100 }, (_, index) => `Row ${index + 1}`));
  });

  it('splits a row taller than a page between pages', () => {
    const layout = new PdfLayout();
    const long = Array.from({ length: 150 }, (_, index) => `line ${index + 1}`).join('\n');
    layout.table([{ header: 'Text' }], [['before'], [long], ['after']]);
    const pdf = expectWellFormed(layout.toPdf({ title: 'Tall row' }));
    expect(pdf.pageStreams.length).to.be.greaterThan(2);
    const lines = allStrings(pdf).filter((text) => /^(line \d+|before|after)$/.test(text));
    expect(lines).to.deep.equal(['before', ...long.split('\n'), 'after']);
  });
});

describe('invoice PDF', () => {
  it('is a well-formed PDF titled with the invoice number', () => {
    const pdf = expectWellFormed(invoicePdf(makeInvoice(), 'Acme Group'));
    expect(pdf.raw).to.include('/Title (Invoice INV-2026-00042)');
    expect(pdf.raw).to.include('/CreationDate (D:20261122000000Z)');
  });

  it('shows the invoice number, the balance due and the remittance instructions', () => {
    const invoice = makeInvoice();
    const strings = allStrings(expectWellFormed(invoicePdf(invoice, 'Acme Group')));
    const text = strings.join('\n');
    expect(invoice.balanceDue.amountMinor).to.equal(434349);
    expect(strings).to.include('INV-2026-00042');
    expect(strings).to.include('Balance due');
    expect(strings).to.include('EUR 4,343.49');
    expect(strings).to.include('Quote invoice number INV-2026-00042 with your payment.');
    for (const expected of [
      'Billing Services',
      'Acme Italia S.r.l.',
      'Customer account: Acme Group',
      'PO-7781',
      'Support',
      '22 Nov 2026',
      '22 Dec 2026',
      'Line item 3: managed service hours',
      'EUR 617.28',
      'EUR 1,234.56',
      'IVA',
      'EUR 3,703.68',
      'EUR 814.81',
      'EUR 4,518.49',
      'Credits applied',
      'EUR -50.00',
      'Support Rewards applied',
      'EUR -25.00',
      'Payments received',
      'EUR -100.00',
      'CN-2026-0007',
      'WIRE-88',
      'GB33BUKB20201555555555',
      'BUKBGB22',
      '021000021',
      'Billing Services Inc',
      'PO Box 1234',
      'Thank you for your business.',
    ]) {
      expect(text).to.include(expected);
    }
    // The period of a line is printed under its description.
    expect(strings).to.include('Service period 1 Nov 2026 \u2013 30 Nov 2026');
  });

  it('takes the seller from the options', () => {
    const strings = allStrings(parsePdf(invoicePdf(makeInvoice(), 'Acme Group', { seller: 'Example Supplier GmbH' })));
    expect(strings).to.include('Example Supplier GmbH');
    expect(strings).to.not.include('Billing Services');
  });

  it('escapes a description with parentheses and a backslash', () => {
    const base = makeInvoice(1);
    const description = 'Premium support (24/7) \\ priority (EMEA)';
    const invoice = { ...base, lines: base.lines.map((line) => ({ ...line, description })) };
    const pdf = expectWellFormed(invoicePdf(invoice, 'Acme Group'));
    expect(pdf.raw).to.include('(Premium support \\(24/7\\) \\\\ priority \\(EMEA\\)) Tj');
    expect(allStrings(pdf)).to.include(description);
  });

  it('writes names outside WinAnsi as best it can', () => {
    const base = makeInvoice(1);
    const invoice = { ...base, billTo: { ...base.billTo, name: 'Zoë Łukasz 山田' } };
    expect(allStrings(parsePdf(invoicePdf(invoice, 'Acme Group')))).to.include('Zoë Lukasz ??');
  });

  it('spreads 120 lines over several pages, with every line once', () => {
    const invoice = makeInvoice(120);
    const pdf = expectWellFormed(invoicePdf(invoice, 'Acme Group'));
    expect(pdf.pageStreams.length).to.be.at.least(3);
    const strings = allStrings(pdf);
    const lines = strings.filter((text) => text.startsWith('Line item '));
    expect(lines).to.deep.equal(invoice.lines.map((line) => line.description));
    pdf.pageStreams.forEach((stream, index) => {
      expect(shownStrings(stream)).to.include(`Page ${index + 1} of ${pdf.pageStreams.length}`);
    });
    // The lines' header row is repeated on every page that has lines.
    const pagesWithLines = pdf.pageStreams.filter((stream) =>
      shownStrings(stream).some((text) => text.startsWith('Line item ')),
    );
    expect(pagesWithLines.length).to.be.at.least(3);
    for (const stream of pagesWithLines) expect(shownStrings(stream)).to.include('Description');
    // The totals come once, after the last line.
    expect(strings.filter((text) => text === 'Balance due')).to.have.length(2);
    expect(strings.lastIndexOf('Balance due')).to.be.greaterThan(
      strings.indexOf('Line item 120: managed service hours'),
    );
  });

  it('leaves out what an invoice does not have', () => {
    const base = makeInvoice(1);
    const invoice: InvoiceDetail = {
      ...base,
      poNumber: null,
      contractId: null,
      adjustments: [],
      payments: [],
      notes: null,
      remittance: { ...base.remittance, ach: null, cheque: null },
    };
    const strings = allStrings(expectWellFormed(invoicePdf(invoice, 'Acme Italia S.r.l.')));
    expect(strings).to.not.include('ACH');
    expect(strings).to.not.include('Cheque');
    expect(strings).to.not.include('Credits and rewards applied');
    expect(strings.some((text) => text.startsWith('Customer account'))).to.equal(false);
    expect(strings).to.include('Quote invoice number INV-2026-00042 with your payment.');
  });
});

describe('document amounts and dates', () => {
  it('writes the ISO code and the exact digits, grouped by thousands', () => {
    expect(formatDocumentAmount({ amountMinor: 123456, currency: 'EUR' })).to.equal('EUR 1,234.56');
    expect(formatDocumentAmount({ amountMinor: 5, currency: 'USD' })).to.equal('USD 0.05');
    expect(formatDocumentAmount({ amountMinor: -123456789, currency: 'USD' })).to.equal('USD -1,234,567.89');
    expect(formatDocumentAmount({ amountMinor: 1200000, currency: 'JPY' })).to.equal('JPY 1,200,000');
    expect(formatDocumentAmount({ amountMinor: 1250, currency: 'KWD' })).to.equal('KWD 1.250');
    expect(formatDocumentAmount({ amountMinor: 9007199254740991, currency: 'USD' })).to.equal(
      'USD 90,071,992,547,409.91',
    );
  });

  it('writes dates the same way in every locale', () => {
    expect(formatDocumentDate('2026-11-22')).to.equal('22 Nov 2026');
    expect(formatDocumentDate('2026-01-05T23:30:00-05:00')).to.equal('5 Jan 2026');
  });
});

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      index += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`Not RFC 4180: bare ${JSON.stringify(char)} at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

describe('billing schedule CSV', () => {
  for (const [currency, amountMinor, decimal] of [
    ['USD', 123456, '1234.56'],
    ['JPY', 120000, '120000'],
    ['KWD', 1250, '1.250'],
  ] as const) {
    it(`parses back to the exact ${currency} amounts`, () => {
      const plan = makePlan(currency, amountMinor);
      const schedule = makeSchedule(plan);
      const csv = billingScheduleCsv(plan, schedule);
      const [header, ...rows] = parseCsv(csv);
      expect(header).to.deep.equal(['date', 'amount', 'currency', 'status', 'invoiceId']);
      expect(rows).to.have.length(schedule.entries.length);
      rows.forEach((row, index) => {
        const entry = schedule.entries[index]!;
        expect(row).to.deep.equal([entry.date, decimal, currency, entry.status, entry.invoiceId ?? '']);
        expect(fromDecimalString(row[1]!, row[2]!)).to.deep.equal(entry.amount);
      });
    });
  }

  it('ends every record with CRLF, has no byte order mark and quotes only when needed', () => {
    const plan = makePlan('USD', 100);
    const schedule: BillingSchedule = {
      planId: plan.id,
      entries: [
        { date: '2026-01-01', amount: { amountMinor: -100, currency: 'USD' }, status: 'paid', invoiceId: 'inv,"1"' },
        { date: '2026-02-01', amount: { amountMinor: 0, currency: 'USD' }, status: 'invoiced', invoiceId: 'a\r\nb' },
        { date: '2026-03-01', amount: { amountMinor: 100, currency: 'USD' }, status: 'scheduled', invoiceId: null },
      ],
    };
    const csv = billingScheduleCsv(plan, schedule);
    expect(csv.charCodeAt(0)).to.not.equal(0xfeff);
    expect(csv).to.equal(
      'date,amount,currency,status,invoiceId\r\n' +
        '2026-01-01,-1.00,USD,paid,"inv,""1"""\r\n' +
        '2026-02-01,0.00,USD,invoiced,"a\r\nb"\r\n' +
        '2026-03-01,1.00,USD,scheduled,\r\n',
    );
    expect(parseCsv(csv).map((row) => row[4])).to.deep.equal(['invoiceId', 'inv,"1"', 'a\r\nb', '']);
  });

  it('writes only the header for an empty schedule', () => {
    const plan = makePlan('EUR', 100);
    expect(billingScheduleCsv(plan, { planId: plan.id, entries: [] })).to.equal(
      'date,amount,currency,status,invoiceId\r\n',
    );
  });

  it('refuses a schedule of another plan', () => {
    const plan = makePlan('EUR', 100);
    expect(() => billingScheduleCsv(plan, { planId: 'plan_other', entries: [] })).to.throw(RangeError);
    expect(() => billingSchedulePdf(plan, { planId: 'plan_other', entries: [] })).to.throw(RangeError);
  });
});

describe('billing schedule PDF', () => {
  it('lists the plan, the totals per status and every billing date', () => {
    const plan = makePlan('JPY', 120000);
    const schedule = makeSchedule(plan);
    const pdf = expectWellFormed(billingSchedulePdf(plan, schedule));
    const strings = allStrings(pdf);
    expect(strings).to.include('Enterprise Support (JPY)');
    expect(strings).to.include('JPY 120,000');
    expect(strings).to.include('JPY 1,200,000');
    expect(strings).to.include('JPY 1,440,000');
    expect(strings).to.include('1 Dec 2026');
    expect(strings).to.include('inv_11');
    expect(pdf.raw).to.include('/Title (Billing schedule: Enterprise Support \\(JPY\\))');
  });

  it('continues a long schedule on more pages', () => {
    const plan = makePlan('KWD', 1250);
    const schedule = makeSchedule(plan, 72);
    const pdf = expectWellFormed(billingSchedulePdf(plan, schedule));
    expect(pdf.pageStreams.length).to.be.at.least(2);
    // 72 billing dates, the amount per period, and the one scheduled and one invoiced date of the summary.
    expect(allStrings(pdf).filter((text) => text === 'KWD 1.250')).to.have.length(75);
  });
});

describe('contract PDF', () => {
  it('names the parties, the term, the value and the renewal', () => {
    const pdf = expectWellFormed(contractPdf(contract, 'Acme Group'));
    const text = allStrings(pdf).join('\n');
    for (const expected of [
      'CTR-2026-001',
      'Enterprise support agreement',
      'Acme Group',
      'Billing Services',
      'KWD 4,500.000',
      '1 Jan 2026',
      '31 Dec 2028',
      'inv_2',
      'For the Customer',
    ]) {
      expect(text).to.include(expected);
    }
    expect(pdf.raw).to.include('/Title (Contract CTR-2026-001: Enterprise support agreement)');
  });
});
