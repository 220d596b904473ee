import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { DOCUMENT_TYPES, type Account } from '@customer-center/sdk';
import { http, HttpResponse } from 'msw';
import type { CcDocumentList } from './document-list.js';
import { fileFormat, formatFileSize } from './messages.js';
import {
  activeIn,
  clientFor,
  dateOf,
  filter,
  mount,
  names,
  org,
  press,
  root,
  rows,
  status,
  storeDocuments,
  text,
  typeLabels,
  untilCounted,
  untilLoaded,
  useMockApi,
  XSS,
} from './document-list.helpers.test.js';

// The element against the mock API: what it shows of the store, the type filter, the order,
// paging, each role's view, the loading, empty, error and no-access states, the help hook,
// strings from the API rendered as text, and the layout (cards, right-to-left). Downloads and
// keyboard use have their own file.

const TYPE_LABELS = {
  invoice: 'Invoice',
  contract: 'Contract',
  order: 'Order document',
  billing_schedule: 'Billing schedule',
  other: 'Other',
} as const;

const FILTER_LABELS = {
  all: 'All',
  invoice: 'Invoices',
  contract: 'Contracts',
  order: 'Order documents',
  billing_schedule: 'Billing schedules',
  other: 'Other',
} as const;

describe('<cc-document-list>', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('lists the store’s documents newest first, with type, date, file format and size', async () => {
    const documents = storeDocuments(mock());
    const el = await mount();
    expect(names(el)).to.deep.equal(documents.slice(0, 25).map((document) => document.name));
    for (const [index, row] of rows(el).entries()) {
      const document = documents[index]!;
      expect(text(row.querySelector('[part~="type-badge"]'))).to.equal(TYPE_LABELS[document.type]);
      expect(text(row.querySelector('time'))).to.equal(dateOf(document));
      expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(document.createdAt);
      const file = text(row.querySelector('[part~="file"]'));
      expect(file).to.contain(fileFormat(document)).and.contain(formatFileSize(document.sizeBytes, 'en'));
    }
    expect(text(rows(el)[0]!.querySelector('[part~="file"]'))).to.match(/^(PDF|CSV) · ,? ?[\d.,]+ (kB|MB|bytes?)$/);
    const dateHeader = [...root(el).querySelectorAll('thead th')].find((th) => text(th) === 'Date')!;
    expect(dateHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(text(root(el).querySelector('.progress'))).to.equal(`Showing 25 of ${documents.length}`);
    await expect(el).to.be.accessible();
  });

  it('shows how many documents each type filter holds', async () => {
    const documents = storeDocuments(mock());
    const el = await mount();
    await untilCounted(el);
    expect(text(filter(el, 'all'))).to.equal(`All ${documents.length}`);
    for (const type of DOCUMENT_TYPES) {
      const count = documents.filter((document) => document.type === type).length;
      expect(text(filter(el, type))).to.equal(`${FILTER_LABELS[type]} ${count}`);
    }
    expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal('Filter by document type');
    await expect(el).to.be.accessible();
  });

  it('filters by each type from its button, says which is pressed and announces the result', async () => {
    const documents = storeDocuments(mock());
    const el = await mount({ pageSize: 100 });
    for (const type of DOCUMENT_TYPES) {
      press(filter(el, type));
      await untilLoaded(el);
      const expected = documents.filter((document) => document.type === type);
      expect(names(el), type).to.deep.equal(expected.map((document) => document.name));
      expect(new Set(typeLabels(el))).to.deep.equal(new Set([TYPE_LABELS[type]]));
      expect(filter(el, type).getAttribute('aria-pressed')).to.equal('true');
      expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('false');
      expect(el.type).to.equal(type);
      expect(el.getAttribute('type')).to.equal(type);
      expect(status(el)).to.equal(`${expected.length} documents found.`);
      // Focus stays on the pressed filter while the list reloads.
      expect(activeIn(el) === filter(el, type)).to.equal(true);
    }
    press(filter(el, 'all'));
    await untilLoaded(el);
    expect(rows(el)).to.have.length(documents.length);
    expect(el.type).to.equal(undefined);
  });

  it('starts on the filter of its type attribute, and shows all for an unknown type', async () => {
    const contracts = storeDocuments(mock()).filter((document) => document.type === 'contract');
    const el = await mount({ type: 'contract' });
    expect(names(el)).to.deep.equal(contracts.map((document) => document.name));
    expect(filter(el, 'contract').getAttribute('aria-pressed')).to.equal('true');
    el.setAttribute('type', 'nonsense');
    await untilLoaded(el);
    expect(rows(el)).to.have.length(25);
    expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('true');
  });

  it('sorts oldest first on request, and pages through that order too', async () => {
    const documents = storeDocuments(mock()).reverse();
    const el = await mount({ pageSize: 30 });
    const select = root(el).querySelector<HTMLSelectElement>('[part~="sort"]')!;
    expect(select.value).to.equal('newest');
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await untilLoaded(el);
    expect(el.sort).to.equal('oldest');
    expect(names(el)).to.deep.equal(documents.slice(0, 30).map((document) => document.name));
    const dateHeader = [...root(el).querySelectorAll('thead th')].find((th) => text(th) === 'Date')!;
    expect(dateHeader.getAttribute('aria-sort')).to.equal('ascending');
    press(root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!);
    await waitUntil(() => rows(el).length === 60, 'next slice');
    expect(names(el)).to.deep.equal(documents.slice(0, 60).map((document) => document.name));
    // The sort attribute works from markup too.
    const fromMarkup = await mount({ sort: 'oldest', type: 'contract' });
    expect(names(fromMarkup)).to.deep.equal(
      documents.filter((document) => document.type === 'contract').map((document) => document.name),
    );
  });

  it('loads more on request, announces it and moves focus to the first new row, until none are left', async () => {
    const documents = storeDocuments(mock());
    const el = await mount({ pageSize: 40 });
    expect(rows(el)).to.have.length(40);
    const more = () => root(el).querySelector<HTMLButtonElement>('[part~="load-more"]');
    press(more()!);
    await waitUntil(() => rows(el).length === 80, 'second page');
    expect(status(el)).to.equal('40 more documents shown.');
    expect(activeIn(el) === rows(el)[40]!.querySelector('th')).to.equal(true);
    expect(text(root(el).querySelector('.progress'))).to.equal(`Showing 80 of ${documents.length}`);
    press(more()!);
    await waitUntil(() => rows(el).length === documents.length, 'last page');
    expect(more()).to.equal(null);
    expect(names(el)).to.deep.equal(documents.map((document) => document.name));
    await expect(el).to.be.accessible();
  });

  for (const [token, role] of [
    ['test_us_billing', 'a billing'],
    ['test_us_technical', 'a technical'],
    ['test_us_executive', 'an executive'],
  ] as const) {
    it(`shows ${role} contact every document, each to download`, async () => {
      const documents = storeDocuments(mock());
      const el = await mount({ token, pageSize: 100 });
      expect(rows(el)).to.have.length(documents.length);
      expect(root(el).querySelectorAll('[part~="download-button"]')).to.have.length(documents.length);
      expect(root(el).querySelector('[part~="no-access"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('tells a role without documents:view that it cannot see documents, and why', async () => {
    const account = (await clientFor('test_us_technical').account.retrieve()) as Account;
    const limited = {
      ...account,
      user: { ...account.user, permissions: account.user.permissions.filter((p) => p !== 'documents:view') },
    };
    mock.use(http.get('*/api/account', () => HttpResponse.json(limited)));
    const el = await mount({ token: 'test_us_technical', help: true });
    const message = text(root(el).querySelector('[part~="no-access"]'));
    expect(message).to.contain('Your role cannot see the documents of your organisation.');
    expect(message).to.contain('Your role: technical contact.');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('[part~="filters"]')).to.equal(null);
    expect(root(el).querySelector('[part~="retry-button"]')).to.equal(null);
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part~="help-button"]')!.click());
    expect((await oneEvent(el, 'cc-help-request')).detail.topic).to.equal('documents');
    await expect(el).to.be.accessible();
  });

  it('shows the no-access state when the API refuses the list (403)', async () => {
    mock.use(
      http.get('*/api/documents', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', requestId: 'req_403' },
          { status: 403, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount();
    expect(text(root(el).querySelector('[part~="no-access"]'))).to.contain(
      'Your role cannot see the documents of your organisation.',
    );
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then an error with a reference and a retry that loads the list', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listDocuments'] });
    const el = await mount({ wait: false });
    const loading = root(el).querySelector('[part~="loading"]');
    expect(loading).to.not.equal(null);
    expect(text(loading)).to.equal('Loading documents…');
    await untilLoaded(el);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(text(error)).to.match(/Reference for support: req_\w+/);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    press(root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!);
    await waitUntil(() => rows(el).length === 25, 'rows after retry', { timeout: 8000 });
    // Focus went with the retry button: it lands on the pressed filter.
    await waitUntil(() => activeIn(el) === filter(el, 'all'), 'focus on the filter');
  });

  it('keeps the filters after a failed filter change, and recovers with retry', async () => {
    const el = await mount();
    mock().faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['listDocuments'] });
    press(filter(el, 'order'));
    await untilLoaded(el);
    expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
    expect(filter(el, 'order').getAttribute('aria-pressed')).to.equal('true');
    mock().faults.clear();
    press(root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!);
    await untilLoaded(el);
    expect(new Set(typeLabels(el))).to.deep.equal(new Set(['Order document']));
  });

  it('shows an empty state per filter, with a way back to all documents', async () => {
    const data = org(mock());
    data.documents.splice(0, data.documents.length, ...data.documents.filter((d) => d.type !== 'other'));
    mock().store.touch();
    const el = await mount({ type: 'other' });
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No other documents yet.');
    await expect(el).to.be.accessible();
    press(root(el).querySelector<HTMLButtonElement>('[part~="show-all-button"]')!);
    await untilLoaded(el);
    expect(rows(el)).to.have.length(25);
    expect(el.type).to.equal(undefined);
    await waitUntil(() => activeIn(el) === filter(el, 'all'), 'focus on the "All" filter');
  });

  it('shows an empty state when there are no documents at all', async () => {
    const data = org(mock());
    data.documents.splice(0, data.documents.length);
    mock().store.touch();
    const el = await mount();
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal(
      'No documents yet. Invoices, contracts, order documents and billing schedules appear here.',
    );
    expect(root(el).querySelector('[part~="show-all-button"]')).to.equal(null);
    await untilCounted(el);
    expect(text(filter(el, 'all'))).to.equal('All 0');
    await expect(el).to.be.accessible();
  });

  it('asks for a client when it has none', async () => {
    const el = await fixture<CcDocumentList>(html`<cc-document-list></cc-document-list>`);
    await waitUntil(() => root(el).querySelector('[part~="empty"]'), 'empty state');
    expect(text(root(el).querySelector('[part~="empty"]'))).to.contain('Connect a billing API');
  });

  describe('help', () => {
    it('with the help attribute, "Get help" in the error state sends cc-help-request with the topic', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listDocuments'] });
      const el = await mount({ help: true });
      const button = root(el).querySelector<HTMLButtonElement>('[part~="error"] [part~="help-button"]')!;
      expect(text(button)).to.equal('Get help');
      setTimeout(() => press(button));
      const event = await oneEvent(el, 'cc-help-request');
      expect(event.detail.topic).to.equal('documents');
      expect(event.detail.message).to.equal('The billing service had a problem. Try again in a moment.');
      expect(event.detail.requestId).to.match(/^req_/);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await expect(el).to.be.accessible();
    });

    it('without the help attribute, offers no "Get help" button', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listDocuments'] });
      const el = await mount();
      expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
      expect(root(el).querySelector('[part~="help-button"]')).to.equal(null);
    });

    it('shows the host’s slotted help content in the error state', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listDocuments'] });
      const el = await mount({ helpSlot: true });
      const slot = root(el).querySelector<HTMLSlotElement>('[part~="error"] slot[name="help"]')!;
      const assigned = slot.assignedElements();
      expect(assigned.map((node) => node.textContent)).to.deep.equal(['Billing support']);
      expect((assigned[0] as HTMLElement).offsetParent === null).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  it('renders script-like strings from the API as text', async () => {
    const data = org(mock());
    const newest = storeDocuments(mock())[0]!;
    const document = data.documents.find((candidate) => candidate.id === newest.id)!;
    document.name = `${XSS}Contract`;
    document.fileName = `${XSS}.pdf`;
    mock().store.touch();
    const el = await mount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(names(el)[0]).to.equal(`${XSS}Contract`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows rows as cards in a narrow container', async () => {
    const el = await mount({ width: '360px', pageSize: 5 });
    expect(getComputedStyle(root(el).querySelector('thead')!).position).to.equal('absolute');
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('grid');
    const row = rows(el)[0]!;
    expect(getComputedStyle(row.querySelector('td[data-label]')!, '::before').content).to.contain('Type');
    await expect(el).to.be.accessible();
  });

  describe('in Arabic, right to left', () => {
    it('mirrors the table: the first column stands right of the last', async () => {
      const el = await mount({ lang: 'ar', pageSize: 5 });
      const row = rows(el)[0]!;
      const first = row.querySelector('th')!.getBoundingClientRect();
      const last = row.querySelector('[part~="download-button"]')!.getBoundingClientRect();
      expect(first.left).to.be.greaterThan(last.left);
      const filters = [...root(el).querySelectorAll('[part~="filter"]')].map((b) => b.getBoundingClientRect());
      expect(filters[0]!.left).to.be.greaterThan(filters[1]!.left);
      await expect(el).to.be.accessible();
    });

    it('formats dates, counts and sizes for Arabic with Intl', async () => {
      const documents = storeDocuments(mock());
      const el = await mount({ lang: 'ar', pageSize: 5 });
      await untilCounted(el);
      const first = documents[0]!;
      expect(text(rows(el)[0]!.querySelector('time'))).to.equal(dateOf(first, 'ar'));
      expect(dateOf(first, 'ar')).to.not.equal(dateOf(first, 'en'));
      expect(text(rows(el)[0]!.querySelector('[part~="file"]'))).to.contain(formatFileSize(first.sizeBytes, 'ar'));
      expect(text(filter(el, 'all').querySelector('[part~="count"]'))).to.equal(documents.length.toLocaleString('ar'));
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error, empty and no-access states', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listDocuments'] });
      const failed = await mount({ lang: 'ar', help: true });
      expect(root(failed).querySelector('[part~="error"]')).to.not.equal(null);
      await expect(failed).to.be.accessible();
      mock().faults.clear();
      const data = org(mock());
      data.documents.splice(0, data.documents.length);
      mock().store.touch();
      const empty = await mount({ lang: 'ar', type: 'contract' });
      expect(root(empty).querySelector('[part~="empty"]')).to.not.equal(null);
      await expect(empty).to.be.accessible();
      mock.use(
        http.get('*/api/documents', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' },
            { status: 403, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const refused = await mount({ lang: 'ar', help: true });
      expect(root(refused).querySelector('[part~="no-access"]')).to.not.equal(null);
      await expect(refused).to.be.accessible();
    });
  });

  it('reloads when documents change through the same client elsewhere', async () => {
    const client = clientFor();
    const el = await mount({ client, type: 'invoice' });
    const before = rows(el).length;
    const data = org(mock());
    const invoice = structuredClone(data.documents.find((document) => document.type === 'invoice')!);
    data.documents.push({ ...invoice, id: 'doc_new', name: 'Invoice NEW-1', createdAt: '2099-01-01T09:00:00Z' });
    mock().store.touch();
    client.invalidate(['documents']);
    await waitUntil(() => names(el)[0] === 'Invoice NEW-1', 'new document shown', { timeout: 8000 });
    expect(rows(el)).to.have.length(before);
  });
});
