import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createBillingClient, formatMoney, type BillingClient, type InvoiceDetail } from '@customer-center/sdk';
import { createMockApi, TEST_REWARD_CODES, type MockApi, type OrganizationData } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { deepActiveElement } from '../base/focus.js';
import { resolveLocale } from '../base/locale.js';
import '../billing-provider/define.js';
import type { CcRewardAppliedEvent } from '../events/reward-applied.js';
import type { CcRewardRejectedEvent } from '../events/reward-rejected.js';
import '../invoice-list/define.js';
import type { CcInvoiceList } from '../invoice-list/invoice-list.js';
import './define.js';
import type { CcRewardsRedeem, RewardsRedeemInvoice } from './rewards-redeem.js';

// The element against the mock API, driven as a person drives it. The store is the truth:
// each application is checked there (balance due, code used, history), not only on screen.

const BASE = '/api';
const XSS = '<img src=x onerror="window.__xss=1">';

/** A fresh client per test (no 30 s cache shared between tests), without retries. */
function clientFor(role: 'billing' | 'technical' | 'executive' = 'billing', timeout = 3000): BillingClient {
  return createBillingClient({ baseUrl: BASE, getToken: () => `test_us_${role}`, maxRetries: 0, timeout });
}

const part = (el: CcRewardsRedeem, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: CcRewardsRedeem) => part(el, 'code-input') as HTMLInputElement;

interface MountOptions {
  client?: BillingClient;
  invoice?: string;
  invoices?: readonly RewardsRedeemInvoice[];
  compact?: boolean;
}

async function mount(options: MountOptions = {}, wait = 'form'): Promise<CcRewardsRedeem> {
  const el = await fixture<CcRewardsRedeem>(
    html`<cc-rewards-redeem
      .client=${options.client ?? clientFor()}
      invoice=${ifDefined(options.invoice)}
      .invoices=${options.invoices}
      ?compact=${options.compact ?? false}
    ></cc-rewards-redeem>`,
  );
  await waitUntil(() => part(el, wait), `${wait} shown`, { timeout: 5000 });
  return el;
}

/** Types `code` as a paste would, then presses "Check the code". */
async function check(el: CcRewardsRedeem, code: string): Promise<void> {
  const field = input(el);
  field.value = code;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  const button = part(el, 'check-button') as HTMLButtonElement;
  button.focus();
  button.click();
}

const untilEffect = (el: CcRewardsRedeem) => waitUntil(() => part(el, 'effect'), 'effect shown', { timeout: 5000 });
const untilFieldError = (el: CcRewardsRedeem) =>
  waitUntil(() => part(el, 'field-error'), 'field error shown', { timeout: 5000 });
const untilConfirmation = (el: CcRewardsRedeem) =>
  waitUntil(() => text(part(el, 'confirmation')) !== '', 'confirmation shown', { timeout: 5000 });

describe('<cc-rewards-redeem>', function () {
  this.timeout(20_000);
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: BASE });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    running.resetHandlers();
    mock.faults.clear();
    mock.store.reset();
    delete (window as { __xss?: number }).__xss;
  });
  after(() => running.stop());

  const org = (): OrganizationData => mock.store.organizations.find((o) => o.slug === 'us')!;
  const storeInvoice = (id: string) => org().invoices.find((invoice) => invoice.id === id)!;
  const codeRecord = (code: string) => org().rewardCodes.find((record) => record.code === code)!;
  /** Unpaid USD support invoices, as copies (the store's objects change when a code is applied). */
  const supportInvoices = (): InvoiceDetail[] =>
    structuredClone(
      org().invoices.filter(
        (invoice) =>
          invoice.type === 'support' &&
          invoice.status !== 'closed' &&
          invoice.currency === 'USD' &&
          invoice.balanceDue.amountMinor > 0,
      ),
    );
  /** Counts the requests to one endpoint, letting them through to the mock. */
  function countRequests(method: 'get' | 'post', path: string): { count: number } {
    const counter = { count: 0 };
    running.use(
      http[method](`${BASE}${path}`, () => {
        counter.count += 1;
      }),
    );
    return counter;
  }

  describe('balance and history', () => {
    it('shows the balance per currency and every code applied, in the page locale', async () => {
      const client = clientFor();
      const expected = await clientFor().rewards.retrieve();
      const el = await mount({ client }, 'history');
      const locale = resolveLocale(el);
      expect(text(part(el, 'heading'))).to.equal('Support Rewards');
      const balances = [...part(el, 'balances')!.querySelectorAll('.balance')].map(text);
      expect(expected.balances.length).to.be.greaterThan(1);
      expect(balances).to.deep.equal(
        expected.balances.map((balance) => `${balance.currency} ${formatMoney(balance, locale)}`),
      );
      const rows = part(el, 'history')!.querySelectorAll('tbody tr');
      expect(rows).to.have.length(org().rewardHistory.length);
      const first = org().rewardHistory[0]!;
      expect(text(rows[0])).to.contain(first.code);
      expect(text(rows[0])).to.contain(first.invoiceNumber);
      expect(text(rows[0])).to.contain(formatMoney(first.amount, locale));
      await expect(el).to.be.accessible();
    });

    it('says so when there is no balance and no code applied yet', async () => {
      for (const record of org().rewardCodes) record.usedOnInvoiceId = record.usedOnInvoiceId ?? 'in_elsewhere';
      org().rewardHistory = [];
      mock.store.touch();
      const el = await mount({}, 'summary');
      await waitUntil(() => text(part(el, 'summary')).includes('No code applied yet.'), 'empty history');
      expect(text(part(el, 'summary'))).to.contain('No rewards balance');
      await expect(el).to.be.accessible();
    });

    it('shows an error state with a retry when the rewards cannot be loaded', async () => {
      mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['retrieveRewards'] });
      const el = await mount({}, 'error');
      expect(text(part(el, 'error'))).to.contain('The billing service had a problem');
      // The form does not depend on the summary.
      await waitUntil(() => part(el, 'form'), 'form shown beside the error');
      await expect(el).to.be.accessible();
      mock.faults.clear();
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'history'), 'history after retry');
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows an error state with a retry when the form cannot be prepared', async () => {
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['listInvoices'] });
      const el = await mount({ compact: true }, 'error');
      expect(text(part(el, 'error'))).to.contain('The billing service had a problem');
      await expect(el).to.be.accessible();
      mock.faults.clear();
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'form'), 'form after retry');
    });
  });

  describe('checking a code', () => {
    it('checks the format before sending anything, and accepts codes typed loosely', async () => {
      const validations = countRequests('post', '/rewards/validate');
      const el = await mount();
      await check(el, 'NOT-A-CODE');
      await untilFieldError(el);
      expect(text(part(el, 'field-error'))).to.contain('four groups of four letters or digits');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(input(el).getAttribute('aria-describedby')).to.contain('code-error');
      await expect(el).to.be.accessible();
      await check(el, '   ');
      await waitUntil(() => text(part(el, 'field-error')) === 'Enter a rewards code.', 'empty code');
      expect(validations.count).to.equal(0);
      // Typing clears the message.
      input(el).value = 'S';
      input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(part(el, 'field-error')).to.equal(null);
      // Lower case, spaces instead of hyphens: the code as printed.
      await check(el, 'srva lid0 0000 0001');
      await untilEffect(el);
      expect(validations.count).to.equal(1);
      expect(input(el).value).to.equal(TEST_REWARD_CODES.valid);
    });

    it('says why each code is refused, each in its own words, and tells the page', async () => {
      const [invoice] = supportInvoices();
      const el = await mount({ invoice: invoice!.id });
      const cases: [string, string, string][] = [
        ['ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'not_found', 'We do not know this rewards code'],
        [TEST_REWARD_CODES.expired, 'expired', 'has expired'],
        [TEST_REWARD_CODES.used, 'already_used', 'has already been used'],
        [TEST_REWARD_CODES.notEligible, 'invoice_not_eligible', 'not valid for this type of invoice'],
        [TEST_REWARD_CODES.currencyMismatch, 'currency_mismatch', 'is in GBP and the invoice in USD'],
      ];
      const messages = new Set<string>();
      for (const [code, reason, words] of cases) {
        const rejected = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
        await check(el, code);
        const event = await rejected;
        expect(event.detail).to.deep.equal({ code, invoiceId: invoice!.id, reason });
        await untilFieldError(el);
        expect(text(part(el, 'field-error'))).to.contain(words);
        messages.add(text(part(el, 'field-error')));
        expect(part(el, 'effect')).to.equal(null);
        expect(part(el, 'apply-button')).to.equal(null);
      }
      expect(messages.size).to.equal(cases.length);
      await expect(el).to.be.accessible();
      expect(storeInvoice(invoice!.id).balanceDue).to.deep.equal(invoice!.balanceDue);
    });

    it('says when the code is worth more than the balance due, and what will be applied', async () => {
      const [target] = supportInvoices();
      storeInvoice(target!.id).balanceDue = { amountMinor: 12_000, currency: 'USD' };
      mock.store.touch();
      const el = await mount({ invoice: target!.id });
      const locale = resolveLocale(el);
      const value = formatMoney(codeRecord(TEST_REWARD_CODES.valid).amount, locale);
      const applied = formatMoney({ amountMinor: 12_000, currency: 'USD' }, locale);
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      expect(text(part(el, 'warning'))).to.equal(
        `This code is worth ${value}, more than the balance due: ${applied} will be applied and the rest of the code is not kept.`,
      );
      expect(text(part(el, 'effect'))).to.contain(
        `Balance due after ${formatMoney({ amountMinor: 0, currency: 'USD' }, locale)}`,
      );
      await expect(el).to.be.accessible();
      part(el, 'apply-button')!.click();
      await untilConfirmation(el);
      expect(storeInvoice(target!.id).balanceDue.amountMinor).to.equal(0);
      expect(storeInvoice(target!.id).status).to.equal('closed');
      expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(target!.id);
      // Nothing is left to pay on the invoice given: no form, and why.
      await waitUntil(() => text(part(el, 'notice')).includes('has nothing left to pay'), 'nothing left notice');
    });

    it('a network failure has its own message; nothing is applied, and checking again works', async () => {
      const el = await mount();
      running.use(http.post(`${BASE}/rewards/validate`, () => HttpResponse.error(), { once: true }));
      const rejected = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
      await check(el, TEST_REWARD_CODES.valid);
      expect((await rejected).detail.reason).to.equal('network');
      await waitUntil(() => part(el, 'failure'), 'failure shown');
      expect(text(part(el, 'failure'))).to.contain('We could not reach the billing service');
      // The code itself is not blamed.
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      expect(part(el, 'failure')).to.equal(null);
      expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(null);
    });

    it('a timeout and a server error each have their own message', async () => {
      mock.faults.set({ hangRate: 1, hangMs: 1500, operations: ['validateReward'] });
      const el = await mount({ client: clientFor('billing', 300) });
      const timedOut = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
      await check(el, TEST_REWARD_CODES.valid);
      expect((await timedOut).detail.reason).to.equal('network');
      await waitUntil(() => text(part(el, 'failure')).includes('taking too long'), 'timeout message');
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['validateReward'] });
      const failed = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
      await check(el, TEST_REWARD_CODES.valid);
      expect((await failed).detail.reason).to.equal('error');
      await waitUntil(() => text(part(el, 'failure')).includes('The billing service had a problem'), '500 message');
    });
  });

  describe('applying a code', () => {
    it('checks, shows the effect, applies: the store has the reduction and the code is used', async () => {
      const invoices = supportInvoices();
      const target = invoices[1]!;
      const client = clientFor();
      const el = await mount({ client }, 'history');
      await waitUntil(() => part(el, 'invoice-select'), 'invoice choice');
      const locale = resolveLocale(el);
      const select = part(el, 'invoice-select') as HTMLSelectElement;
      // Only unpaid support invoices are offered (USD and EUR here).
      const offered = [...select.options].map((option) => option.value);
      expect(offered).to.include.members(invoices.map((invoice) => invoice.id));
      for (const id of offered) expect(storeInvoice(id).type).to.equal('support');
      select.value = target.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      const value = codeRecord(TEST_REWARD_CODES.valid).amount;
      const after = { amountMinor: target.balanceDue.amountMinor - value.amountMinor, currency: 'USD' };
      const effect = text(part(el, 'effect'));
      expect(effect).to.contain(`Balance due before ${formatMoney(target.balanceDue, locale)}`);
      expect(effect).to.contain(`Reduction ${formatMoney(value, locale)}`);
      expect(effect).to.contain(`Balance due after ${formatMoney(after, locale)}`);
      expect(part(el, 'warning')).to.equal(null);
      // The effect is announced, the warning with it when there is one.
      expect(text(el.shadowRoot!.querySelector('.cc-visually-hidden[role="status"]'))).to.equal(
        `The code takes ${formatMoney(value, locale)} off invoice ${target.number}: ${formatMoney(after, locale)} left to pay.`,
      );
      // Focus followed the pressed button to its replacement.
      expect(el.shadowRoot!.activeElement === part(el, 'apply-button')).to.equal(true);
      // Not applied yet.
      expect(storeInvoice(target.id).balanceDue).to.deep.equal(target.balanceDue);
      await expect(el).to.be.accessible();

      const historyBefore = org().rewardHistory.length;
      const appliedEvent = oneEvent(el, 'cc-reward-applied') as Promise<CcRewardAppliedEvent>;
      part(el, 'apply-button')!.click();
      const { detail } = await appliedEvent;
      expect(detail.code).to.equal(TEST_REWARD_CODES.valid);
      expect(detail.reduction).to.deep.equal(value);
      expect(detail.invoice.id).to.equal(target.id);
      expect(detail.invoice.balanceDue).to.deep.equal(after);
      await untilConfirmation(el);
      expect(text(part(el, 'confirmation'))).to.equal(
        `Code applied to invoice ${target.number}: ${formatMoney(value, locale)} off. Balance due now: ${formatMoney(after, locale)}.`,
      );
      expect(storeInvoice(target.id).balanceDue).to.deep.equal(after);
      expect(storeInvoice(target.id).rewardsApplied.amountMinor).to.equal(
        target.rewardsApplied.amountMinor + value.amountMinor,
      );
      expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(target.id);
      expect(org().rewardHistory).to.have.length(historyBefore + 1);
      // The form is ready for another code, focus in its field.
      expect(input(el).value).to.equal('');
      expect(part(el, 'effect')).to.equal(null);
      expect(el.shadowRoot!.activeElement === input(el)).to.equal(true);
      // Its own history and balance refreshed.
      await waitUntil(
        () => part(el, 'history')!.querySelectorAll('tbody tr').length === historyBefore + 1,
        'history refreshed',
      );
      expect(text(part(el, 'history')!.querySelector('tbody tr'))).to.contain(target.number);
      await expect(el).to.be.accessible();
    });

    it('applies once on a double click, busy in between', async () => {
      const [target] = supportInvoices();
      const el = await mount({ invoice: target!.id });
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      mock.faults.set({ latencyMs: 1500, operations: ['applyReward'] });
      const applications = countRequests('post', '/rewards/apply');
      let events = 0;
      el.addEventListener('cc-reward-applied', () => (events += 1));
      const historyBefore = org().rewardHistory.length;
      const button = part(el, 'apply-button')!;
      const box = button.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await sendMouse({ type: 'click', position });
      // The mouse reached the button: it is busy until the answer comes.
      expect(part(el, 'apply-button')!.getAttribute('aria-disabled')).to.equal('true');
      await sendMouse({ type: 'click', position });
      // A script's clicks in a row, too.
      button.click();
      button.click();
      expect(part(el, 'apply-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(part(el, 'apply-button'))).to.equal('Applying…');
      await expect(el).to.be.accessible();
      // Still busy: axe saw the "Applying…" state.
      expect(text(part(el, 'apply-button'))).to.equal('Applying…');
      await untilConfirmation(el);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(applications.count).to.equal(1);
      expect(events).to.equal(1);
      expect(org().rewardHistory).to.have.length(historyBefore + 1);
      expect(storeInvoice(target!.id).balanceDue.amountMinor).to.equal(
        target!.balanceDue.amountMinor - codeRecord(TEST_REWARD_CODES.valid).amount.amountMinor,
      );
      // The second click did not land on "Check the code" and complain about an empty field.
      expect(part(el, 'field-error')).to.equal(null);
    });

    it('ignores the second click of a double click that lands on "Apply the code"', async () => {
      const el = await mount();
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      const applications = countRequests('post', '/rewards/apply');
      // A double click on "Check the code" whose second click reaches the button that replaced it.
      part(el, 'apply-button')!.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(applications.count).to.equal(0);
      expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(null);
      expect(part(el, 'apply-button')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('an application that got no answer is tried again with the same key: applied once', async () => {
      const [target] = supportInvoices();
      const el = await mount({ invoice: target!.id });
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      const keys: (string | null)[] = [];
      running.use(
        http.post(`${BASE}/rewards/apply`, ({ request }) => {
          keys.push(request.headers.get('idempotency-key'));
        }),
      );
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['applyReward'] });
      const rejected = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
      part(el, 'apply-button')!.click();
      expect((await rejected).detail.reason).to.equal('network');
      await waitUntil(() => part(el, 'failure'), 'failure shown');
      expect(text(part(el, 'failure'))).to.contain('may not have been applied');
      // The effect and the button stay, to try again.
      expect(part(el, 'effect')).not.to.equal(null);
      await expect(el).to.be.accessible();
      mock.faults.clear();
      const applied = oneEvent(el, 'cc-reward-applied');
      part(el, 'apply-button')!.click();
      await applied;
      await untilConfirmation(el);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string');
      expect(keys[1]).to.equal(keys[0]);
      const reduction = codeRecord(TEST_REWARD_CODES.valid).amount.amountMinor;
      expect(storeInvoice(target!.id).balanceDue.amountMinor).to.equal(target!.balanceDue.amountMinor - reduction);
      expect(
        org().rewardHistory.filter((entry) => entry.invoiceId === target!.id && entry.code.endsWith('0001')),
      ).to.have.length(1);
    });

    it('says so when the code was used elsewhere between the check and the application', async () => {
      const [target] = supportInvoices();
      const el = await mount({ invoice: target!.id });
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId = 'in_elsewhere';
      const rejected = oneEvent(el, 'cc-reward-rejected') as Promise<CcRewardRejectedEvent>;
      part(el, 'apply-button')!.click();
      expect((await rejected).detail.reason).to.equal('already_used');
      await untilFieldError(el);
      expect(text(part(el, 'field-error'))).to.contain('has already been used');
      expect(part(el, 'effect')).to.equal(null);
      expect(storeInvoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
    });
  });

  describe('embedding', () => {
    it('applies to the invoice of the invoice attribute, with no choice', async () => {
      const [target] = supportInvoices();
      const el = await mount({ invoice: target!.id });
      const locale = resolveLocale(el);
      expect(part(el, 'invoice-select')).to.equal(null);
      expect(text(part(el, 'invoice'))).to.equal(
        `Invoice ${target!.number} Balance due ${formatMoney(target!.balanceDue, locale)}`,
      );
      await expect(el).to.be.accessible();
    });

    it('explains why an invoice given in the attribute cannot take a code', async () => {
      const other = org().invoices.find((invoice) => invoice.type !== 'support' && invoice.status !== 'closed')!;
      const el = await mount({ invoice: other.id }, 'notice');
      expect(text(part(el, 'notice'))).to.equal(
        `Rewards codes apply to support invoices only, and invoice ${other.number} is not one.`,
      );
      expect(part(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers only the support invoices given in `invoices`; compact shows the form alone', async () => {
      const listInvoices = countRequests('get', '/invoices');
      const retrieveRewards = countRequests('get', '/rewards');
      const [first, second] = supportInvoices();
      const other = structuredClone(
        org().invoices.find((invoice) => invoice.type !== 'support' && invoice.status !== 'closed')!,
      );
      const el = await mount({ invoices: [first!, other, second!], compact: true });
      expect(el.hasAttribute('compact')).to.equal(true);
      const options = [...(part(el, 'invoice-select') as HTMLSelectElement).options].map((option) => option.value);
      expect(options).to.deep.equal([first!.id, second!.id]);
      expect(part(el, 'heading')).to.equal(null);
      expect(part(el, 'summary')).to.equal(null);
      expect(part(el, 'redeem')).to.equal(null);
      expect(listInvoices.count).to.equal(0);
      expect(retrieveRewards.count).to.equal(0);
      await expect(el).to.be.accessible();

      // The embedding dialog focuses the step through the element, and updates the invoices it passes.
      el.focus();
      expect(el.shadowRoot!.activeElement === input(el)).to.equal(true);
      (part(el, 'invoice-select') as HTMLSelectElement).value = second!.id;
      part(el, 'invoice-select')!.dispatchEvent(new Event('change', { bubbles: true }));
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      const applied = oneEvent(el, 'cc-reward-applied') as Promise<CcRewardAppliedEvent>;
      part(el, 'apply-button')!.click();
      const { detail } = await applied;
      expect(detail.invoice.id).to.equal(second!.id);
      el.invoices = [first!, detail.invoice];
      await el.updateComplete;
      await waitUntil(
        () => text(part(el, 'invoice-select')).includes(formatMoney(detail.invoice.balanceDue, resolveLocale(el))),
        'new balance offered',
      );
      await untilConfirmation(el);
      await expect(el).to.be.accessible();
    });

    it('says so when no invoice can take a code', async () => {
      const el = await mount({ invoices: [], compact: true }, 'empty');
      expect(text(part(el, 'empty'))).to.equal('No unpaid support invoice to apply a code to.');
      await expect(el).to.be.accessible();
    });

    it('reset() empties the form', async () => {
      const el = await mount();
      await check(el, TEST_REWARD_CODES.valid);
      await untilEffect(el);
      el.reset();
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(part(el, 'effect')).to.equal(null);
      expect(part(el, 'check-button')).not.to.equal(null);
    });
  });

  describe('roles', () => {
    for (const [role, article] of [
      ['technical', 'a'],
      ['executive', 'an'],
    ] as const) {
      it(`${article} ${role} contact sees the balance and history with the reason, not the form`, async () => {
        const validations = countRequests('post', '/rewards/validate');
        const el = await mount({ client: clientFor(role) }, 'notice');
        const label = role === 'technical' ? 'Technical' : 'Executive';
        expect(text(part(el, 'notice'))).to.equal(
          `${label} contacts cannot redeem rewards codes. Ask a billing contact of your organisation to apply a code.`,
        );
        expect(part(el, 'form')).to.equal(null);
        expect(part(el, 'code-input')).to.equal(null);
        await waitUntil(() => part(el, 'history'), 'history shown');
        expect(part(el, 'balances')).not.to.equal(null);
        expect(validations.count).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('refreshes an invoice list that shares its client after applying', async () => {
    const [target] = supportInvoices();
    const client = clientFor();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <cc-invoice-list .client=${client} status=${target!.status} page-size="100"></cc-invoice-list>
        <cc-rewards-redeem .client=${client} invoice=${target!.id} compact></cc-rewards-redeem>
      </div>`,
    );
    const list = wrapper.querySelector<CcInvoiceList>('cc-invoice-list')!;
    const el = wrapper.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!;
    const locale = resolveLocale(el);
    const row = () =>
      [...list.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => text(tr).includes(target!.number));
    await waitUntil(() => row(), 'invoice in the list', { timeout: 5000 });
    expect(text(row())).to.contain(formatMoney(target!.balanceDue, locale));
    await waitUntil(() => part(el, 'form'), 'form shown');
    await check(el, TEST_REWARD_CODES.valid);
    await untilEffect(el);
    part(el, 'apply-button')!.click();
    await untilConfirmation(el);
    const after = storeInvoice(target!.id).balanceDue;
    expect(after.amountMinor).to.be.lessThan(target!.balanceDue.amountMinor);
    await waitUntil(() => text(row()).includes(formatMoney(after, locale)), 'list shows the new balance', {
      timeout: 5000,
    });
    // And the element's own invoice.
    await waitUntil(() => text(part(el, 'invoice')).includes(formatMoney(after, locale)), 'own invoice refreshed');
  });

  it('renders API text as text, never as markup', async () => {
    const [target] = supportInvoices();
    storeInvoice(target!.id).number = `${XSS}INV-XSS`;
    org().rewardHistory[0] = { ...org().rewardHistory[0]!, code: `${XSS}CODE`, invoiceNumber: `${XSS}INV-H` };
    mock.store.touch();
    const el = await mount({}, 'history');
    await waitUntil(() => part(el, 'invoice-select'), 'invoice choice');
    const select = part(el, 'invoice-select') as HTMLSelectElement;
    expect(text(select)).to.contain(`${XSS}INV-XSS`);
    expect(text(part(el, 'history'))).to.contain(`${XSS}CODE`);
    expect(text(part(el, 'history'))).to.contain(`${XSS}INV-H`);
    select.value = target!.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await check(el, TEST_REWARD_CODES.valid);
    await untilEffect(el);
    part(el, 'apply-button')!.click();
    await untilConfirmation(el);
    expect(text(part(el, 'confirmation'))).to.contain(`invoice ${XSS}INV-XSS:`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('renders the invoice of the `invoice` attribute and of `invoices` as text', async () => {
    const [target] = supportInvoices();
    storeInvoice(target!.id).number = `${XSS}INV-ATTR`;
    mock.store.touch();
    const fixed = await mount({ invoice: target!.id });
    expect(text(part(fixed, 'invoice'))).to.contain(`${XSS}INV-ATTR`);
    await check(fixed, TEST_REWARD_CODES.valid);
    await untilEffect(fixed);
    expect(text(fixed.shadowRoot!.querySelector('[role="status"].cc-visually-hidden'))).to.contain(
      `invoice ${XSS}INV-ATTR:`,
    );
    expect(fixed.shadowRoot!.querySelector('img')).to.equal(null);

    // Compact, with the candidates given by the page: one, then several, then one with nothing due.
    const given = (number: string, amountMinor = 50_000): RewardsRedeemInvoice => ({
      id: target!.id,
      number,
      balanceDue: { amountMinor, currency: 'USD' },
      type: 'support',
    });
    const single = await mount({ compact: true, invoices: [given(`${XSS}INV-ONE`)] });
    expect(text(part(single, 'invoice'))).to.contain(`${XSS}INV-ONE`);
    const several = await mount(
      { compact: true, invoices: [given(`${XSS}INV-A`), { ...given(`${XSS}INV-B`), id: 'in_other' }] },
      'invoice-select',
    );
    const options = [...(part(several, 'invoice-select') as HTMLSelectElement).options].map(text);
    expect(options[0]).to.contain(`${XSS}INV-A`);
    expect(options[1]).to.contain(`${XSS}INV-B`);
    const paid = await mount({ compact: true, invoice: target!.id, invoices: [given(`${XSS}INV-PAID`, 0)] }, 'notice');
    expect(text(part(paid, 'notice'))).to.equal(`Invoice ${XSS}INV-PAID has nothing left to pay.`);
    for (const el of [fixed, single, several, paid]) expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('works with the keyboard alone: Tab to the field, type, Enter to check, Tab and Enter to apply', async () => {
    const el = await mount({}, 'invoice-select');
    const locale = resolveLocale(el);
    const firstId = (part(el, 'invoice-select') as HTMLSelectElement).value;
    // From the page's start, Tab reaches the invoice choice, then the code field.
    (document.activeElement as HTMLElement | null)?.blur();
    for (let presses = 0; presses < 10 && deepActiveElement()?.id !== 'code'; presses += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActiveElement()?.id).to.equal('code');
    await sendKeys({ type: TEST_REWARD_CODES.valid.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await untilEffect(el);
    expect(deepActiveElement()?.id).to.equal('code');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('apply-button');
    const applied = oneEvent(el, 'cc-reward-applied') as Promise<CcRewardAppliedEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await applied;
    expect(detail.invoice.id).to.equal(firstId);
    await untilConfirmation(el);
    expect(text(part(el, 'confirmation'))).to.contain(formatMoney(detail.reduction, locale));
    expect(deepActiveElement()?.id).to.equal('code');
    expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(firstId);
  });

  it('chooses the invoice with the arrow keys, then checks and applies the code to it by keyboard', async () => {
    const el = await mount({}, 'invoice-select');
    const select = part(el, 'invoice-select') as HTMLSelectElement;
    expect(select.options.length).to.be.greaterThan(1);
    const second = select.options[1]!.value;
    const before = storeInvoice(second).balanceDue;
    (document.activeElement as HTMLElement | null)?.blur();
    for (let presses = 0; presses < 10 && deepActiveElement()?.id !== 'invoice'; presses += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActiveElement()?.id).to.equal('invoice');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal(second);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('code');
    await sendKeys({ type: TEST_REWARD_CODES.valid });
    await sendKeys({ press: 'Enter' });
    await untilEffect(el);
    // The effect is that of the invoice chosen.
    expect(text(part(el, 'effect'))).to.contain(formatMoney(before, resolveLocale(el)));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('apply-button');
    await sendKeys({ press: 'Space' });
    await untilConfirmation(el);
    expect(codeRecord(TEST_REWARD_CODES.valid).usedOnInvoiceId).to.equal(second);
    expect(storeInvoice(second).balanceDue.amountMinor).to.be.lessThan(before.amountMinor);
  });

  it('works inside a <cc-billing-provider>', async () => {
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token="test_us_billing">
        <cc-rewards-redeem></cc-rewards-redeem>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!;
    await waitUntil(() => part(el, 'history') && part(el, 'form'), 'loaded', { timeout: 5000 });
  });
});
