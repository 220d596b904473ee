// The intranet demo (`npm start`), driven in Chromium as a person would use it: overdue
// invoices first, a payment with a test card, the invoice closed in the list, the page in
// Arabic right to left, a technical contact who may not pay, the themes, and the reset.
import { expect } from 'chai';
import { axeViolations, launchBrowser, openPage, startDemoServer } from './harness.mjs';

describe('the intranet demo (npm start)', function () {
  this.timeout(120_000);
  let server;
  let browser;
  let session;

  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  beforeEach(async () => {
    await server.reset();
    session = await openPage(browser);
  });
  afterEach(() => session.close());
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openDemo() {
    const { page } = session;
    await page.goto(`${server.base}/`);
    await page.waitForSelector('html[data-ready="true"]');
    const list = page.locator('#invoices cc-invoice-list');
    await list.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    return { page, list };
  }

  it('prints its URL and the demo users, and redirects / to the intranet', async () => {
    expect(server.output()).to.match(/Customer Center demo: http:\/\/localhost:\d+\//);
    expect(server.output()).to.contain('billing test_us_billing, technical test_us_technical');
    const { page } = await openDemo();
    expect(new URL(page.url()).pathname).to.equal('/intranet/');
    expect(await page.title()).to.equal('Billing · Northwind intranet');
  });

  it('shows overdue invoices first, pays one with a test card, and shows it closed in the list', async () => {
    const { page, list } = await openDemo();
    const statuses = await list.locator('tbody [part="status"]').allTextContents();
    expect(statuses[0].trim()).to.equal('Overdue');

    const first = list.locator('tbody tr').first();
    const number = (await first.locator('.number').textContent()).trim();
    await list.getByRole('button', { name: `Pay ${number}`, exact: true }).click();

    const dialog = page.locator('cc-pay-dialog');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('heading', { name: 'Choose how to pay' }).waitFor();
    await dialog.getByRole('radio', { name: 'A new card' }).check();
    await dialog.getByLabel('Name on card').fill('Emily Carter');
    await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
    await dialog.getByLabel('Expiry date (MM/YY)').fill('12/30');
    await dialog.getByLabel('Security code (CVC)').fill('123');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const review = dialog.getByRole('heading', { name: 'Review and pay' });
    const rewards = dialog.getByRole('heading', { name: 'Apply a rewards code' });
    await review.or(rewards).waitFor();
    if (await rewards.isVisible()) await dialog.getByRole('button', { name: 'Skip' }).click();
    await review.waitFor();
    // Keyboard, as a person confirming would: focus the Pay button, press Enter.
    await dialog.getByRole('button', { name: /^Pay \D*\d/ }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Payment received' }).waitFor({ timeout: 15_000 });
    expect(await dialog.getByText(/PAY-/).first().textContent()).to.match(/PAY-/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The host saw the event, and the list (refreshed by the payment) shows the invoice paid.
    await page.locator('#events li', { hasText: 'cc-payment-succeeded' }).waitFor();
    await list.getByRole('searchbox').fill(number);
    const row = list.locator('tbody tr', { hasText: number });
    await row.locator('[part="status"]', { hasText: 'Closed' }).waitFor();
    expect(await row.getByRole('button', { name: `Pay ${number}` }).count()).to.equal(0);
    expect(session.problems).to.deep.equal([]);
  });

  it('switches to Arabic: <html lang> and dir change, the page and the widgets read right to left', async () => {
    const { page, list } = await openDemo();
    await page.getByLabel('Language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('ar');
    // The page's own words and the widgets' are both Arabic.
    await page.locator('nav a[href="#invoices"]', { hasText: 'الفواتير' }).waitFor();
    await list.getByRole('button', { name: /^الكل/ }).waitFor();
    expect(await list.evaluate((element) => element.getAttribute('dir'))).to.equal('rtl');
    const [firstColumn, lastColumn] = await Promise.all([
      list.locator('thead th').nth(1).boundingBox(),
      list.locator('thead th').last().boundingBox(),
    ]);
    expect(firstColumn.x).to.be.greaterThan(lastColumn.x);
    const [nav, main] = await Promise.all([page.locator('.sidenav').boundingBox(), page.locator('main').boundingBox()]);
    expect(nav.x).to.be.greaterThan(main.x);
    expect(await axeViolations(page)).to.deep.equal([]);
    // The choice survives a reload.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');
    expect(session.problems).to.deep.equal([]);
  });

  it('signs in as a technical contact: invoices readable, payment unavailable, with the reason', async () => {
    const { page, list } = await openDemo();
    await page.getByLabel('Signed in as').selectOption('technical');
    const notice = list.locator('[part="read-only-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).to.contain('Your role cannot make payments');
    expect(await list.getByRole('button', { name: /^Pay/ }).count()).to.equal(0);
    expect(await list.getByRole('checkbox').count()).to.equal(0);

    // The Payments section's button is there but disabled, with the same reason beside it.
    await page.getByRole('link', { name: 'Payments' }).click();
    await expect(await page.evaluate(() => document.activeElement?.id)).to.equal('payments-title');
    const payOverdue = page.locator('#pay-overdue');
    await payOverdue.locator('[part="note"]').waitFor();
    expect(await payOverdue.locator('[part="button"]').isDisabled()).to.equal(true);
    expect(await axeViolations(page)).to.deep.equal([]);
    expect(session.problems).to.deep.equal([]);
  });

  it('switches organisation and theme: another currency, dark and brand tokens reach the widgets', async () => {
    const { page, list } = await openDemo();
    await page.getByLabel('Organisation').selectOption('jp');
    await list.locator('[part="totals"]', { hasText: 'JPY' }).waitFor();

    await page.getByLabel('Theme').selectOption('dark');
    expect(await list.evaluate((element) => getComputedStyle(element).colorScheme)).to.equal('dark');
    await page.getByLabel('Theme').selectOption('brand');
    expect(
      await list.evaluate((element) => getComputedStyle(element).getPropertyValue('--cc-color-accent').trim()),
    ).to.equal('#6b2c91');
    expect(await axeViolations(page)).to.deep.equal([]);
    expect(session.problems).to.deep.equal([]);
  });

  // Each role once: a section the role may not use says so without asking the API for it (a
  // refused request would be logged by the browser as an error).
  for (const role of ['billing', 'technical', 'executive']) {
    it(`visits every section by keyboard signed in as ${role}, each widget settled, with no error logged`, async () => {
      const { page } = await openDemo();
      if (role !== 'billing') await page.getByLabel('Signed in as').selectOption(role);
      const sections = {
        payments: 'cc-billing-profile',
        profile: 'cc-billing-profile',
        rewards: 'cc-rewards-redeem',
        orders: 'cc-order-tracker',
        contracts: 'cc-contract-list',
        team: 'cc-team-members',
        documents: 'cc-document-list',
        portal: 'cc-customer-center',
      };
      for (const [id, tag] of Object.entries(sections)) {
        await page.locator(`nav a[href="#${id}"]`).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((section) => document.activeElement?.id === `${section}-title`, id);
        const widget = page.locator(`#${id} ${tag}`);
        // Loaded: the widget's shadow root holds more than a loading state.
        await page.waitForFunction(
          (element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'),
          await widget.elementHandle(),
        );
        expect(await page.locator(`#${id}`).isVisible()).to.equal(true);
      }
      expect(await axeViolations(page)).to.deep.equal([]);
      expect(session.problems).to.deep.equal([]);
    });
  }

  it('resets the demo data: a paid invoice is due again after "Reset demo data"', async () => {
    const { page, list } = await openDemo();
    const before = await list.locator('[part="filters"]').textContent();
    // Pay through the API, as another tab would, then reset from the page.
    const overdue = await page.evaluate(async () => {
      const response = await fetch('/api/invoices?status=overdue&limit=1', {
        headers: { authorization: 'Bearer test_us_billing' },
      });
      return (await response.json()).data[0];
    });
    const status = await page.evaluate(async (invoice) => {
      const card = { kind: 'card', number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' };
      const tokenResponse = await fetch('/api/__mock/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(card),
      });
      const { token } = await tokenResponse.json();
      const response = await fetch('/api/payments', {
        method: 'POST',
        headers: {
          authorization: 'Bearer test_us_billing',
          'content-type': 'application/json',
          'idempotency-key': crypto.randomUUID(),
        },
        body: JSON.stringify({
          allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
          method: { type: 'card', source: token },
        }),
      });
      return response.status;
    }, overdue);
    expect(status, 'payment through the API').to.equal(201);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await list.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    expect(await list.locator('[part="filters"]').textContent()).not.to.equal(before);
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.waitForSelector('html[data-ready="true"]');
    await page.locator('#notice', { hasText: 'Demo data restored' }).waitFor();
    await list.locator('table[aria-busy="false"] tbody tr').first().waitFor();
    expect(await list.locator('[part="filters"]').textContent()).to.equal(before);
  });
});
