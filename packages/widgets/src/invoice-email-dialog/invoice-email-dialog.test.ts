import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createBillingClient, type InvoiceDetail } from '@customer-center/sdk';
import { createMockApi, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import '@customer-center/widgets/billing-provider';
import './define.js';
import type { CcInvoiceEmailDialog, InvoiceEmailFilter } from './invoice-email-dialog.js';
import { CcInvoicesEmailedEvent } from '../events/invoices-emailed.js';

const TOKEN = 'test_us_billing';

const root = (el: CcInvoiceEmailDialog) => el.shadowRoot!;
const part = (el: CcInvoiceEmailDialog, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
const field = (el: CcInvoiceEmailDialog, id: 'recipients' | 'message') =>
  root(el).getElementById(id) as HTMLTextAreaElement;
const describedBy = (el: CcInvoiceEmailDialog, control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(root(el).getElementById(id)))
    .join(' | ');

/** Types into a field as a person would: the value, then an input event. */
function type(control: HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function pressSend(el: CcInvoiceEmailDialog): void {
  part(el, 'send-button')!.click();
}

async function renderDialog(
  filter: InvoiceEmailFilter = {},
  defaultRecipient?: string,
): Promise<{ el: CcInvoiceEmailDialog; opener: HTMLButtonElement }> {
  const wrapper = await fixture(
    html`<cc-billing-provider api-base="/api" token=${TOKEN}>
      <button id="opener" type="button">E-mail list</button>
      <cc-invoice-email-dialog .filter=${filter} default-recipient=${defaultRecipient ?? ''}></cc-invoice-email-dialog>
    </cc-billing-provider>`,
  );
  const el = wrapper.querySelector('cc-invoice-email-dialog')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => void el.show());
  return { el, opener };
}

async function openDialog(filter: InvoiceEmailFilter = {}, defaultRecipient?: string) {
  const rendered = await renderDialog(filter, defaultRecipient);
  rendered.opener.focus();
  await rendered.el.show();
  return rendered;
}

describe('<cc-invoice-email-dialog>', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  const us = () => mock.store.organizations.find((organization) => organization.slug === 'us')!;
  const countWhere = (keep: (invoice: InvoiceDetail) => boolean) => us().invoices.filter(keep).length;

  before(async () => {
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  it('opens as a modal dialog with focus in the recipients field and the filter in words', async () => {
    const { el } = await renderDialog({ status: 'overdue', search: 'ABC' });
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);

    const opener = el.parentElement!.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'dialog open');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root(el).activeElement === field(el, 'recipients'), 'focus').to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(text(root(el).getElementById('heading'))).to.equal('E-mail this invoice list');
    expect(text(root(el).getElementById(dialog.getAttribute('aria-describedby')!))).to.equal(
      'Overdue invoices matching “ABC”',
    );
    expect(root(el).querySelector('label[for="recipients"]')).not.to.equal(null);
    expect(root(el).querySelector('label[for="message"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('describes every filter, and fills in the default recipient', async () => {
    const { el } = await openDialog({}, 'me@example.com');
    expect(text(part(el, 'filter'))).to.equal('All invoices');
    expect(field(el, 'recipients').value).to.equal('me@example.com');
    el.close();
    el.filter = { status: 'open' };
    await el.show();
    expect(text(part(el, 'filter'))).to.equal('Open invoices');
    el.close();
    el.filter = { search: 'PO-1' };
    await el.show();
    expect(text(part(el, 'filter'))).to.equal('All invoices matching “PO-1”');
  });

  it('asks for at least one address, with aria-invalid, aria-describedby and focus', async () => {
    const { el } = await openDialog();
    const recipients = field(el, 'recipients');
    expect(recipients.getAttribute('aria-invalid')).to.equal('false');
    type(recipients, ' , ;\n');
    pressSend(el);
    await waitUntil(() => part(el, 'field-error'), 'error shown');
    expect(text(part(el, 'field-error'))).to.equal('Enter at least one e-mail address');
    expect(recipients.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, recipients)).to.contain('Enter at least one e-mail address');
    expect(root(el).activeElement === recipients, 'focus').to.equal(true);
    expect(us().emails).to.have.length(0);
    await expect(el).to.be.accessible();

    type(recipients, 'a@example.com');
    await el.updateComplete;
    expect(recipients.getAttribute('aria-invalid'), 'editing clears the error').to.equal('false');
    expect(part(el, 'field-error')).to.equal(null);
  });

  it('names the first address that is not valid', async () => {
    const { el } = await openDialog();
    const recipients = field(el, 'recipients');
    type(recipients, 'ok@example.com; x@\nother@example.com');
    pressSend(el);
    await waitUntil(() => part(el, 'field-error'), 'error shown');
    expect(text(part(el, 'field-error'))).to.equal('“x@” is not a valid e-mail address');
    expect(recipients.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, recipients)).to.contain('“x@” is not a valid e-mail address');
    expect(root(el).activeElement === recipients, 'focus').to.equal(true);
  });

  it('allows up to 10 recipients', async () => {
    const { el } = await openDialog();
    const recipients = field(el, 'recipients');
    type(recipients, Array.from({ length: 11 }, (_, index) => `person${index}@example.com`).join(', '));
    pressSend(el);
    await waitUntil(() => part(el, 'field-error'), 'error shown');
    expect(text(part(el, 'field-error'))).to.equal('Up to 10 recipients');
    expect(recipients.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, recipients)).to.contain('Up to 10 recipients');
    expect(root(el).activeElement === recipients, 'focus').to.equal(true);
  });

  it('counts the message live and refuses one over 1000 characters, focusing it', async () => {
    const { el } = await openDialog();
    type(field(el, 'recipients'), 'a@example.com');
    const message = field(el, 'message');
    expect(text(part(el, 'count'))).to.equal('0 of 1,000 characters');
    type(message, 'Hello');
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('5 of 1,000 characters');
    expect(describedBy(el, message)).to.contain('5 of 1,000 characters');

    type(message, 'x'.repeat(1001));
    pressSend(el);
    await waitUntil(() => part(el, 'field-error'), 'error shown');
    expect(text(part(el, 'field-error'))).to.equal('The message is too long');
    expect(text(part(el, 'count'))).to.equal('1,001 of 1,000 characters');
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'recipients').getAttribute('aria-invalid')).to.equal('false');
    expect(describedBy(el, message)).to.contain('The message is too long');
    expect(root(el).activeElement === message, 'focus').to.equal(true);
    expect(us().emails).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('focuses the first invalid field when both are invalid', async () => {
    const { el } = await openDialog();
    type(field(el, 'message'), 'x'.repeat(1001));
    pressSend(el);
    await waitUntil(() => root(el).querySelectorAll('[part~="field-error"]').length === 2, 'both errors shown');
    expect(root(el).activeElement === field(el, 'recipients'), 'focus').to.equal(true);
  });

  it('sends, confirms in a status region, emits cc-invoices-emailed and offers Close', async () => {
    const filter: InvoiceEmailFilter = { status: 'overdue' };
    const expected = countWhere((invoice) => invoice.status === 'overdue');
    expect(expected, 'the seed has overdue invoices').to.be.greaterThan(1);
    const { el, opener } = await openDialog(filter);
    type(field(el, 'recipients'), 'a@b.com,\nc@d.com; a@b.com');
    type(field(el, 'message'), '  Here are the overdue invoices.  ');
    const emailed = oneEvent(el, 'cc-invoices-emailed');
    pressSend(el);
    const event = await emailed;

    expect(event).to.be.instanceOf(CcInvoicesEmailedEvent);
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail.recipients).to.deep.equal(['a@b.com', 'c@d.com']);
    expect(event.detail.invoiceCount).to.equal(expected);

    const emails = us().emails;
    expect(emails).to.have.length(1);
    expect(emails[0]!.recipients).to.deep.equal(['a@b.com', 'c@d.com']);
    expect(emails[0]!.invoiceCount).to.equal(expected);
    expect(emails[0]!.id).to.equal(event.detail.id);

    await waitUntil(() => text(part(el, 'confirmation')) !== '', 'confirmation shown');
    const confirmation = part(el, 'confirmation')!;
    expect(confirmation.getAttribute('role')).to.equal('status');
    expect(text(confirmation)).to.equal(`Sent ${expected} invoices to a@b.com, c@d.com`);
    expect(field(el, 'recipients'), 'the form is done').to.equal(null);
    const close = part(el, 'close-button')!;
    expect(text(close)).to.equal('Close');
    await waitUntil(() => root(el).activeElement === close, 'focus on Close');
    await expect(el).to.be.accessible();

    close.click();
    expect(el.open).to.equal(false);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('sends once on a double click, with the button disabled while sending', async () => {
    mock.faults.set({ latencyMs: 200, operations: ['emailInvoices'] });
    const { el } = await openDialog();
    type(field(el, 'recipients'), 'a@example.com');
    const send = part(el, 'send-button')!;
    send.click();
    send.click();
    await el.updateComplete;
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(text(send)).to.equal('Sending…');
    expect(field(el, 'recipients').readOnly).to.equal(true);

    // Neither Cancel nor Escape closes the dialog while sending.
    part(el, 'cancel-button')!.click();
    field(el, 'recipients').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
    expect(el.open).to.equal(true);
    send.click();

    await waitUntil(() => part(el, 'close-button'), 'sent');
    expect(us().emails).to.have.length(1);
    expect(text(part(el, 'confirmation'))).to.equal(`Sent ${us().invoices.length} invoices to a@example.com`);
  });

  it('shows a failure as an alert, keeps the form, and a retry of the same content sends exactly once', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['emailInvoices'] });
    const { el } = await openDialog({ status: 'open' });
    type(field(el, 'recipients'), 'a@example.com');
    type(field(el, 'message'), 'Please pay.');
    pressSend(el);
    await waitUntil(() => part(el, 'error'), 'failure shown', { timeout: 4000 });
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(field(el, 'recipients').value, 'the form is kept').to.equal('a@example.com');
    expect(field(el, 'message').value).to.equal('Please pay.');
    expect(part(el, 'send-button')!.getAttribute('aria-disabled')).to.equal('false');
    expect(us().emails).to.have.length(0);
    await expect(el).to.be.accessible();

    mock.faults.clear();
    pressSend(el);
    await waitUntil(() => part(el, 'close-button'), 'sent after retry');
    expect(part(el, 'error')).to.equal(null);
    expect(us().emails).to.have.length(1);
    expect(us().emails[0]!.invoiceCount).to.equal(countWhere((invoice) => invoice.status === 'open'));
  });

  it('reuses the idempotency key for a retry of the same content, and takes a new one after a change', async () => {
    const keys: (string | null)[] = [];
    const client = createBillingClient({
      baseUrl: new URL('/api', location.href).href,
      getToken: () => TOKEN,
      maxRetries: 0,
      fetch: (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        if (request.method === 'POST') keys.push(request.headers.get('idempotency-key'));
        return fetch(input, init);
      },
    });
    const el = await fixture<CcInvoiceEmailDialog>(
      html`<cc-invoice-email-dialog .client=${client} .filter=${{}}></cc-invoice-email-dialog>`,
    );
    await el.show();
    type(field(el, 'recipients'), 'a@example.com');
    mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['emailInvoices'] });

    pressSend(el);
    await waitUntil(() => keys.length === 1 && part(el, 'error'), 'first failure');
    pressSend(el);
    await waitUntil(() => keys.length === 2 && part(el, 'error'), 'second failure');
    expect(keys[0]).to.be.a('string');
    expect(keys[1], 'same content, same key').to.equal(keys[0]);

    type(field(el, 'message'), 'Changed');
    pressSend(el);
    await waitUntil(() => keys.length === 3 && part(el, 'error'), 'third failure');
    expect(keys[2], 'changed content, new key').not.to.equal(keys[0]);

    mock.faults.clear();
    pressSend(el);
    await waitUntil(() => part(el, 'close-button'), 'sent');
    expect(keys[3]).to.equal(keys[2]);
    expect(us().emails).to.have.length(1);

    // After a success, the same content again is a new e-mail with a new key.
    el.close();
    await el.show();
    type(field(el, 'recipients'), 'a@example.com');
    type(field(el, 'message'), 'Changed');
    pressSend(el);
    await waitUntil(() => part(el, 'close-button'), 'sent again');
    expect(keys[4]).not.to.equal(keys[3]);
    expect(us().emails).to.have.length(2);
  });

  it('says so when no invoice matches the filter', async () => {
    const { el } = await openDialog({ search: 'no-such-invoice-anywhere' });
    type(field(el, 'recipients'), 'a@example.com');
    const send = part(el, 'send-button')!;
    send.focus();
    send.click();
    await waitUntil(() => part(el, 'error'), 'failure shown');
    expect(text(part(el, 'error')!.querySelector('p'))).to.equal('No invoice matches this filter: nothing to send');
    expect(root(el).activeElement === send, 'focus stays on Send').to.equal(true);
    expect(us().emails).to.have.length(0);
  });

  it('closes on Escape and with Cancel, returning focus to the opener', async () => {
    const { el, opener } = await openDialog();
    expect(el.open).to.equal(true);
    field(el, 'recipients').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
    expect(el.open).to.equal(false);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);

    opener.click();
    await waitUntil(() => el.open, 'reopened');
    part(el, 'cancel-button')!.click();
    expect(el.open).to.equal(false);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('shows a search filter with HTML as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { el } = await openDialog({ search: payload });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(part(el, 'filter')!.textContent).to.equal(`All invoices matching “${payload}”`);
    type(field(el, 'recipients'), '<b>x</b>@');
    pressSend(el);
    await waitUntil(() => part(el, 'field-error'), 'error shown');
    expect(root(el).querySelector('b')).to.equal(null);
    expect(part(el, 'field-error')!.textContent).to.equal('“<b>x</b>@” is not a valid e-mail address');
  });
});
