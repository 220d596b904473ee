import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CcBillingProfile } from './billing-profile.js';
import {
  activeIn,
  button,
  cardTokenizer,
  dialogOf,
  mount,
  org,
  root,
  section,
  status,
  text,
  useMockApi,
} from './billing-profile.helpers.test.js';

// Keyboard alone, from a section's heading on: making a method the default, the guided
// replacement of an expired card, the confirmation of a new invoice address, the billing
// schedule downloads, and another payment method for a failed automatic payment.

describe('<cc-billing-profile> by keyboard', function () {
  this.timeout(30_000);
  const mock = useMockApi();

  const methods = () => structuredClone(org(mock()).paymentMethods);

  /** Presses Tab until the focused element of the profile is the one wanted. */
  async function tabTo(el: CcBillingProfile, wanted: (active: Element) => boolean, what: string): Promise<void> {
    for (let presses = 0; presses < 40; presses += 1) {
      const active = activeIn(el);
      if (active && wanted(active)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Tab never reached ${what} (focus on ${activeIn(el)?.outerHTML.slice(0, 80) ?? 'nothing'})`);
  }
  const words = (label: string | RegExp) => (active: Element) =>
    typeof label === 'string' ? text(active) === label : label.test(text(active));

  /** Starts where a person arriving at the section would: its heading. */
  function startAt(el: CcBillingProfile, name: string): void {
    root(el).getElementById(`${name}-heading`)!.focus();
  }

  it('makes a method the default with Enter; focus stays on the method', async () => {
    const el = await mount({ sections: 'methods' });
    const bank = methods().find((method) => method.type === 'direct_debit')!;
    startAt(el, 'methods');
    await tabTo(el, words(/^Make default Bank account/), 'Make default');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => methods().find((method) => method.isDefault)!.id === bank.id, 'default saved', {
      timeout: 8000,
    });
    await waitUntil(() => activeIn(el)?.getAttribute('data-method') === bank.id, 'focus on the method', {
      timeout: 8000,
    });
    expect(status(el)).to.contain('Bank account •••• 6789 is now the default payment method.');
  });

  it('replaces an expired card in the guided step, keyboard alone', async () => {
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('4242424242424242') });
    const expired = methods().find((method) => method.isExpired)!;
    startAt(el, 'methods');
    await tabTo(el, words('Replace the expired card'), 'the banner’s button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'dialog open');
    expect(activeIn(el)?.id).to.equal('dialog-heading');
    await tabTo(el, words('Save and replace'), 'Save and replace');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'saved', { timeout: 8000 });
    const after = methods();
    expect(after.some((method) => method.id === expired.id)).to.equal(false);
    const added = after.find((method) => method.last4 === '4242' && method.id !== expired.id && !method.isDefault)!;
    await waitUntil(() => activeIn(el)?.getAttribute('data-method') === added.id, 'focus on the new card', {
      timeout: 8000,
    });
  });

  it('confirms a new invoice address by keyboard; Escape goes back to the form', async () => {
    const el = await mount({ sections: 'contacts' });
    const primary = org(mock()).contacts.find((contact) => contact.isPrimary)!;
    const old = primary.email;
    startAt(el, 'contacts');
    await tabTo(el, words(new RegExp(`^Edit ${primary.name}`)), 'Edit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeIn(el)?.getAttribute('name') === 'name', 'form open, on the name');
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)?.getAttribute('name')).to.equal('email');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'ap@harborview-logistics.example' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    expect(activeIn(el) === button(dialogOf(el), 'Go back')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
    const form = root(el).querySelector('[part~="contact-form"]')!;
    expect(form.contains(activeIn(el))).to.equal(true);
    expect(org(mock()).contacts.find((contact) => contact.id === primary.id)!.email).to.equal(old);
    await tabTo(el, words('Save'), 'Save');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'confirmation open again');
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === button(dialogOf(el), 'Yes, send invoices there')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('[part~="contact-form"]'), 'saved', { timeout: 8000 });
    expect(org(mock()).contacts.find((contact) => contact.id === primary.id)!.email).to.equal(
      'ap@harborview-logistics.example',
    );
    expect(text(activeIn(el))).to.match(new RegExp(`^Edit ${primary.name}`));
  });

  it('downloads a billing schedule as CSV with Enter and as PDF with Space', async () => {
    const el = await mount({ sections: 'plans' });
    const saved: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      startAt(el, 'plans');
      await tabTo(el, (active) => active.getAttribute('data-format') === 'csv', 'Download CSV');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => saved.length === 1, 'CSV saved', { timeout: 8000 });
      await sendKeys({ press: 'Tab' });
      expect(activeIn(el)?.getAttribute('data-format')).to.equal('pdf');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => saved.length === 2, 'PDF saved', { timeout: 8000 });
      expect(saved.map((name) => name.split('.').pop())).to.deep.equal(['csv', 'pdf']);
      // Focus stayed on the button pressed.
      expect(activeIn(el)?.getAttribute('data-format')).to.equal('pdf');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it('offers another payment method for a failed payment by keyboard; Escape comes back to it', async () => {
    const el = await mount({ sections: 'due methods', tokenizer: cardTokenizer('5555555555554444') });
    startAt(el, 'due');
    await tabTo(el, words(/^Use another payment method/), 'Use another payment method');
    const other = activeIn(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'dialog open');
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Replace Mastercard •••• 5454');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
    expect(activeIn(el) === other).to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialogOf(el).open, 'open again');
    await tabTo(el, words('Save and replace'), 'Save and replace');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'saved', { timeout: 8000 });
    expect(methods().some((method) => method.last4 === '4444')).to.equal(true);
    expect(methods().some((method) => method.isExpired)).to.equal(false);
    await waitUntil(
      () => activeIn(el) === button(section(el, 'due')!, /^Use another payment method/),
      'focus back on the button',
      { timeout: 8000 },
    );
  });
});
