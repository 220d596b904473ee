import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createBillingClient, formatDate, formatMoney } from '@customer-center/sdk';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import type { CcContractList } from './contract-list.js';
import {
  activeIn,
  announcement,
  capturingDownloads,
  contractBody,
  expand,
  mount,
  org,
  press,
  root,
  text,
  useMockApi,
} from './contract-list.helpers.test.js';

// A contract's detail: its documents and invoices, downloads and their failures, opening an
// invoice, and the help hook in the detail and in error views.

const detailDialog = (el: CcContractList) => root(el).querySelector<CcInvoiceDetail>('cc-invoice-detail');

describe('<cc-contract-list> detail', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const contractOf = (status: string) => structuredClone(org(mock()).contracts.find((c) => c.status === status)!);

  it('expands a contract to list its documents and invoices, and collapses it again', async () => {
    const data = structuredClone(org(mock()));
    const contract = data.contracts.find((candidate) => candidate.status === 'pending_renewal')!;
    const el = await mount();
    const body = contractBody(el, contract.number)!;
    const disclosure = body.querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
    expect(text(disclosure)).to.equal(`${contract.number} ${contract.name}`);
    const detail = await expand(el, contract.number);
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    expect(disclosure.getAttribute('aria-controls')).to.equal(detail.id);
    expect(detail.getAttribute('role')).to.equal('region');
    expect(detail.getAttribute('aria-label')).to.equal(`Contract ${contract.number}: documents and invoices`);

    const documents = data.documents.filter((doc) => doc.relatedId === contract.id);
    expect(documents.length).to.be.greaterThan(0);
    const items = [...detail.querySelectorAll('[part~="document"]')];
    expect(items.map((item) => text(item.querySelector('.item__name')))).to.have.members(
      documents.map((doc) => doc.name),
    );
    expect(text(items[0])).to.match(/\d+(\.\d)? kB/);

    const invoices = data.invoices
      .filter((invoice) => contract.invoiceIds.includes(invoice.id))
      .sort((a, b) => (a.issueDate < b.issueDate ? 1 : -1));
    const listed = [...detail.querySelectorAll('[part~="invoice"]')];
    expect(listed.map((item) => text(item.querySelector('bdi')))).to.deep.equal(invoices.map((i) => i.number));
    const first = text(listed[0]);
    expect(first)
      .to.contain(formatDate(invoices[0]!.issueDate, 'en'))
      .and.contain(formatMoney(invoices[0]!.total, 'en'));
    expect(text(detail.querySelector('.related:nth-child(2) .count'))).to.equal(String(contract.invoiceIds.length));
    await expect(el).to.be.accessible();

    press(disclosure);
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    expect(disclosure.hasAttribute('aria-controls')).to.equal(false);
    expect(Boolean(body.querySelector('[part~="detail"]'))).to.equal(false);
  });

  it('keeps several contracts open at once, loading documents and invoices once', async () => {
    const [first, second] = structuredClone(org(mock()).contracts);
    const requests: string[] = [];
    const client = createBillingClient({
      baseUrl: '/api',
      getToken: () => 'test_us_billing',
      maxRetries: 0,
      fetch: (input, init) => {
        requests.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
        return fetch(input, init);
      },
    });
    const el = await mount({ client });
    await expand(el, first!.number);
    await expand(el, second!.number);
    expect(root(el).querySelectorAll('[part~="detail"]')).to.have.length(2);
    expect(requests.filter((path) => path.endsWith('/documents'))).to.have.length(1);
    expect(requests.filter((path) => path.endsWith('/invoices'))).to.have.length(1);
  });

  it('downloads the contract document and a related document under their file names', async () => {
    const contract = contractOf('active');
    const documents = structuredClone(org(mock()).documents.filter((doc) => doc.relatedId === contract.id));
    const el = await mount();
    await capturingDownloads(async (saved) => {
      const body = contractBody(el, contract.number)!;
      const download = body.querySelector<HTMLButtonElement>('[part~="download-button"]')!;
      const event = oneEvent(el, 'cc-contract-downloaded');
      press(download);
      // A second press while the file is on its way does nothing.
      download.click();
      await el.updateComplete;
      expect(text(download)).to.equal(`Downloading… ${contract.number}`);
      expect(download.getAttribute('aria-disabled')).to.equal('true');
      expect((await event).detail).to.deep.equal({
        contractId: contract.id,
        documentId: null,
        filename: `${contract.number}.pdf`,
      });
      await waitUntil(() => announcement(el) === `Downloaded ${contract.number}.pdf`, 'announced');
      expect(saved).to.deep.equal([`${contract.number}.pdf`]);
      expect(text(download)).to.equal(`Download contract ${contract.number}`);

      const detail = await expand(el, contract.number);
      const doc = documents[1]!;
      const item = [...detail.querySelectorAll('[part~="document"]')].find(
        (candidate) => text(candidate.querySelector('.item__name')) === doc.name,
      )!;
      const docButton = item.querySelector<HTMLButtonElement>('[part~="document-download-button"]')!;
      expect(text(docButton)).to.equal(`Download ${doc.name}`);
      const docEvent = oneEvent(el, 'cc-contract-downloaded');
      press(docButton);
      expect((await docEvent).detail).to.deep.equal({
        contractId: contract.id,
        documentId: doc.id,
        filename: doc.fileName,
      });
      await waitUntil(() => announcement(el) === `Downloaded ${doc.fileName}`, 'document announced');
      expect(saved).to.deep.equal([`${contract.number}.pdf`, doc.fileName]);
    });
  });

  it('explains a failed download next to its button, and clears it on a successful retry', async () => {
    const contract = contractOf('terminated');
    const el = await mount({ help: true });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['downloadContract', 'downloadDocument'] });
    await capturingDownloads(async (saved) => {
      const body = contractBody(el, contract.number)!;
      press(body.querySelector<HTMLButtonElement>('[part~="download-button"]'));
      await waitUntil(() => body.querySelector('[part~="download-error"]'), 'error shown');
      const error = body.querySelector('[part~="download-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal(
        `Contract ${contract.number} was not downloaded. The billing service had a problem. Try again in a moment.`,
      );

      const detail = await expand(el, contract.number);
      const item = detail.querySelector('[part~="document"]')!;
      const name = text(item.querySelector('.item__name'));
      press(item.querySelector<HTMLButtonElement>('[part~="document-download-button"]'));
      await waitUntil(() => item.querySelector('[part~="download-error"]'), 'document error shown');
      expect(text(item.querySelector('[part~="download-error"]'))).to.equal(
        `“${name}” was not downloaded. The billing service had a problem. Try again in a moment.`,
      );
      // "Get help" in the detail passes on the error the person read.
      const help = oneEvent(el, 'cc-help-request');
      press(detail.querySelector<HTMLButtonElement>('[part~="help-button"]'));
      expect((await help).detail).to.deep.equal({
        topic: 'contract',
        reference: contract.number,
        message: 'The billing service had a problem. Try again in a moment.',
      });
      await expect(el).to.be.accessible();

      mock().faults.clear();
      press(body.querySelector<HTMLButtonElement>('[part~="download-button"]'));
      await waitUntil(() => saved.length === 1, 'saved on retry');
      await el.updateComplete;
      expect(Boolean(body.querySelector('tr:first-child [part~="download-error"]'))).to.equal(false);
      expect(saved).to.deep.equal([`${contract.number}.pdf`]);
    });
  });

  it('opens an invoice in the invoice dialog and gives focus back when it closes', async () => {
    const contract = contractOf('active');
    const el = await mount();
    const detail = await expand(el, contract.number);
    const invoiceButton = detail.querySelector<HTMLButtonElement>('[part~="invoice-button"]')!;
    const number = text(invoiceButton.querySelector('bdi'));
    expect(text(invoiceButton)).to.equal(`Invoice ${number}`);
    const select = oneEvent(el, 'cc-invoice-select');
    press(invoiceButton);
    const event = await select;
    expect(event.detail.invoice.number).to.equal(number);
    expect(event.cancelable).to.equal(true);
    await waitUntil(() => detailDialog(el)?.shadowRoot?.querySelector('dialog[open]'), 'dialog open', {
      timeout: 8000,
    });
    await waitUntil(
      () => text(detailDialog(el)!.shadowRoot!.querySelector('dialog')).includes(number),
      'invoice shown',
      {
        timeout: 8000,
      },
    );
    detailDialog(el)!.close();
    await waitUntil(() => !detailDialog(el), 'dialog gone');
    expect(activeIn(el) === invoiceButton).to.equal(true);

    // A host with its own invoice page takes over.
    const takeOver = (e: Event) => e.preventDefault();
    el.addEventListener('cc-invoice-select', takeOver);
    press(invoiceButton);
    await el.updateComplete;
    expect(Boolean(detailDialog(el))).to.equal(false);
    el.removeEventListener('cc-invoice-select', takeOver);
  });

  it('passes the help attribute on to the invoice dialog', async () => {
    const contract = contractOf('active');
    const el = await mount({ help: true });
    const detail = await expand(el, contract.number);
    press(detail.querySelector<HTMLButtonElement>('[part~="invoice-button"]'));
    await waitUntil(() => detailDialog(el)?.shadowRoot?.querySelector('dialog[open]'), 'dialog open', {
      timeout: 8000,
    });
    expect(detailDialog(el)!.help).to.equal(true);
    detailDialog(el)!.close();
  });

  it('shows an error with a retry when the documents or invoices cannot be loaded', async () => {
    const contract = contractOf('active');
    const el = await mount();
    mock().faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['listDocuments'] });
    const detail = await expand(el, contract.number);
    const error = detail.querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    // The invoices came through.
    expect(detail.querySelectorAll('[part~="invoice"]')).to.have.length(contract.invoiceIds.length);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    press(error.querySelector<HTMLButtonElement>('[part~="retry-button"]'));
    await waitUntil(
      () => detail.querySelectorAll('[part~="document"]').length === contract.documentIds.length,
      'retried',
      {
        timeout: 8000,
      },
    );
  });

  it('reloads a contract’s invoices after they change through the client (a payment in the dialog)', async () => {
    const contract = contractOf('active');
    const el = await mount();
    const detail = await expand(el, contract.number);
    const invoice = org(mock()).invoices.find((candidate) => candidate.id === contract.invoiceIds[0])!;
    invoice.number = 'INV-RENUMBERED';
    mock().store.touch();
    el.client!.invalidate(['invoices']);
    await waitUntil(() => text(detail).includes('INV-RENUMBERED'), 'invoices reloaded', { timeout: 8000 });
  });

  describe('help', () => {
    it('offers "Get help" in the error state, with the error for support', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listContracts'] });
      const el = await mount({ help: true });
      const error = root(el).querySelector('[part~="error"]')!;
      const helpButton = error.querySelector<HTMLButtonElement>('[part~="help-button"]')!;
      expect(text(helpButton)).to.equal('Get help');
      const help = oneEvent(el, 'cc-help-request');
      press(helpButton);
      const event = await help;
      expect(event.detail.topic).to.equal('contracts');
      expect(event.detail.message).to.equal('The billing service had a problem. Try again in a moment.');
      expect(event.detail.requestId).to.match(/^req_/);
      expect(event.bubbles && event.composed).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('offers "Get help" in each contract’s detail, with the contract number', async () => {
      const contract = contractOf('pending_renewal');
      const el = await mount({ help: true });
      const detail = await expand(el, contract.number);
      const help = oneEvent(el, 'cc-help-request');
      press(detail.querySelector<HTMLButtonElement>('[part~="help-button"]'));
      expect((await help).detail).to.deep.equal({ topic: 'contract', reference: contract.number });
    });

    it('has no "Get help" button without the help attribute', async () => {
      mock().faults.set({ errorRate: 1, operations: ['listContracts'] });
      const failing = await mount();
      expect(Boolean(root(failing).querySelector('[part~="error"]'))).to.equal(true);
      expect(Boolean(root(failing).querySelector('[part~="help-button"]'))).to.equal(false);
      mock().faults.clear();
      const el = await mount();
      const detail = await expand(el, contractOf('active').number);
      expect(Boolean(detail.querySelector('[part~="help"]'))).to.equal(true);
      expect(Boolean(detail.querySelector('[part~="help-button"]'))).to.equal(false);
    });

    it('shows the host’s slotted help content in the error state and in the detail', async () => {
      mock().faults.set({ errorRate: 1, operations: ['listContracts'] });
      const failing = await mount({ helpSlot: 'Billing support' });
      const errorSlot = root(failing).querySelector<HTMLSlotElement>('[part~="error"] slot[name="help"]')!;
      expect(errorSlot.assignedElements().map((node) => text(node))).to.deep.equal(['Billing support']);
      expect(failing.querySelector('[slot="help"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      mock().faults.clear();
      const el = await mount({ helpSlot: 'Billing support' });
      const detail = await expand(el, contractOf('active').number);
      const slot = detail.querySelector<HTMLSlotElement>('slot[name="help"]')!;
      expect(slot.assignedElements().map((node) => text(node))).to.deep.equal(['Billing support']);
      await expect(el).to.be.accessible();
    });
  });
});
