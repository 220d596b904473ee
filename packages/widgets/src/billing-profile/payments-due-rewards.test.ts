import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TEST_REWARD_CODES } from '@customer-center/mock-api';
import type { PaymentDue } from '@customer-center/sdk';
import { http } from 'msw';
import type { CcPayButton } from '../pay-button/pay-button.js';
import '../rewards-redeem/define.js';
import type { CcRewardsRedeem } from '../rewards-redeem/rewards-redeem.js';
import type { CcBillingProfile } from './billing-profile.js';
import {
  BASE,
  activeIn,
  click,
  clientFor,
  org,
  payDialogOf,
  payHeading,
  root,
  section,
  text,
  untilLoaded,
  useMockApi,
} from './billing-profile.helpers.test.js';

// Payments due and Support Rewards: a code that settles a due's invoice, applied in another
// widget on the same client or in the due's own payment flow, takes the due off the list.

describe('<cc-billing-profile> payments due settled by a rewards code', function () {
  this.timeout(30_000);
  const mock = useMockApi();

  const renewal = (): PaymentDue =>
    structuredClone(org(mock()).paymentsDue.find((candidate) => candidate.kind === 'support_renewal')!);
  const row = (el: CcBillingProfile, id: string) => root(el).querySelector<HTMLElement>(`[data-due="${id}"]`);
  const payButtonOf = (el: CcBillingProfile, id: string) => row(el, id)?.querySelector<CcPayButton>('cc-pay-button');
  const storeInvoice = (id: string) => org(mock()).invoices.find((candidate) => candidate.id === id)!;
  const redeemPart = (el: CcRewardsRedeem, name: string) =>
    el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

  /** The valid test code, worth the whole renewal. */
  function codeCovering(due: PaymentDue): string {
    const codes = org(mock()).rewardCodes;
    const index = codes.findIndex((candidate) => candidate.code === TEST_REWARD_CODES.valid);
    codes[index] = { ...codes[index]!, amount: { ...due.amount } };
    return TEST_REWARD_CODES.valid;
  }

  /** Counts the profile's loads, letting them through to the mock. */
  function countProfileLoads(): { count: number } {
    const counter = { count: 0 };
    mock.use(
      http.get(`${BASE}/profile`, () => {
        counter.count += 1;
      }),
    );
    return counter;
  }

  /** Counts the loading skeletons put into the element (a reload that flashes the whole profile). */
  function watchForSkeletons(el: CcBillingProfile): { stop(): number } {
    let seen = 0;
    const count = (records: MutationRecord[]) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches('[part~="loading"]') || node.querySelector('[part~="loading"]')))
            seen += 1;
        }
      }
    };
    const observer = new MutationObserver(count);
    observer.observe(root(el), { childList: true, subtree: true });
    return {
      stop() {
        count(observer.takeRecords());
        observer.disconnect();
        return seen;
      },
    };
  }

  /** Types the code, checks it, and applies it, as a person does with the mouse. */
  async function applyCode(redeem: CcRewardsRedeem, code: string): Promise<void> {
    await waitUntil(() => redeemPart(redeem, 'code-input'), 'rewards form shown', { timeout: 8000 });
    const field = redeemPart(redeem, 'code-input') as HTMLInputElement;
    field.value = code;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await redeem.updateComplete;
    await click(redeem.shadowRoot!, 'Check the code');
    await waitUntil(() => redeemPart(redeem, 'apply-button'), 'effect shown', { timeout: 8000 });
    await click(redeem.shadowRoot!, 'Apply the code');
    await waitUntil(() => text(redeemPart(redeem, 'confirmation')) !== '', 'code applied', { timeout: 8000 });
  }

  it('drops a renewal whose invoice a rewards code applied in another widget settled', async () => {
    const due = renewal();
    const client = clientFor();
    const invoice = await client.profile.issuePaymentDueInvoice(due.id);
    const code = codeCovering(due);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-profile .client=${client} sections="due"></cc-billing-profile>
        <cc-rewards-redeem .client=${client} invoice=${invoice.id} compact></cc-rewards-redeem>
      </div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    const redeem = wrapper.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!;
    await untilLoaded(el);
    expect(payButtonOf(el, due.id)!.invoice).to.equal(invoice.id);
    const loads = countProfileLoads();
    const skeletons = watchForSkeletons(el);
    await applyCode(redeem, code);
    expect(storeInvoice(invoice.id).balanceDue.amountMinor).to.equal(0);
    await waitUntil(() => !row(el, due.id), 'renewal gone', { timeout: 8000 });
    expect(section(el, 'due')!.querySelectorAll('[part~="due"]')).to.have.length(2);
    // One reload, in place: no loop, and the section never went back to its skeleton.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads.count).to.equal(1);
    expect(skeletons.stop()).to.equal(0);
    // The mock no longer lists the settled due.
    const { paymentsDue } = await clientFor().profile.retrieve();
    expect(paymentsDue.some((candidate) => candidate.id === due.id)).to.equal(false);
  });

  it('keeps a renewal settled in its own payment flow until that dialog is closed', async () => {
    const due = renewal();
    const client = clientFor();
    const invoice = await client.profile.issuePaymentDueInvoice(due.id);
    const code = codeCovering(due);
    const wrapper = await fixture<HTMLElement>(
      html`<div><cc-billing-profile .client=${client} sections="due"></cc-billing-profile></div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    await untilLoaded(el);
    const payButton = payButtonOf(el, due.id)!;
    const pay = payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    pay.focus();
    pay.click();
    const dialog = () => payDialogOf(payButton);
    await waitUntil(() => dialog()?.open, 'payment dialog open', { timeout: 8000 });
    await waitUntil(() => dialog().shadowRoot!.querySelector('input.amount'), 'amounts shown', { timeout: 8000 });
    await click(dialog().shadowRoot!, 'Continue');
    await waitUntil(() => payHeading(payButton) === 'Choose how to pay', 'method step', { timeout: 8000 });
    dialog().shadowRoot!.querySelector<HTMLInputElement>('label.method input')!.click();
    await dialog().updateComplete;
    await click(dialog().shadowRoot!, 'Continue');
    await waitUntil(() => payHeading(payButton) === 'Apply a rewards code', 'rewards step', { timeout: 8000 });
    await waitUntil(() => dialog().shadowRoot!.querySelector('cc-rewards-redeem')?.shadowRoot, 'rewards element', {
      timeout: 8000,
    });
    await applyCode(dialog().shadowRoot!.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!, code);
    expect(storeInvoice(invoice.id).balanceDue.amountMinor).to.equal(0);
    // The profile reloaded without the due, yet the open dialog keeps its place.
    await waitUntil(() => payHeading(payButton) !== 'Apply a rewards code', 'flow moved on', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dialog().open).to.equal(true);
    expect(row(el, due.id)).to.not.equal(null);
    dialog().close();
    await waitUntil(() => !row(el, due.id), 'renewal gone once the dialog closed', { timeout: 8000 });
    await waitUntil(() => activeIn(el)?.id === 'due-heading', 'focus on the section heading', { timeout: 8000 });
  });
});
