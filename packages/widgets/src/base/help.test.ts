import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createBillingClient, type BillingClient } from '@customer-center/sdk';
import { createMockApi, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import '../invoice-detail/define.js';
import '../invoice-list/define.js';
import '../pay-button/define.js';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import type { CcInvoiceList } from '../invoice-list/invoice-list.js';
import type { CcPayButton } from '../pay-button/pay-button.js';

// The help hook every element shares: `slot="help"` content and, with the `help` attribute,
// a "Get help" button that sends `cc-help-request` with what the person was looking at.

const client = (): BillingClient =>
  createBillingClient({ baseUrl: '/api', getToken: () => 'test_us_billing', maxRetries: 0 });

describe('the help hook', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
    for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  });
  after(() => running.stop());

  const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

  it('offers "Get help" in a list’s error state only with the help attribute, with the request id', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['listInvoices'] });
    const wrapper = await fixture(
      html`<div>
        <cc-invoice-list .client=${client()}></cc-invoice-list>
        <cc-invoice-list help .client=${client()}><a slot="help" href="#support">Billing support</a></cc-invoice-list>
      </div>`,
    );
    const [plain, helped] = [...wrapper.querySelectorAll<CcInvoiceList>('cc-invoice-list')];
    await waitUntil(() => inShadow(plain!, '[part="error"]') && inShadow(helped!, '[part="error"]'), 'errors shown');
    expect(inShadow(plain!, '[part="help-button"]')).to.equal(null);
    const slot = inShadow(helped!, '[part="error"] slot[name="help"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Billing support']);
    const requested = oneEvent(wrapper, 'cc-help-request');
    inShadow(helped!, '[part="help-button"]')!.click();
    const { detail } = await requested;
    expect(detail.topic).to.equal('invoices');
    expect(detail.message).to.contain('had a problem');
    expect(detail.requestId).to.match(/^req_/);
    await expect(helped).to.be.accessible();
  });

  it('offers "Get help" in an invoice’s detail, with its number as the reference', async () => {
    const invoice = mock.store.organizations.find((o) => o.slug === 'us')!.invoices[0]!;
    const el = await fixture<CcInvoiceDetail>(
      html`<cc-invoice-detail help invoice=${invoice.id} .client=${client()}></cc-invoice-detail>`,
    );
    await waitUntil(() => inShadow(el, '[part="help-button"]'), 'detail shown');
    const requested = oneEvent(el, 'cc-help-request');
    inShadow(el, '[part="help-button"]')!.click();
    expect((await requested).detail).to.deep.equal({ topic: 'invoice', reference: invoice.number });
  });

  it('passes the help attribute and slot on to the payment flow, whose request leaves the Pay button', async () => {
    const invoice = mock.store.organizations
      .find((o) => o.slug === 'us')!
      .invoices.find((candidate) => candidate.status !== 'closed')!;
    mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrievePaymentOptions'] });
    const el = await fixture<CcPayButton>(
      html`<cc-pay-button help invoice=${invoice.id} .client=${client()}
        ><span slot="help">Call billing support</span></cc-pay-button
      >`,
    );
    inShadow(el, '[part="button"]')!.click();
    const dialog = () => el.shadowRoot!.querySelector('cc-pay-dialog');
    await waitUntil(() => dialog()?.shadowRoot?.querySelector('[part="help-button"]'), 'error with help', {
      timeout: 8000,
    });
    const slot = dialog()!.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="help"]')!;
    // The button's slot is assigned to the dialog's: the host's text arrives through both.
    expect(slot.assignedNodes({ flatten: true }).map((node) => node.textContent)).to.deep.equal([
      'Call billing support',
    ]);
    const requested = oneEvent(el, 'cc-help-request');
    dialog()!.shadowRoot!.querySelector<HTMLElement>('[part="help-button"]')!.click();
    expect((await requested).detail.topic).to.equal('payment');
  });

  it('passes the help attribute and slot on to the list’s e-mail dialog, beside a failed send', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['emailInvoices'] });
    const list = await fixture<CcInvoiceList>(
      html`<cc-invoice-list help .client=${client()}
        ><a slot="help" href="#support">Billing support</a></cc-invoice-list
      >`,
    );
    await waitUntil(() => inShadow(list, '[part="email-button"]'), 'list loaded', { timeout: 4000 });
    inShadow(list, '[part="email-button"]')!.click();
    const dialog = () => list.shadowRoot!.querySelector('cc-invoice-email-dialog');
    await waitUntil(() => dialog()?.shadowRoot?.querySelector('#recipients'), 'e-mail dialog open', { timeout: 4000 });
    const recipients = dialog()!.shadowRoot!.querySelector<HTMLTextAreaElement>('#recipients')!;
    recipients.value = 'finance@example.com';
    recipients.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    dialog()!.shadowRoot!.querySelector<HTMLElement>('[part="send-button"]')!.click();

    await waitUntil(
      () => dialog()!.shadowRoot!.querySelector('[part="error"] [part="help-button"]'),
      'failure with help',
    );
    const slot = dialog()!.shadowRoot!.querySelector<HTMLSlotElement>('[part="error"] slot[name="help"]')!;
    expect(slot.assignedNodes({ flatten: true }).map((node) => node.textContent)).to.deep.equal(['Billing support']);
    const requested = oneEvent(list, 'cc-help-request');
    dialog()!.shadowRoot!.querySelector<HTMLElement>('[part="help-button"]')!.click();
    const { detail } = await requested;
    expect(detail.topic).to.equal('invoices');
    expect(detail.message).to.equal('The billing service had a problem. Try again in a moment.');
    expect(detail.requestId).to.be.a('string').and.not.equal('');
    await expect(dialog()!).to.be.accessible();
  });
});
