/// <reference types="node" />
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { schemas, type BillingSchedule, type Contract, type InvoiceDetail, type Plan } from '@customer-center/sdk';
import * as z from 'zod/mini';
import { billingSchedulePdf, contractPdf, invoicePdf } from '../src/documents.js';
import { createPdf } from '../src/pdf.js';

// Node only: reads the generated PDFs with a real parser, Mozilla's pdf.js (the
// `pdfjs-dist` dev dependency, legacy build for Node), and checks the text it extracts.
// documents.test.ts checks the bytes themselves, in Node and Chromium.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

interface ExtractedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

interface ReadPdf {
  readonly numPages: number;
  readonly info: Record<string, unknown>;
  /** Each page's text items, in content order. */
  readonly pages: ExtractedText[][];
  /** What pdf.js warned about while reading (it repairs broken files silently otherwise). */
  readonly warnings: string[];
}

let pdfjs: PdfJs;
// pdf.js reads the metrics of the standard fonts from here, with fs, when a file does not embed them.
const standardFontDataUrl = fileURLToPath(new URL('standard_fonts/', import.meta.resolve('pdfjs-dist/package.json')));

async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js reports problems it worked around (a bad xref entry, a missing font) with console.warn.
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    // pdf.js may transfer the buffer it is given: hand it a copy.
    const document = await pdfjs.getDocument({ data: bytes.slice(), standardFontDataUrl, verbosity: 1 }).promise;
    try {
      const { info } = await document.getMetadata();
      const pages: ExtractedText[][] = [];
      for (let number = 1; number <= document.numPages; number += 1) {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(
          content.items.flatMap((item) =>
            'str' in item && item.str.trim() !== ''
              ? [
                  {
                    str: item.str,
                    x: Number(item.transform[4]),
                    y: Number(item.transform[5]),
                    width: item.width,
                    fontSize: Math.hypot(Number(item.transform[0]), Number(item.transform[1])),
                  },
                ]
              : [],
          ),
        );
      }
      return { numPages: document.numPages, info: info as Record<string, unknown>, pages, warnings };
    } finally {
      await document.destroy();
    }
  } finally {
    console.warn = warn;
  }
}

/** The /Count of the page tree, as written. */
const pageCount = (bytes: Uint8Array) => Number(/\/Count (\d+)/.exec(new TextDecoder().decode(bytes))?.[1]);

const strings = (pdf: ReadPdf) => pdf.pages.flat().map((item) => item.str);

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function makeInvoice(lineCount: number, description = 'Managed service hours'): InvoiceDetail {
  const unit = 61728;
  const subtotal = unit * 2 * lineCount;
  const tax = Math.round((subtotal * 22) / 100);
  const paid = 10000;
  return z.parse(schemas.InvoiceDetail, {
    id: 'inv_42',
    number: 'INV-2026-00042',
    type: 'support',
    status: 'overdue',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    currency: 'EUR',
    total: eur(subtotal + tax),
    amountPaid: eur(paid),
    creditsApplied: eur(0),
    rewardsApplied: eur(0),
    balanceDue: eur(subtotal + tax - paid),
    poNumber: null,
    contractId: null,
    orderId: 'ord_9',
    rewardsEligible: true,
    billTo: {
      name: 'Zoë Łukasz GmbH',
      address: {
        line1: 'Hauptstraße 5',
        line2: null,
        city: 'München',
        region: null,
        postalCode: '80331',
        country: 'DE',
      },
    },
    lines: Array.from({ length: lineCount }, (_, index) => ({
      id: `line_${index + 1}`,
      description: index === 0 ? description : `Line item ${index + 1}`,
      quantity: '2',
      unitPrice: eur(unit),
      amount: eur(unit * 2),
      taxRate: '22',
      periodStart: null,
      periodEnd: null,
    })),
    taxes: [{ name: 'USt', rate: '22', base: eur(subtotal), amount: eur(tax) }],
    subtotal: eur(subtotal),
    taxTotal: eur(tax),
    adjustments: [],
    payments: [
      { paymentId: 'pay_1', paidAt: '2026-10-05T09:00:00Z', amount: eur(paid), method: 'card', reference: 'ch_1' },
    ],
    remittance: {
      referenceToQuote: 'INV-2026-00042',
      wire: {
        beneficiary: 'Billing Services GmbH',
        bankName: 'Example Bank AG',
        bankAddress: 'Bankplatz 1, 60311 Frankfurt am Main',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        accountNumber: null,
        routingNumber: null,
      },
      ach: null,
      cheque: null,
    },
    notes: null,
  });
}

describe('documents read by a real PDF parser (pdf.js)', function () {
  this.timeout(20000);

  before(async () => {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  });

  it('reads an invoice: metadata, invoice number, balance due and remittance text', async () => {
    const invoice = makeInvoice(3, 'Premium support (24/7) \\ priority — €');
    const bytes = invoicePdf(invoice, 'Acme Group');
    const pdf = await readPdf(bytes);
    expect(pdf.warnings).to.deep.equal([]);
    expect(pdf.numPages).to.equal(pageCount(bytes));
    expect(pdf.info.PDFFormatVersion).to.equal('1.4');
    expect(pdf.info.Title).to.equal('Invoice INV-2026-00042');
    expect(pdf.info.Producer).to.equal('Customer Center mock API');
    const text = strings(pdf);
    expect(text).to.include('INV-2026-00042');
    expect(text).to.include('Balance due');
    expect(invoice.balanceDue.amountMinor).to.equal(441849);
    expect(text).to.include('EUR 4,418.49');
    expect(text).to.include('Quote invoice number INV-2026-00042 with your payment.');
    expect(text).to.include('Premium support (24/7) \\ priority — €');
    expect(text).to.include('Zoë Lukasz GmbH');
    expect(text).to.include('Hauptstraße 5');
    expect(text).to.include('DE89370400440532013000');
    expect(text).to.include('Overdue');
  });

  it('would notice a broken cross-reference table', async () => {
    // The harness's own check: pdf.js repairs a wrong offset silently but for a warning.
    const bytes = invoicePdf(makeInvoice(1), 'Acme Group');
    const text = new TextDecoder('latin1').decode(bytes);
    const xref = text.lastIndexOf('\nxref\n');
    const firstEntry = text.indexOf('\n', text.indexOf('\n', xref + 6) + 1) + 1;
    const broken = bytes.slice();
    broken.set(new TextEncoder().encode('0000000020'), firstEntry);
    const pdf = await readPdf(broken);
    expect(pdf.warnings.join('\n')).to.match(/XRef|Indexing all PDF objects/);
    expect(strings(pdf)).to.include('INV-2026-00042');
  });

  it('right-aligns amounts: their right edges line up by the metrics pdf.js uses', async () => {
    const pdf = await readPdf(invoicePdf(makeInvoice(5), 'Acme Group'));
    const amounts = (pdf.pages[0] ?? []).filter((item) => item.str === 'EUR 1,234.56');
    expect(amounts).to.have.length(5);
    const rightEdges = amounts.map((item) => item.x + item.width);
    for (const edge of rightEdges) expect(edge).to.be.closeTo(rightEdges[0]!, 0.05);
    // The column ends 4 points (the cell padding) inside the right margin.
    expect(rightEdges[0]).to.be.closeTo(595.28 - 48 - 4, 0.05);
  });

  it('reads all 120 lines of a long invoice, page by page', async () => {
    const invoice = makeInvoice(120);
    const bytes = invoicePdf(invoice, 'Acme Group');
    const pdf = await readPdf(bytes);
    expect(pdf.warnings).to.deep.equal([]);
    expect(pdf.numPages).to.be.at.least(3);
    expect(pdf.numPages).to.equal(pageCount(bytes));
    const lines = strings(pdf).filter((text) => /^(Line item \d+|Managed service hours)$/.test(text));
    expect(lines).to.deep.equal(invoice.lines.map((line) => line.description));
    pdf.pages.forEach((page, index) => {
      expect(page.map((item) => item.str)).to.include(`Page ${index + 1} of ${pdf.numPages}`);
      // Everything stays on the A4 page.
      for (const item of page) {
        expect(item.x).to.be.within(0, 595.28);
        expect(item.x + item.width).to.be.at.most(595.28 - 40);
        expect(item.y).to.be.within(0, 841.89);
      }
    });
    expect(strings(pdf)).to.include('EUR 180,639.58');
  });

  it('reads a billing schedule and a contract', async () => {
    const plan: Plan = z.parse(schemas.Plan, {
      id: 'plan_kw',
      name: 'Support (Kuwait)',
      termMonths: 12,
      amount: { amountMinor: 1250, currency: 'KWD' },
      billingFrequency: 'monthly',
      startDate: '2026-01-01',
      endDate: null,
      nextBillingDate: '2026-12-01',
      status: 'active',
    });
    const schedule: BillingSchedule = z.parse(schemas.BillingSchedule, {
      planId: 'plan_kw',
      entries: [{ date: '2026-12-01', amount: plan.amount, status: 'scheduled', invoiceId: null }],
    });
    const schedulePdf = await readPdf(billingSchedulePdf(plan, schedule));
    expect(schedulePdf.warnings).to.deep.equal([]);
    expect(schedulePdf.info.Title).to.equal('Billing schedule: Support (Kuwait)');
    expect(strings(schedulePdf)).to.include('KWD 1.250');
    expect(strings(schedulePdf)).to.include('Open-ended');

    const contract: Contract = z.parse(schemas.Contract, {
      id: 'ctr_1',
      number: 'CTR-7',
      name: 'Hardware maintenance',
      status: 'pending_renewal',
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      renewalDate: null,
      value: { amountMinor: 9900000, currency: 'JPY' },
      documentIds: [],
      invoiceIds: [],
    });
    const contractText = strings(await readPdf(contractPdf(contract, '株式会社サンプル')));
    expect(contractText).to.include('CTR-7 · Hardware maintenance');
    expect(contractText).to.include('JPY 9,900,000');
    expect(contractText).to.include('Pending renewal');
    // Japanese is outside what the standard fonts can show: it falls back to question marks.
    expect(contractText).to.include('????????');
  });

  it('keeps a Unicode title the page text cannot show', async () => {
    const pdf = await readPdf(
      createPdf([{ items: [{ kind: 'text', x: 48, y: 60, text: '東京 €5' }] }], { title: '東京 €5' }),
    );
    expect(pdf.info.Title).to.equal('東京 €5');
    expect(strings(pdf)).to.deep.equal(['?? €5']);
  });
});
