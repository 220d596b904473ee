import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  activeIn,
  captureDownloads,
  downloadButton,
  filter,
  mount,
  names,
  org,
  press,
  root,
  rows,
  sleep,
  status,
  storeDocuments,
  text,
  untilCounted,
  untilLoaded,
  useMockApi,
  XSS,
} from './document-list.helpers.test.js';

// Downloads of <cc-document-list>: the file and its name, one file per double click, the busy
// state, failures explained with help, the host taking over, and keyboard-only use.

describe('<cc-document-list> downloads', function () {
  this.timeout(20_000);
  const mock = useMockApi();
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  /** A billing schedule whose plan is gone: the API has no file for it (404 document_file_missing). */
  function withMissingFile(name?: string) {
    const data = org(mock());
    const document = data.documents.find((candidate) => candidate.type === 'billing_schedule')!;
    document.relatedId = null;
    if (name) document.name = name;
    mock().store.touch();
    return structuredClone(document);
  }

  it('downloads a document under its file name, announces it and tells the host', async () => {
    const first = storeDocuments(mock())[0]!;
    const el = await mount({ pageSize: 5 });
    const downloaded = oneEvent(el, 'cc-document-downloaded');
    press(downloadButton(el, first.id));
    await waitUntil(() => downloads.saved.length === 1, 'file saved');
    expect(downloads.saved).to.deep.equal([first.fileName]);
    await waitUntil(() => status(el) === `Downloaded ${first.name}.`, 'announced');
    const { detail } = await downloaded;
    expect(detail).to.deep.include({ documentId: first.id, fileName: first.fileName });
    expect(detail.document.name).to.equal(first.name);
  });

  it('downloads each type: contract and order PDFs, billing schedule CSVs', async () => {
    const documents = storeDocuments(mock());
    for (const type of ['contract', 'order', 'billing_schedule', 'other'] as const) {
      const wanted = documents.find((document) => document.type === type)!;
      const el = await mount({ type });
      press(downloadButton(el, wanted.id));
      await waitUntil(() => downloads.saved.includes(wanted.fileName), `${type} saved`);
    }
    expect(downloads.saved.some((name) => name.endsWith('.csv'))).to.equal(true);
  });

  it('shows the busy state while downloading, and a double click downloads once', async () => {
    mock().faults.set({ latencyMs: 300, operations: ['downloadDocument'] });
    const first = storeDocuments(mock())[0]!;
    const el = await mount({ pageSize: 5 });
    let requests = 0;
    el.addEventListener('cc-document-download', () => (requests += 1));
    const button = downloadButton(el, first.id);
    press(button);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.contain('Downloading…');
    expect(status(el)).to.equal(`Downloading ${first.name}…`);
    button.click();
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'download done', { timeout: 8000 });
    await sleep(100);
    expect(downloads.saved).to.deep.equal([first.fileName]);
    expect(requests).to.equal(1);
    expect(text(button)).to.equal(`Download ${first.name}`);
    // Focus stayed on the button throughout.
    expect(activeIn(el) === button).to.equal(true);
  });

  it('explains a missing file, with help naming the document, and dismisses back to the button', async () => {
    const missing = withMissingFile();
    const el = await mount({ type: 'billing_schedule', help: true });
    const button = downloadButton(el, missing.id);
    press(button);
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    const error = root(el).querySelector('[part~="download-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain(
      `“${missing.name}” cannot be downloaded: its file is missing from our records. Our billing support team can send you a copy.`,
    );
    expect(text(error)).to.match(/Reference for support: req_\w+/);
    // Placed right under the row it is about.
    expect(error.closest('tr')!.previousElementSibling!.getAttribute('data-document')).to.equal(missing.id);
    expect(error.querySelector('[part~="download-retry-button"]')).to.equal(null);
    expect(downloads.saved).to.deep.equal([]);
    expect(activeIn(el) === button).to.equal(true);
    await expect(el).to.be.accessible();

    setTimeout(() => press(error.querySelector<HTMLButtonElement>('[part~="help-button"]')!));
    const { detail } = await oneEvent(el, 'cc-help-request');
    expect(detail.topic).to.equal('documents');
    expect(detail.reference).to.equal(missing.name);
    expect(detail.message).to.contain('its file is missing');
    expect(detail.requestId).to.match(/^req_/);

    press(error.querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!);
    await waitUntil(() => !root(el).querySelector('[part~="download-error"]'), 'dismissed');
    await waitUntil(() => activeIn(el) === downloadButton(el, missing.id), 'focus back on the button');
  });

  it('shows the host’s slotted help with a failed download, and no "Get help" without the attribute', async () => {
    const missing = withMissingFile();
    const el = await mount({ type: 'billing_schedule', helpSlot: true });
    press(downloadButton(el, missing.id));
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    const slot = root(el).querySelector<HTMLSlotElement>('[part~="download-error"] slot[name="help"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Billing support']);
    expect(root(el).querySelector('[part~="help-button"]')).to.equal(null);
  });

  it('explains a failed download (server error) and downloads on "Try again"', async () => {
    const first = storeDocuments(mock())[0]!;
    const el = await mount({ pageSize: 5 });
    mock().faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['downloadDocument'] });
    press(downloadButton(el, first.id));
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    expect(text(root(el).querySelector('[part~="download-error"]'))).to.contain(
      `“${first.name}” could not be downloaded. The billing service had a problem. Try again in a moment.`,
    );
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
    mock().faults.clear();
    press(root(el).querySelector<HTMLButtonElement>('[part~="download-retry-button"]')!);
    await waitUntil(() => downloads.saved.length === 1, 'saved on retry');
    expect(downloads.saved).to.deep.equal([first.fileName]);
    expect(root(el).querySelector('[part~="download-error"]')).to.equal(null);
    // Focus moved from the vanished "Try again" to the row's download button.
    expect(activeIn(el) === downloadButton(el, first.id)).to.equal(true);
  });

  it('explains a document that is gone (404) without offering to try again', async () => {
    const first = storeDocuments(mock())[0]!;
    const el = await mount({ pageSize: 5 });
    const data = org(mock());
    data.documents.splice(
      data.documents.findIndex((document) => document.id === first.id),
      1,
    );
    mock().store.touch();
    press(downloadButton(el, first.id));
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    expect(text(root(el).querySelector('[part~="download-error"]'))).to.contain(
      `“${first.name}” cannot be downloaded: it is no longer available.`,
    );
    expect(root(el).querySelector('[part~="download-retry-button"]')).to.equal(null);
  });

  it('renders a script-like document name as text in the failure message', async () => {
    const missing = withMissingFile(`${XSS}Schedule`);
    const el = await mount({ type: 'billing_schedule', help: true });
    expect(names(el)).to.include(`${XSS}Schedule`);
    press(downloadButton(el, missing.id));
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    expect(text(root(el).querySelector('[part~="download-error"]'))).to.contain(`“${XSS}Schedule”`);
    expect(text(downloadButton(el, missing.id))).to.contain(`${XSS}Schedule`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('lets the host take a download over by cancelling cc-document-download', async () => {
    const first = storeDocuments(mock())[0]!;
    const el = await mount({ pageSize: 5 });
    el.addEventListener('cc-document-download', (event) => event.preventDefault(), { once: true });
    const requested = oneEvent(el, 'cc-document-download');
    press(downloadButton(el, first.id));
    const { detail } = await requested;
    expect(detail.documentId).to.equal(first.id);
    await sleep(200);
    expect(downloads.saved).to.deep.equal([]);
    expect(downloadButton(el, first.id).getAttribute('aria-disabled')).to.equal('false');
  });

  it('works with the keyboard alone: filter, sort, download, load more, dismiss', async () => {
    const documents = storeDocuments(mock());
    const contracts = documents.filter((document) => document.type === 'contract');
    const el = await mount({ pageSize: 5, help: true });
    await untilCounted(el);
    // Tab into the element: the first stop is the "All" filter.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === filter(el, 'all')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === filter(el, 'contract')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await untilLoaded(el);
    expect(names(el)).to.deep.equal(contracts.slice(0, 5).map((document) => document.name));
    expect(activeIn(el) === filter(el, 'contract')).to.equal(true);

    // On to the sort order: past the other filters.
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.getAttribute('part')).to.equal('sort');
    await sendKeys({ press: 'ArrowDown' });
    await untilLoaded(el);
    expect(el.sort).to.equal('oldest');
    const oldest = [...contracts].reverse();
    expect(names(el)).to.deep.equal(oldest.slice(0, 5).map((document) => document.name));

    // The first row's download button, with Enter; Space downloads the second.
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === downloadButton(el, oldest[0]!.id)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => downloads.saved.length === 1, 'first file');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => downloads.saved.length === 2, 'second file');
    expect(downloads.saved).to.deep.equal([oldest[0]!.fileName, oldest[1]!.fileName]);

    // "Load more" after the last row; focus lands on the first new row.
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.getAttribute('part')).to.equal('load-more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === Math.min(10, contracts.length), 'more rows');
    expect(activeIn(el) === rows(el)[5]!.querySelector('th')).to.equal(true);

    // A failed download: the alert's buttons follow the row's button; Dismiss returns to it.
    mock().faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['downloadDocument'] });
    await sendKeys({ press: 'Tab' });
    const sixth = downloadButton(el, oldest[5]!.id);
    expect(activeIn(el) === sixth).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="download-error"]'), 'error shown');
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.getAttribute('part')).to.equal('download-retry-button');
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.getAttribute('part')).to.equal('dismiss-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeIn(el) === downloadButton(el, oldest[5]!.id), 'back on the button');
    expect(root(el).querySelector('[part~="download-error"]')).to.equal(null);
  });
});
