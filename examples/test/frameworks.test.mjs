import { expect } from 'chai';
import { axeViolations, launchBrowser, openPage, startDemoServer } from './harness.mjs';

// The React and Vue examples (examples/react, examples/vue), built by `npm run build:examples`
// and served by examples/serve.mjs: the widgets render mock data inside each framework's app,
// properties reach them as objects, and their DOM events reach the framework's handlers.
const FRAMEWORKS = [
  { name: 'React', path: '/react/' },
  { name: 'Vue', path: '/vue/' },
];

/** The elements both apps use. */
const USED_TAGS = ['cc-billing-provider', 'cc-invoice-list', 'cc-money', 'cc-pay-button'];

describe('framework examples', () => {
  let server;
  let browser;
  let invoiceCount;

  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    await server.reset();
    const response = await fetch(`${server.base}/api/invoices?limit=1`, {
      headers: { authorization: 'Bearer test_us_billing' },
    });
    expect(response.status).to.equal(200);
    invoiceCount = (await response.json()).totalCount;
    expect(invoiceCount, 'the US organisation has more invoices than one page').to.be.greaterThan(5);
  });

  for (const { name, path } of FRAMEWORKS) {
    describe(`${name} (${path})`, () => {
      let page;
      let problems;
      let close;

      beforeEach(async () => {
        ({ page, problems, close } = await openPage(browser));
      });
      afterEach(() => close());

      /** Loads the page; `import '@customer-center/widgets'` must have defined the elements it uses. */
      async function openExample() {
        await page.goto(`${server.base}${path}`);
        const undefinedTags = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), USED_TAGS);
        expect(undefinedTags, 'elements not defined by the widgets import').to.deep.equal([]);
      }

      it('renders the invoice list from the mock API and puts cc-invoices-loaded into app state', async () => {
        await openExample();
        await page.getByRole('heading', { level: 1, name: `Customer Center in ${name}` }).waitFor();

        // The list's invoice number buttons live in its shadow root; locators pierce it.
        const numbers = page.locator('cc-invoice-list').getByRole('button', { name: /^INV-\d{4}-\d{6}$/ });
        await numbers.first().waitFor();
        expect(await numbers.count(), 'one page of page-size="5"').to.equal(5);

        // The framework's handler received the event's detail and rendered it.
        await page
          .locator('#loaded-note')
          .getByText(`${name} got cc-invoices-loaded: a page of 5 invoices (${invoiceCount} in all).`)
          .waitFor();

        expect(problems).to.deep.equal([]);
        expect(await axeViolations(page)).to.deep.equal([]);
      });

      it('hands a selected invoice to the app, which passes it on to a pay button as an array property', async () => {
        await openExample();
        const list = page.locator('cc-invoice-list');
        // Overdue invoices are listed first, so the first row can be paid.
        const first = list.getByRole('button', { name: /^INV-/ }).first();
        await first.waitFor();
        const number = (await first.textContent()).trim();

        // A person opens the invoice with the keyboard.
        await first.focus();
        await page.keyboard.press('Enter');

        const selectedNote = page.locator('#selected-note');
        await selectedNote.getByText(`${name} got cc-invoice-select: ${number}, balance due`).waitFor();
        // The handler's preventDefault() replaced the list's built-in detail dialog.
        expect(await list.locator('cc-invoice-detail').count()).to.equal(0);
        // A number property (amountMinor) reached <cc-money>, which formats it.
        expect(await selectedNote.locator('cc-money [part~="base"]').textContent()).to.match(/\$\s?[\d,]+\.\d{2}/);

        // The invoice object from the event detail reached the pay button as a property.
        const payButton = page.locator('cc-pay-button');
        const received = await payButton.evaluate((element) => ({
          isArray: Array.isArray(element.invoiceObjects),
          numbers: element.invoiceObjects?.map((invoice) => invoice.number),
          ids: element.invoiceObjects?.map((invoice) => invoice.id),
          invoiceIds: element.invoiceIds,
          attribute: element.getAttribute('invoiceobjects'),
        }));
        expect(received.isArray).to.equal(true);
        expect(received.numbers).to.deep.equal([number]);
        expect(received.ids[0]).to.match(/^in_/);
        expect(received.invoiceIds, 'the ids the button will pay').to.deep.equal(received.ids);
        expect(received.attribute, 'set as a property, not stringified into an attribute').to.equal(null);

        expect(problems).to.deep.equal([]);
        expect(await axeViolations(page)).to.deep.equal([]);
      });

      it('puts cc-payment-cancel from the pay dialog into app state', async () => {
        await openExample();
        const first = page.locator('cc-invoice-list').getByRole('button', { name: /^INV-/ }).first();
        await first.waitFor();
        const number = (await first.textContent()).trim();
        await first.click();

        // The pay button's text comes from the app; pressing it opens the widgets' payment flow.
        const payButton = page.locator('cc-pay-button').getByRole('button', { name: `Pay ${number}` });
        await payButton.click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByText(number).first().waitFor();

        // A person closes it with Escape before paying.
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        const invoiceId = await page.locator('cc-pay-button').evaluate((element) => element.invoiceIds[0]);
        await page.locator('#payment-note').getByText(`${name} got cc-payment-cancel for ${invoiceId}.`).waitFor();

        expect(problems).to.deep.equal([]);
      });
    });
  }
});
