import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { TEST_REWARD_CODES } from '@customer-center/mock-api';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { BASE, clientFor, org, text, useMockApi } from '../../test/support.js';
import './define.js';
import type { CcRewardsRedeem } from './rewards-redeem.js';

// The help hook of <cc-rewards-redeem>: "Get help" and the host's `help` slot in the error
// state and beside a check or an application that failed, with the invoice as reference.

describe('<cc-rewards-redeem> help', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const part = (el: CcRewardsRedeem, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  const slotted = (scope: ParentNode | null) =>
    [...(scope?.querySelectorAll<HTMLSlotElement>('slot[name="help"]') ?? [])].flatMap((slot) =>
      slot.assignedElements().map(text),
    );
  const supportInvoice = () =>
    structuredClone(
      org(mock()).invoices.find(
        (invoice) =>
          invoice.type === 'support' &&
          invoice.status !== 'closed' &&
          invoice.currency === 'USD' &&
          invoice.balanceDue.amountMinor > 0,
      )!,
    );

  async function mount(invoice?: string, wait = 'form'): Promise<CcRewardsRedeem> {
    const el = await fixture<CcRewardsRedeem>(
      html`<cc-rewards-redeem .client=${clientFor()} invoice=${ifDefined(invoice)} help
        ><a slot="help" href="#support">Rewards support</a></cc-rewards-redeem
      >`,
    );
    await waitUntil(() => part(el, wait), `${wait} shown`, { timeout: 8000 });
    return el;
  }

  async function check(el: CcRewardsRedeem, code: string): Promise<void> {
    const field = part(el, 'code-input') as HTMLInputElement;
    field.value = code;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    part(el, 'check-button')!.click();
  }

  it('offers "Get help" and the host’s help content when the rewards cannot be loaded', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveRewards'] });
    const el = await mount(undefined, 'error');
    const error = part(el, 'summary')!.querySelector('[part~="error"]')!;
    const requestId = /Reference for support: (req_\w+)/.exec(text(error))![1];
    expect(slotted(error)).to.deep.equal(['Rewards support']);
    const help = oneEvent(el, 'cc-help-request');
    error.querySelector<HTMLButtonElement>('[part~="help-button"]')!.click();
    const { detail, bubbles, composed } = await help;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(detail).to.deep.equal({
      topic: 'rewards',
      message: 'The billing service had a problem. Try again in a moment.',
      requestId,
    });
    await expect(el).to.be.accessible();
  });

  it('offers "Get help" beside a check that failed, with the invoice and the reference for support', async () => {
    const invoice = supportInvoice();
    const el = await mount(invoice.id);
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['validateReward'] });
    await check(el, TEST_REWARD_CODES.valid);
    await waitUntil(() => part(el, 'failure'), 'failure shown', { timeout: 8000 });
    const alert = part(el, 'failure')!.closest('[role="alert"]')!;
    expect(text(part(el, 'failure'))).to.equal('The billing service had a problem. Try again in a moment.');
    const requestId = /Reference for support: (req_\w+)/.exec(text(alert))![1];
    expect(slotted(el.shadowRoot!)).to.deep.equal(['Rewards support']);
    const help = oneEvent(el, 'cc-help-request');
    part(el, 'help-button')!.click();
    expect((await help).detail).to.deep.equal({
      topic: 'rewards',
      reference: invoice.number,
      message: 'The billing service had a problem. Try again in a moment.',
      requestId,
    });
    await expect(el).to.be.accessible();
  });

  it('offers "Get help" beside an application that got no answer, with the words the person read', async () => {
    const invoice = supportInvoice();
    const el = await mount(invoice.id);
    await check(el, TEST_REWARD_CODES.valid);
    await waitUntil(() => part(el, 'apply-button'), 'effect shown', { timeout: 8000 });
    mock.use(http.post(`${BASE}/rewards/apply`, () => HttpResponse.error()));
    part(el, 'apply-button')!.click();
    await waitUntil(() => part(el, 'failure'), 'failure shown', { timeout: 8000 });
    expect(text(part(el, 'failure'))).to.contain('the code may not have been applied');
    expect(slotted(el.shadowRoot!)).to.deep.equal(['Rewards support']);
    const help = oneEvent(el, 'cc-help-request');
    part(el, 'help-button')!.click();
    // No answer, so no request id to pass on.
    expect((await help).detail).to.deep.equal({
      topic: 'rewards',
      reference: invoice.number,
      message: text(part(el, 'failure')),
    });
    await expect(el).to.be.accessible();
  });
});
