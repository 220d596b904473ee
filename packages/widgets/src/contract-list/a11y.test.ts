import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate, formatMoney } from '@customer-center/sdk';
import type { CcContractList } from './contract-list.js';
import {
  activeIn,
  announcement,
  capturingDownloads,
  clientFor,
  contractBody,
  expand,
  mount,
  numbers,
  org,
  root,
  rows,
  text,
  untilLoaded,
  useMockApi,
  withoutPermissions,
  XSS,
} from './contract-list.helpers.test.js';
import './define.js';

// Keyboard-only use, API text rendered as text, axe in every state in English and in Arabic
// (right-to-left), and the card layout of narrow hosts.

const focused = (el: CcContractList): string => text(activeIn(el));

describe('<cc-contract-list> accessibility', function () {
  this.timeout(30_000);
  const mock = useMockApi();

  it('works with the keyboard alone: filter, expand, download, open an invoice, close', async () => {
    const pending = structuredClone(org(mock()).contracts.find((contract) => contract.status === 'pending_renewal')!);
    const documents = structuredClone(org(mock()).documents.filter((doc) => doc.relatedId === pending.id));
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button">Before</button>
        <cc-contract-list .client=${clientFor()}></cc-contract-list>
      </div>`,
    );
    const el = wrapper.querySelector('cc-contract-list')!;
    await untilLoaded(el);
    wrapper.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('All');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Pending renewal');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => numbers(el).join() === pending.number, 'filtered', { timeout: 8000 });
    expect(activeIn(el)?.getAttribute('aria-pressed')).to.equal('true');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(`${pending.number} ${pending.name}`);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => contractBody(el, pending.number)!.querySelector('[part~="document"]'), 'expanded', {
      timeout: 8000,
    });
    await waitUntil(() => contractBody(el, pending.number)!.querySelector('[part~="invoice"]'), 'invoices', {
      timeout: 8000,
    });
    expect(activeIn(el)?.getAttribute('aria-expanded')).to.equal('true');

    await capturingDownloads(async (saved) => {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(`Download contract ${pending.number}`);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => saved.length === 1, 'contract saved');
      await sendKeys({ press: 'Tab' });
      const first = [...contractBody(el, pending.number)!.querySelectorAll('[part~="document"] .item__name')].map(
        text,
      )[0]!;
      expect(focused(el)).to.equal(`Download ${first}`);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => saved.length === 2, 'document saved');
      expect(saved[0]).to.equal(`${pending.number}.pdf`);
      expect(documents.map((doc) => doc.fileName)).to.include(saved[1]);
      await waitUntil(() => announcement(el) === `Downloaded ${saved[1]}`, 'announced');
    });

    // Past the documents to the first invoice.
    for (let i = 1; i < documents.length; i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.match(/^Invoice /);
    const invoiceButton = activeIn(el)!;
    await sendKeys({ press: 'Enter' });
    const dialog = () => root(el).querySelector('cc-invoice-detail')?.shadowRoot?.querySelector('dialog[open]');
    await waitUntil(dialog, 'invoice dialog open', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector('cc-invoice-detail'), 'dialog closed', { timeout: 8000 });
    expect(activeIn(el) === invoiceButton).to.equal(true);

    // Escape inside the detail closes it and gives focus back to the contract's button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !contractBody(el, pending.number)!.querySelector('[part~="detail"]'), 'collapsed');
    expect(activeIn(el)?.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(`${pending.number} ${pending.name}`);
  });

  it('renders XSS payloads from the API as text', async () => {
    const data = org(mock());
    const contract = data.contracts.find((candidate) => candidate.status === 'active')!;
    contract.number = `${XSS}CTR`;
    contract.name = `${XSS} agreement`;
    const doc = data.documents.find((candidate) => candidate.id === contract.documentIds[0])!;
    doc.name = `${XSS} signed`;
    const invoice = data.invoices.find((candidate) => candidate.id === contract.invoiceIds[0])!;
    invoice.number = `${XSS}INV`;
    mock().store.touch();
    const el = await mount();
    expect(numbers(el)).to.include(`${XSS}CTR`);
    const detail = await expand(el, `${XSS}CTR`);
    expect(text(detail)).to.contain(`${XSS} signed`).and.contain(`${XSS}INV`);
    expect(text(contractBody(el, `${XSS}CTR`))).to.contain(`${XSS} agreement`);
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'ar'] as const) {
    describe(`in ${lang}`, () => {
      it('is accessible loaded, with a contract expanded, and formats dates and money in the locale', async () => {
        const contract = structuredClone(org(mock()).contracts.find((candidate) => candidate.status === 'active')!);
        const el = await mount({ lang, help: true });
        const row = text(contractBody(el, contract.number));
        const plain = (value: string) => value.replace(/\s+/g, ' ');
        expect(row).to.contain(plain(formatDate(contract.startDate, lang)));
        expect(row).to.contain(plain(formatMoney(contract.value, lang)));
        expect(row).to.contain(plain(formatDate(contract.renewalDate!, lang)));
        await expect(el).to.be.accessible();
        await expand(el, contract.number);
        await expect(el).to.be.accessible();
      });

      it('is accessible loading, empty, in error and without access', async () => {
        mock().faults.set({ latencyMs: 300, operations: ['listContracts'] });
        const loading = await mount({ lang, wait: false });
        expect(Boolean(root(loading).querySelector('[part~="loading"]'))).to.equal(true);
        await expect(loading).to.be.accessible();
        await untilLoaded(loading);

        mock().faults.set({ errorRate: 1, operations: ['listContracts'] });
        const failing = await mount({ lang, help: true });
        expect(Boolean(root(failing).querySelector('[part~="error"]'))).to.equal(true);
        await expect(failing).to.be.accessible();
        mock().faults.clear();

        org(mock()).contracts.splice(0);
        mock().store.touch();
        const empty = await mount({ lang });
        expect(Boolean(root(empty).querySelector('[part~="empty"]'))).to.equal(true);
        await expect(empty).to.be.accessible();

        await withoutPermissions('executive', ['contracts:view'], async () => {
          const denied = await mount({ lang, token: 'test_us_executive', help: true });
          expect(Boolean(root(denied).querySelector('[part~="no-access"]'))).to.equal(true);
          await expect(denied).to.be.accessible();
        });
      });

      it(`lays the table out ${lang === 'ar' ? 'right to left' : 'left to right'}`, async () => {
        const el = await mount({ lang });
        const row = rows(el)[0]!;
        const first = row.querySelector('th')!.getBoundingClientRect();
        const last = row.querySelector('.actions')!.getBoundingClientRect();
        if (lang === 'ar') expect(first.left).to.be.greaterThan(last.left);
        else expect(first.left).to.be.lessThan(last.left);
        expect(getComputedStyle(root(el).querySelector('table')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });
    });
  }

  it('shows contracts as cards in a narrow host, still expandable', async () => {
    const contract = structuredClone(org(mock()).contracts[0]!);
    const el = await mount({ width: '360px' });
    expect(getComputedStyle(root(el).querySelector('thead')!).position).to.equal('absolute');
    const body = contractBody(el, contract.number)!;
    expect(getComputedStyle(body).display).to.equal('block');
    expect(getComputedStyle(body.querySelector('td')!).display).to.equal('block');
    const detail = await expand(el, contract.number);
    expect(detail.getBoundingClientRect().width).to.be.at.most(360);
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('announces a download in words when it fails, with the reason next to the button', async () => {
    const contract = structuredClone(org(mock()).contracts[0]!);
    const el = await mount();
    mock().faults.set({ errorRate: 1, operations: ['downloadContract'] });
    const body = contractBody(el, contract.number)!;
    const download = body.querySelector<HTMLButtonElement>('[part~="download-button"]')!;
    download.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => body.querySelector('[part~="download-error"]'), 'error shown');
    // Focus stays on the button, so pressing it again retries.
    expect(activeIn(el) === download).to.equal(true);
    mock().faults.clear();
    await capturingDownloads(async (saved) => {
      const downloaded = oneEvent(el, 'cc-contract-downloaded');
      await sendKeys({ press: 'Enter' });
      await downloaded;
      expect(saved).to.deep.equal([`${contract.number}.pdf`]);
    });
  });
});
