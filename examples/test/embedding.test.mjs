// The two embedding examples in headless Chromium, served by the real `npm start` server:
// examples/no-build/ (one script tag, widgets configured by attributes alone) and examples/csp/
// (every element under a strict Content-Security-Policy with Trusted Types required). Each page
// must show the mock API's data in every widget with no console error, failed request or
// CSP/Trusted Types violation (the harness records them all in `problems`).
import { expect } from 'chai';
import { axeViolations, launchBrowser, openPage, startDemoServer } from './harness.mjs';

/** Waits until `text` shows inside `scope` (locators pierce open shadow roots). */
const shows = (scope, text) => scope.getByText(text).first().waitFor({ timeout: 15_000 });

/** The directives of a Content-Security-Policy header: name → its sources. */
function directivesOf(header) {
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe('embedding examples', function () {
  let server;
  let browser;
  /** The page of the running test; closed after it. */
  let opened;

  before(async function () {
    server = await startDemoServer();
    browser = await launchBrowser();
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async function () {
    await server.reset();
    opened = await openPage(browser);
  });

  afterEach(async function () {
    await opened?.close();
  });

  /** An invoice as the mock API has it (read as the page's own billing contact). */
  async function apiInvoice(id) {
    const response = await fetch(`${server.base}/api/invoices/${id}`, {
      headers: { authorization: 'Bearer test_us_billing' },
    });
    expect(response.status, `GET /api/invoices/${id}`).to.equal(200);
    return response.json();
  }

  describe('no build step (examples/no-build/)', function () {
    it('loads the bundle with one module script, and runs no page script', async function () {
      const html = (await (await fetch(`${server.base}/no-build/`)).text()).replace(/<!--[\s\S]*?-->/g, '');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts).to.deep.equal(['<script type="module" src="/dist/customer-center.js">']);
      expect(html).not.to.match(/<script\b[^>]*>[^<\s]/, 'no inline script');
      expect(html).not.to.match(/\son[a-z]+=/, 'no inline event handlers');
    });

    it('shows the mock data in every widget, with no problem and no axe violation', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/no-build/`);

      const list = page.locator('cc-invoice-list');
      await shows(list, 'INV-2026-000004');
      expect(await list.getByText(/^INV-\d{4}-\d{6}$/).count()).to.be.greaterThan(5);

      // The button's label is the element's text; its ids come from the `invoices` attribute.
      await page
        .locator('cc-pay-button[invoices]')
        .getByRole('button', { name: 'Pay INV-2026-000004 and INV-2026-000005' })
        .waitFor();
      expect(await page.locator('cc-pay-button[invoices]').evaluate((button) => button.invoiceIds)).to.deep.equal([
        'in_13f6bd',
        'in_71d5ee',
      ]);

      const rewards = page.locator('cc-rewards-redeem');
      await shows(rewards, 'Rewards balance');
      await shows(rewards, '$800.00');
      await rewards.getByRole('button', { name: 'Check the code' }).waitFor();

      const profile = page.locator('cc-billing-profile');
      await shows(profile, 'Emily Carter');
      await shows(profile, 'Visa •••• 4242');
      await shows(profile, 'Billing contacts');

      expect(await axeViolations(page)).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    });

    it('pays the invoices its pay button names by attribute', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/no-build/`);
      const [first, second] = await Promise.all([apiInvoice('in_13f6bd'), apiInvoice('in_71d5ee')]);
      // The seeded ids in the page are real, unpaid invoices.
      expect([first.status, second.status]).to.deep.equal(['overdue', 'overdue']);

      await page.locator('cc-pay-button[invoices] [part="button"]').click();
      const dialog = page.locator('cc-pay-button[invoices] cc-pay-dialog dialog');
      await dialog.locator('#heading', { hasText: 'Pay invoices' }).waitFor();
      await shows(dialog, first.number);
      await shows(dialog, second.number);
      await dialog.locator('input.amount').nth(1).waitFor();
      expect(
        await dialog.locator('input.amount').evaluateAll((inputs) => inputs.map((input) => input.value)),
      ).to.deep.equal([first, second].map((invoice) => (invoice.balanceDue.amountMinor / 100).toFixed(2)));
      expect(await axeViolations(page)).to.deep.equal([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(problems).to.deep.equal([]);
    });
  });

  describe('strict CSP and Trusted Types (examples/csp/)', function () {
    it('is served with a strict Content-Security-Policy that requires Trusted Types', async function () {
      for (const path of ['/csp/', '/csp/csp.js', '/csp/csp.css']) {
        const response = await fetch(`${server.base}${path}`);
        expect(response.status, path).to.equal(200);
        const header = response.headers.get('content-security-policy');
        expect(header, `${path} carries the policy`).to.be.a('string');
        expect(header).not.to.match(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|nonce-|sha\d+-/);

        const directives = directivesOf(header);
        expect(directives.get('default-src')).to.deep.equal(["'none'"]);
        expect(directives.get('script-src')).to.deep.equal(["'self'"]);
        expect(directives.get('style-src')).to.deep.equal(["'self'"]);
        expect(directives.get('connect-src')).to.deep.equal(["'self'"]);
        expect(directives.get('base-uri')).to.deep.equal(["'none'"]);
        expect(directives.get('require-trusted-types-for')).to.deep.equal(["'script'"]);
        // lit-html's policy only: no other policy, and no 'allow-duplicates'.
        expect(directives.get('trusted-types')).to.deep.equal(['lit-html']);
        for (const fallback of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr'])
          expect(directives.has(fallback), `no ${fallback} loosening script-src or style-src`).to.equal(false);
      }

      // The page itself keeps to it: every script and stylesheet is a file of this origin.
      const html = (await (await fetch(`${server.base}/csp/`)).text()).replace(/<!--[\s\S]*?-->/g, '');
      expect(html).not.to.match(/<style\b/);
      expect(html).not.to.match(/\sstyle=/);
      expect(html).not.to.match(/\son[a-z]+=/);
      for (const script of html.match(/<script\b[^>]*>/g) ?? [])
        expect(script).to.match(/^<script type="module" src="(\/|[a-z])[^":]*">$/);
    });

    it('is enforced by the browser, and a violation would be caught as a problem', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);
      await shows(page.locator('cc-invoice-list'), 'INV-2026-000004');
      expect(problems).to.deep.equal([]);

      const outcome = await page.evaluate(async () => {
        const result = {};
        try {
          document.createElement('div').innerHTML = '<b>not trusted</b>';
          result.innerHTML = 'allowed';
        } catch (error) {
          result.innerHTML = error.name;
        }
        try {
          window.trustedTypes.createPolicy('another', { createHTML: (text) => text });
          result.policy = 'allowed';
        } catch (error) {
          result.policy = error.name;
        }
        const marked = document.createElement('p');
        marked.setAttribute('style', 'outline: 3px solid red');
        document.body.append(marked);
        await new Promise((resolve) => setTimeout(resolve, 50));
        result.styleAttribute = getComputedStyle(marked).outlineStyle;
        marked.remove();
        return result;
      });
      expect(outcome).to.deep.equal({ innerHTML: 'TypeError', policy: 'TypeError', styleAttribute: 'none' });
      // The violation events reach the harness's listener asynchronously.
      const violations = () => problems.filter((problem) => problem.startsWith('console: CSP violation:'));
      for (let waited = 0; violations().length < 3 && waited < 5000; waited += 50) await page.waitForTimeout(50);
      expect(violations().map((problem) => problem.split(' ')[3])).to.have.members([
        'require-trusted-types-for',
        'trusted-types',
        'style-src-attr',
      ]);
    });

    it('shows the mock data in every widget with no CSP or Trusted Types violation', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);

      const section = (heading) => page.locator(`section:has(#${heading}-heading)`);
      await shows(section('invoices').locator('cc-invoice-list'), 'INV-2026-000004');
      const detail = section('detail').locator('cc-invoice-detail');
      await shows(detail, 'Invoice INV-2026-000004');
      await shows(detail, 'Invoice lines');
      await shows(detail, 'Harborview Logistics, Inc.');
      await section('pay').getByRole('button', { name: 'Pay INV-2026-000005' }).waitFor();
      await shows(section('rewards').locator('cc-rewards-redeem'), 'Rewards balance');
      await shows(section('rewards').locator('cc-rewards-redeem'), '$800.00');
      await shows(section('profile').locator('cc-billing-profile'), 'Emily Carter');
      await shows(section('profile').locator('cc-billing-profile'), 'Visa •••• 4242');
      await shows(section('orders').locator('cc-order-tracker'), /^SO-\d{4}-\d{5}$/);
      await shows(section('contracts').locator('cc-contract-list'), /^CTR-\d{4}-\d{4}$/);
      await shows(section('team').locator('cc-team-members'), 'Marcus Johnson');
      await shows(section('documents').locator('cc-document-list'), /^Invoice INV-\d{4}-\d{6}$/);
      const portal = page.locator('cc-customer-center');
      await shows(portal.locator('cc-invoice-list'), 'INV-2026-000004');
      expect(await page.locator('cc-money [part="base"]').allTextContents()).to.deep.equal([
        '$1,234.56',
        '￥1,500',
        '\u200f1,234.567\u00a0د.ك.\u200f',
      ]);

      // Every section of the portal loads its element, each fetched on demand.
      const sections = await portal.getByRole('navigation').getByRole('button').allTextContents();
      expect(sections.map((text) => text.trim())).to.deep.equal([
        'Invoices',
        'Payments',
        'Billing profile',
        'Rewards',
        'Contracts',
        'Documents',
        'Team',
      ]);
      const expected = {
        Payments: ['cc-billing-profile', 'Payment methods'],
        'Billing profile': ['cc-billing-profile', 'Billing contacts'],
        Rewards: ['cc-rewards-redeem', 'Rewards balance'],
        Contracts: ['cc-contract-list', /^CTR-\d{4}-\d{4}$/],
        Documents: ['cc-document-list', /^Invoice INV-\d{4}-\d{6}$/],
        Team: ['cc-team-members', 'Marcus Johnson'],
      };
      for (const [name, [tag, text]] of Object.entries(expected)) {
        await portal.getByRole('navigation').getByRole('button', { name, exact: true }).click();
        await shows(portal.locator(tag), text);
      }

      expect(problems).to.deep.equal([]);
    });

    it('opens an invoice of the list in the detail dialog', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);
      const list = page.locator('section:has(#invoices-heading) cc-invoice-list');
      await list.getByRole('button', { name: 'INV-2026-000004', exact: true }).click();
      const dialog = list.locator('cc-invoice-detail').getByRole('dialog');
      await dialog.waitFor();
      await shows(dialog, 'Invoice lines');
      await shows(dialog, 'Invoice INV-2026-000004');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(problems).to.deep.equal([]);
    });

    it('opens the pay dialog, shows the card form, and pays with a saved card', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);
      const before = await apiInvoice('in_71d5ee');
      expect(before.balanceDue.amountMinor).to.be.greaterThan(0);
      await page.evaluate(() => {
        window.paymentReferences = [];
        document.addEventListener('cc-payment-succeeded', (event) =>
          window.paymentReferences.push(event.detail.payment.reference),
        );
      });

      await page.locator('section:has(#pay-heading) cc-pay-button [part="button"]').click();
      const dialog = page.locator('section:has(#pay-heading) cc-pay-dialog dialog');
      const heading = dialog.locator('#heading');
      await heading.filter({ hasText: 'Pay invoices' }).waitFor();
      await shows(dialog, before.number);
      expect(await dialog.locator('input.amount').inputValue()).to.equal(
        (before.balanceDue.amountMinor / 100).toFixed(2),
      );

      // Offline instructions and back.
      await dialog.getByRole('button', { name: 'Pay offline instead' }).click();
      await dialog.locator('[part="remittance"]').waitFor();
      await dialog.getByRole('button', { name: 'Back' }).click();

      await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
      await heading.filter({ hasText: 'Choose how to pay' }).waitFor();
      // The library's card form (csp.js) renders, styled, under the policy.
      await dialog.locator('label.method', { hasText: 'A new card' }).click();
      const cardForm = dialog.locator('.cc-card-form');
      await cardForm.getByLabel('Card number').waitFor();
      expect(await cardForm.evaluate((form) => getComputedStyle(form).display)).to.equal('grid');

      await dialog.locator('label.method', { hasText: /^\s*Visa •••• 4242/ }).click();
      await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
      await heading.filter({ hasText: /Review and pay|Apply a rewards code/ }).waitFor();
      if ((await heading.textContent()).includes('rewards')) await dialog.getByRole('button', { name: 'Skip' }).click();
      await heading.filter({ hasText: 'Review and pay' }).waitFor();
      await dialog.getByRole('button', { name: 'Pay $24,006.94' }).click();
      await heading.filter({ hasText: 'Payment received' }).waitFor();

      const receipt = await dialog.locator('[part="receipt"]').textContent();
      const [reference] = await page.evaluate(() => window.paymentReferences);
      expect(reference).to.match(/^PAY-/);
      expect(receipt).to.contain(reference).and.to.contain('Visa •••• 4242');
      expect((await apiInvoice('in_71d5ee')).balanceDue.amountMinor).to.equal(0);

      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(problems).to.deep.equal([]);
    });

    it('pays with a new card through the card form and the mock tokenizer', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);
      await page.locator('section:has(#pay-heading) cc-pay-button [part="button"]').click();
      const dialog = page.locator('section:has(#pay-heading) cc-pay-dialog dialog');
      const heading = dialog.locator('#heading');
      await heading.filter({ hasText: 'Pay invoices' }).waitFor();
      await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
      await dialog.locator('label.method', { hasText: 'A new card' }).click();
      const expiryYear = String((new Date().getFullYear() + 3) % 100).padStart(2, '0');
      await dialog.getByLabel('Name on card').fill('Ada Lovelace');
      await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
      await dialog.getByLabel('Expiry date (MM/YY)').fill(`12/${expiryYear}`);
      await dialog.getByLabel('Security code (CVC)').fill('123');
      await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
      await heading.filter({ hasText: /Review and pay|Apply a rewards code/ }).waitFor();
      if ((await heading.textContent()).includes('rewards')) await dialog.getByRole('button', { name: 'Skip' }).click();
      await dialog.getByRole('button', { name: 'Pay $24,006.94' }).click();
      await heading.filter({ hasText: 'Payment received' }).waitFor();
      expect(await dialog.locator('[part="receipt"]').textContent()).to.contain('4242');
      expect((await apiInvoice('in_71d5ee')).balanceDue.amountMinor).to.equal(0);
      expect(problems).to.deep.equal([]);
    });

    it('keeps to the policy through the other widgets’ dialogs and actions', async function () {
      const { page, problems } = opened;
      await page.goto(`${server.base}/csp/`);

      const rewards = page.locator('section:has(#rewards-heading) cc-rewards-redeem');
      await rewards.getByRole('textbox', { name: 'Rewards code' }).fill('SRVA-LID0-0000-0001');
      await rewards.getByRole('button', { name: 'Check the code' }).click();
      await rewards.getByRole('button', { name: 'Apply the code' }).click();
      await shows(rewards.locator('[part="confirmation"]'), /^Code applied to invoice INV-/);

      const profile = page.locator('section:has(#profile-heading) cc-billing-profile');
      await profile.getByRole('button', { name: 'Add a card' }).click();
      const addCard = profile.getByRole('dialog');
      await addCard.getByLabel('Card number').waitFor();
      expect(await addCard.locator('.cc-card-form').evaluate((form) => getComputedStyle(form).display)).to.equal(
        'grid',
      );
      await page.keyboard.press('Escape');
      await addCard.waitFor({ state: 'hidden' });

      const contracts = page.locator('section:has(#contracts-heading) cc-contract-list');
      await contracts.locator('[part="disclosure"]').first().click();
      await contracts.locator('[part="detail"]').first().waitFor();

      const orders = page.locator('section:has(#orders-heading) cc-order-tracker');
      await orders
        .getByRole('button', { name: /^SO-\d{4}-\d{5}$/ })
        .first()
        .click();
      await orders.locator('[part="back-button"]').waitFor();

      const team = page.locator('section:has(#team-heading) cc-team-members');
      await team
        .getByRole('button', { name: /^Change role/ })
        .first()
        .click();
      await team.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await team.getByRole('dialog').waitFor({ state: 'hidden' });

      const documents = page.locator('section:has(#documents-heading) cc-document-list');
      const download = page.waitForEvent('download');
      await documents
        .getByRole('button', { name: /^Download/ })
        .first()
        .click();
      expect((await download).suggestedFilename()).to.match(/\.pdf$/);

      const list = page.locator('section:has(#invoices-heading) cc-invoice-list');
      await list.getByRole('button', { name: 'E-mail this list' }).click();
      const email = list.locator('cc-invoice-email-dialog').getByRole('dialog');
      await email.waitFor();
      await page.keyboard.press('Escape');
      await email.waitFor({ state: 'hidden' });

      expect(problems).to.deep.equal([]);
    });
  });
});
