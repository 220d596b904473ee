import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatMoney } from '@customer-center/sdk';
import { TEST_REWARD_CODES } from '@customer-center/mock-api';
import '../rewards-redeem/define.js';
import type { CcRewardsRedeem } from '../rewards-redeem/rewards-redeem.js';
import {
  clientFor,
  click,
  dialogOf,
  heading,
  open,
  PAY_AMOUNT,
  root,
  store,
  text,
  toReview,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';
import type { CcPayButton } from './pay-button.js';

// The dialog shares its client with the rest of the page: a balance changed elsewhere (a
// rewards code applied in <cc-rewards-redeem>) is what it shows when opened again.

describe('<cc-pay-button> with other elements on one client', function () {
  this.timeout(20_000);
  const api = useMockApi();
  const { invoice: storeInvoice, unpaid, paymentsFor } = store(api);

  async function page(invoiceId: string) {
    const client = clientFor('us');
    const wrapper = await fixture(
      html`<div>
        <cc-pay-button invoice=${invoiceId} .client=${client}></cc-pay-button>
        <cc-rewards-redeem invoice=${invoiceId} .client=${client}></cc-rewards-redeem>
      </div>`,
    );
    return {
      el: wrapper.querySelector<CcPayButton>('cc-pay-button')!,
      redeem: wrapper.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!,
    };
  }

  async function applyCode(redeem: CcRewardsRedeem, code: string): Promise<void> {
    const part = (name: string) => redeem.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
    await waitUntil(() => redeem.shadowRoot?.querySelector('#code'), 'code field', { timeout: 8000 });
    const input = redeem.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = code;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await redeem.updateComplete;
    part('check-button')!.click();
    await waitUntil(() => part('apply-button'), 'code checked', { timeout: 8000 });
    part('apply-button')!.click();
  }

  const amountField = (el: CcPayButton) => root(el).querySelector<HTMLInputElement>('input.amount');

  it('shows the new balance when reopened after a rewards code was applied elsewhere on the page', async () => {
    const invoice = unpaid('us', (i) => i.type === 'support' && i.currency === 'USD');
    const { el, redeem } = await page(invoice.id);
    await open(el);
    expect(amountField(el)!.value).to.equal((invoice.balanceDue.amountMinor / 100).toFixed(2));
    await click(el, 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'closed');

    await applyCode(redeem, TEST_REWARD_CODES.valid);
    await waitUntil(
      () => storeInvoice('us', invoice.id).balanceDue.amountMinor < invoice.balanceDue.amountMinor,
      'code applied in the store',
      { timeout: 8000 },
    );
    const reduced = storeInvoice('us', invoice.id).balanceDue;

    await el.show();
    await waitUntil(() => amountField(el), 'amounts shown', { timeout: 8000 });
    expect(amountField(el)!.value).to.equal((reduced.amountMinor / 100).toFixed(2));
    expect(text(root(el).querySelector('table.invoices'))).to.contain(formatMoney(reduced, 'en'));
    // And what is paid is the new balance, not the old one (which the API would refuse).
    await toReview(el, /Visa •••• \d{4}/);
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id).map((payment) => payment.amount)).to.deep.equal([reduced]);
  });

  it('does not reload under an open dialog: the payer keeps the step, and the reload waits for the next opening', async () => {
    const invoice = unpaid('us', (i) => i.type === 'support' && i.currency === 'USD');
    const { el, redeem } = await page(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    await applyCode(redeem, TEST_REWARD_CODES.valid);
    await waitUntil(
      () => storeInvoice('us', invoice.id).balanceDue.amountMinor < invoice.balanceDue.amountMinor,
      'code applied in the store',
      { timeout: 8000 },
    );
    const reduced = storeInvoice('us', invoice.id).balanceDue;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heading(el)).to.equal('Choose how to pay');
    await click(el, 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    await el.show();
    await waitUntil(() => amountField(el), 'amounts shown', { timeout: 8000 });
    expect(amountField(el)!.value).to.equal((reduced.amountMinor / 100).toFixed(2));
  });
});
