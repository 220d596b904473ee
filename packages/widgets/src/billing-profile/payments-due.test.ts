import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymentDue } from '@customer-center/sdk';
import type { CcPayButton } from '../pay-button/pay-button.js';
import type { CcBillingProfile } from './billing-profile.js';
import {
  activeIn,
  button,
  cardTokenizer,
  click,
  clientFor,
  dialogOf,
  mount,
  org,
  payDialogOf,
  payHeading,
  payWithSavedCard,
  root,
  section,
  text,
  untilLoaded,
  useMockApi,
} from './billing-profile.helpers.test.js';

// Payments due: a failed automatic payment paid through <cc-pay-button>, a pending order and
// a renewal whose invoice is issued first, another payment method for an expired card, and
// the refusals on the way.

describe('<cc-billing-profile> payments due', function () {
  this.timeout(30_000);
  const mock = useMockApi();

  const due = (kind: PaymentDue['kind']): PaymentDue =>
    structuredClone(org(mock()).paymentsDue.find((candidate) => candidate.kind === kind)!);
  const row = (el: CcBillingProfile, id: string) => root(el).querySelector<HTMLElement>(`[data-due="${id}"]`);
  const payButtonOf = (el: CcBillingProfile, id: string) => row(el, id)?.querySelector<CcPayButton>('cc-pay-button');
  const invoice = (id: string) => org(mock()).invoices.find((candidate) => candidate.id === id);

  async function closeReceipt(payButton: CcPayButton): Promise<void> {
    await click(payDialogOf(payButton).shadowRoot!, 'Close');
    await waitUntil(() => !payDialogOf(payButton).open, 'payment dialog closed', { timeout: 8000 });
  }

  it('pays a failed automatic payment through the payment flow; the due then leaves the list', async () => {
    const failed = due('failed_charge');
    const el = await mount({ sections: 'due' });
    const payButton = payButtonOf(el, failed.id)!;
    expect(payButton.invoice).to.equal(failed.invoiceId);
    expect(text(payButton)).to.contain('Pay').and.contain(failed.description);
    const pay = payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    pay.focus();
    pay.click();
    await payWithSavedCard(payButton);
    expect(invoice(failed.invoiceId!)!.balanceDue.amountMinor).to.equal(0);
    // While the receipt is open the due stays, marked paid, so the dialog is not torn away.
    await waitUntil(() => row(el, failed.id)?.classList.contains('due--paid'), 'shown as paid', { timeout: 8000 });
    expect(payDialogOf(payButton).open).to.equal(true);
    expect(text(row(el, failed.id))).to.match(/Paid \$11,904\.24, reference PAY-/);
    await expect(el).to.be.accessible();
    await closeReceipt(payButton);
    await waitUntil(() => !row(el, failed.id), 'due gone', { timeout: 8000 });
    expect(section(el, 'due')!.querySelectorAll('[part~="due"]')).to.have.length(2);
    expect(org(mock()).paymentsDue.some((candidate) => candidate.id === failed.id)).to.equal(false);
    // Its Pay button went with it: focus is kept in the section.
    await waitUntil(() => activeIn(el)?.id === 'due-heading', 'focus on the section heading', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('issues the invoice of a pending order, opens the payment flow for it, and the paid order leaves', async () => {
    const order = due('pending_order');
    const count = org(mock()).invoices.length;
    const el = await mount({ sections: 'due' });
    const issue = button(row(el, order.id)!, /^Pay/)!;
    expect(issue.getAttribute('part')).to.equal('issue-button');
    mock().faults.set({ latencyMs: 1500, operations: ['issuePaymentDueInvoice'] });
    issue.focus();
    issue.click();
    // A double click issues one invoice.
    issue.click();
    await el.updateComplete;
    expect(text(issue)).to.contain('Preparing the invoice…');
    await expect(el).to.be.accessible();
    // Still preparing: axe saw that state.
    expect(text(issue)).to.contain('Preparing the invoice…');
    await waitUntil(() => payButtonOf(el, order.id), 'pay button in its place', { timeout: 8000 });
    const payButton = payButtonOf(el, order.id)!;
    await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog opened', { timeout: 8000 });
    const issued = org(mock()).paymentsDue.find((candidate) => candidate.id === order.id)!.invoiceId!;
    expect(org(mock()).invoices).to.have.length(count + 1);
    expect(payButton.invoice).to.equal(issued);
    expect(invoice(issued)!.total).to.deep.equal(order.amount);
    mock().faults.clear();
    await payWithSavedCard(payButton);
    expect(invoice(issued)!.balanceDue.amountMinor).to.equal(0);
    await closeReceipt(payButton);
    await waitUntil(() => !row(el, order.id), 'order gone', { timeout: 8000 });
  });

  it('issues a renewal’s invoice and gives focus back to its Pay button when the flow is closed', async () => {
    const renewal = due('support_renewal');
    const el = await mount({ sections: 'due' });
    const issue = button(row(el, renewal.id)!, /^Pay/)!;
    issue.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => payButtonOf(el, renewal.id), 'pay button in its place', { timeout: 8000 });
    const payButton = payButtonOf(el, renewal.id)!;
    await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog opened', { timeout: 8000 });
    await waitUntil(() => payHeading(payButton) === 'Pay invoices', 'amounts', { timeout: 8000 });
    const issued = invoice(org(mock()).paymentsDue.find((candidate) => candidate.id === renewal.id)!.invoiceId!)!;
    expect(issued.type).to.equal('support');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !payDialogOf(payButton).open, 'closed', { timeout: 8000 });
    const inner = payButton.shadowRoot!.querySelector('[part="button"]');
    await waitUntil(() => payButton.shadowRoot!.activeElement === inner, 'focus on the Pay button', { timeout: 8000 });
    // The due stays, now with its invoice.
    expect(row(el, renewal.id)).to.not.equal(null);
    expect(row(el, renewal.id)!.classList.contains('due--paid')).to.equal(false);
  });

  it('says why the invoice could not be prepared, and the order stays payable', async () => {
    const order = due('pending_order');
    const el = await mount({ sections: 'due' });
    mock().faults.set({ errorRate: 1, operations: ['issuePaymentDueInvoice'] });
    await click(row(el, order.id)!, /^Pay/);
    await waitUntil(() => section(el, 'due')!.querySelector('[part~="section-error"]'), 'error shown', {
      timeout: 8000,
    });
    expect(text(section(el, 'due')!.querySelector('[part~="section-error"]'))).to.contain(
      'The invoice for this payment could not be prepared. The billing service had a problem.',
    );
    expect(button(row(el, order.id)!, /^Pay/)).to.not.equal(undefined);
    expect(org(mock()).paymentsDue.find((candidate) => candidate.id === order.id)!.invoiceId).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers another payment method for a failed payment: the expired card is replaced', async () => {
    const failed = due('failed_charge');
    const expired = structuredClone(org(mock()).paymentMethods.find((method) => method.isExpired)!);
    const el = await mount({ sections: 'due methods', tokenizer: cardTokenizer('5555555555554444') });
    const other = button(row(el, failed.id)!, /^Use another payment method/)!;
    expect(button(row(el, due('pending_order').id)!, /^Use another payment method/)).to.equal(undefined);
    other.focus();
    other.click();
    await waitUntil(() => dialogOf(el).open, 'add dialog open', { timeout: 8000 });
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Replace Mastercard •••• 5454');
    await click(dialogOf(el), 'Save and replace');
    await waitUntil(() => !dialogOf(el).open, 'saved', { timeout: 8000 });
    const methods = org(mock()).paymentMethods;
    expect(methods.some((method) => method.id === expired.id)).to.equal(false);
    expect(methods.some((method) => method.last4 === '4444')).to.equal(true);
    // The due is still to pay, and focus is back on the button that started it.
    expect(row(el, failed.id)).to.not.equal(null);
    await waitUntil(
      () => activeIn(el) === button(row(el, failed.id)!, /^Use another payment method/),
      'focus back on "Use another payment method"',
      { timeout: 8000 },
    );
  });

  it('says that no card form is set up when another method is asked for without a tokenizer', async () => {
    const failed = due('failed_charge');
    const el = await mount({ sections: 'due' });
    await click(row(el, failed.id)!, /^Use another payment method/);
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(text(section(el, 'due')!.querySelector('[part~="notice"][role="alert"]'))).to.contain(
      'no card form is set up on this page',
    );
  });

  it('passes the tokenizer on to the payment flow of a payment due', async () => {
    const tokenizer = cardTokenizer();
    const el = await mount({ sections: 'due', tokenizer });
    const failed = due('failed_charge');
    expect(payButtonOf(el, failed.id)!.tokenizer === tokenizer).to.equal(true);
  });

  it('passes a provider’s light-DOM card field on to the payment flow opened last', async () => {
    const failed = due('failed_charge');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-profile sections="due" .client=${clientFor()} .tokenizer=${cardTokenizer()}>
          <div slot="card-field" id="provider-field">Provider iframe</div>
        </cc-billing-profile>
      </div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    await untilLoaded(el);
    const payButton = payButtonOf(el, failed.id)!;
    payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog open', { timeout: 8000 });
    const forwarded = payButton.querySelector<HTMLSlotElement>('slot[name="card-field"]')!;
    expect(forwarded.assignedElements().map((node) => node.id)).to.deep.equal(['provider-field']);
    payDialogOf(payButton).close();
  });

  it('shows that nothing is due when everything is paid', async () => {
    org(mock()).paymentsDue = [];
    const el = await mount({ sections: 'due' });
    expect(text(section(el, 'due')!.querySelector('[part~="empty"]'))).to.equal('Nothing is due. You are all paid up.');
    await expect(el).to.be.accessible();
  });
});
