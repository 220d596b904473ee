import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { CcBillingProfile } from './billing-profile.js';
import {
  activeIn,
  button,
  click,
  dialogOf,
  mount,
  org,
  root,
  section,
  status,
  text,
  useMockApi,
} from './billing-profile.helpers.test.js';

// Editing billing contacts: every field's check, the confirmation before the e-mail that
// receives the invoices changes, what reaches the store, the API's refusals, and the keyboard.

describe('<cc-billing-profile> contacts', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const primaryId = () => org(mock()).contacts.find((contact) => contact.isPrimary)!.id;
  const otherId = () => org(mock()).contacts.find((contact) => !contact.isPrimary)!.id;
  const storeContact = (id: string) => structuredClone(org(mock()).contacts.find((contact) => contact.id === id)!);
  const card = (el: CcBillingProfile, id: string) => root(el).querySelector<HTMLElement>(`[data-contact="${id}"]`)!;
  const form = (el: CcBillingProfile) => root(el).querySelector<HTMLFormElement>('[part~="contact-form"]');
  const field = (el: CcBillingProfile, name: string) =>
    form(el)!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  const errorOf = (el: CcBillingProfile, name: string) => {
    const input = field(el, name);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    return text(ids.map((id) => root(el).getElementById(id)).find((node) => node?.classList.contains('field-error')));
  };

  async function edit(el: CcBillingProfile, contactId: string): Promise<void> {
    await click(card(el, contactId), /^Edit/);
    await waitUntil(() => form(el), 'form open');
  }

  async function type(el: CcBillingProfile, name: string, value: string): Promise<void> {
    const input = field(el, name);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await el.updateComplete;
  }

  async function save(el: CcBillingProfile): Promise<void> {
    await click(form(el)!, 'Save');
    await el.updateComplete;
  }

  it('edits a contact’s name, phone and address; the store has them and the page is told', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    expect(activeIn(el)?.getAttribute('name')).to.equal('name');
    await type(el, 'name', '  Finance Operations ');
    await type(el, 'phone', '+1 (201) 555-0199');
    await type(el, 'line2', '');
    await type(el, 'postalCode', '07087');
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'cc-profile-updated');
    await save(el);
    const { detail } = await updated;
    expect(detail.section).to.equal('contacts');
    expect(detail.changed).to.deep.equal(['name', 'phone', 'address']);
    const saved = storeContact(id);
    expect(saved.name).to.equal('Finance Operations');
    expect(saved.phone).to.equal('+1 (201) 555-0199');
    expect(saved.address.line2).to.equal(null);
    expect(saved.address.postalCode).to.equal('07087');
    await waitUntil(() => !form(el), 'form closed');
    expect(text(card(el, id)))
      .to.contain('Finance Operations')
      .and.contain('+1 (201) 555-0199');
    expect(status(el)).to.contain('Saved the details of Finance Operations.');
    // Focus is back on the contact's Edit button.
    expect(activeIn(el) === button(card(el, id), /^Edit/)).to.equal(true);
  });

  it('checks every field with its own message, focusing the first, and sends nothing', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    const before = storeContact(id);
    await edit(el, id);
    const cases: [string, string, string][] = [
      ['name', '', 'Enter the contact’s name.'],
      ['email', 'not-an-address', 'Enter a valid e-mail address, like name@example.com.'],
      ['phone', '12ab', 'Enter a valid phone number: 6 to 25 digits, spaces and + ( ) . / - only.'],
      ['line1', ' ', 'Enter the street address.'],
      ['line2', 'x'.repeat(201), 'Use at most 200 characters.'],
      ['city', '', 'Enter the city.'],
      ['region', 'r'.repeat(101), 'Use at most 100 characters.'],
      ['postalCode', '', 'Enter the postal code.'],
      ['country', '', 'Choose a country.'],
    ];
    for (const [name, value] of cases) await type(el, name, value);
    await save(el);
    for (const [name, , message] of cases) {
      expect(errorOf(el, name), name).to.equal(message);
      expect(field(el, name).getAttribute('aria-invalid'), name).to.equal('true');
    }
    expect(activeIn(el)?.getAttribute('name')).to.equal('name');
    expect(status(el)).to.contain('9 fields need your attention.');
    await expect(el).to.be.accessible();
    // Typing in a field clears its message.
    await type(el, 'name', 'Ada');
    expect(errorOf(el, 'name')).to.equal('');
    // An empty e-mail has its own message.
    await type(el, 'email', '');
    await save(el);
    expect(errorOf(el, 'email')).to.equal('Enter an e-mail address.');
    expect(storeContact(id)).to.deep.equal(before);
  });

  it('asks to confirm a new e-mail for the primary contact, who receives the invoices', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = primaryId();
    const old = storeContact(id).email;
    await edit(el, id);
    expect(text(form(el))).to.contain('Invoices are e-mailed to this address.');
    await type(el, 'email', 'ap@harborview-logistics.example');
    await save(el);
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    const dialog = dialogOf(el);
    expect(text(dialog)).to.contain(`From now on they will go to ap@harborview-logistics.example instead of ${old}.`);
    // Focus is on the safe choice.
    expect(activeIn(el) === button(dialog, 'Go back')).to.equal(true);
    await expect(el).to.be.accessible();
    // Going back keeps the form and sends nothing.
    await click(dialog, 'Go back');
    await waitUntil(() => !dialog.open, 'closed');
    expect(storeContact(id).email).to.equal(old);
    expect(form(el)).to.not.equal(null);
    expect(activeIn(el) === button(form(el)!, 'Save')).to.equal(true);
    // Confirming saves.
    await save(el);
    await waitUntil(() => dialog.open, 'confirmation open again');
    const updated = oneEvent(el, 'cc-profile-updated');
    await click(dialog, 'Yes, send invoices there');
    expect((await updated).detail.changed).to.deep.equal(['email']);
    expect(storeContact(id).email).to.equal('ap@harborview-logistics.example');
    await waitUntil(() => !form(el), 'form closed');
    expect(status(el)).to.contain('Saved. Invoices will now be e-mailed to ap@harborview-logistics.example.');
    expect(text(section(el, 'contacts'))).to.contain(
      'Invoices are e-mailed to the primary billing contact, ap@harborview-logistics.example.',
    );
  });

  it('changes another contact’s e-mail without the confirmation', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    await type(el, 'email', 'payables@harborview-logistics.example');
    await save(el);
    await waitUntil(() => !form(el), 'saved');
    expect(dialogOf(el).open).to.equal(false);
    expect(storeContact(id).email).to.equal('payables@harborview-logistics.example');
  });

  it('saves nothing when nothing changed, and Cancel keeps the contact as it was', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    const before = storeContact(id);
    await edit(el, id);
    await save(el);
    await waitUntil(() => !form(el));
    expect(status(el)).to.contain('Nothing changed');
    await edit(el, id);
    await type(el, 'name', 'Someone else');
    await click(form(el)!, 'Cancel');
    await waitUntil(() => !form(el));
    expect(storeContact(id)).to.deep.equal(before);
    expect(text(card(el, id))).to.contain(before.name);
    expect(activeIn(el) === button(card(el, id), /^Edit/)).to.equal(true);
  });

  it('shows a server error (5xx) with its reference, keeps what was typed, and saves on retry', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    await type(el, 'name', 'Retry Ltd');
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['updateContact'] });
    await save(el);
    await waitUntil(() => form(el)?.querySelector('[part~="form-error"]'), 'error shown');
    const error = text(form(el)!.querySelector('[part~="form-error"]'));
    expect(error).to.contain('The billing service had a problem. Try again in a moment.');
    expect(error).to.match(/Reference for support: req_/);
    expect(field(el, 'name').value).to.equal('Retry Ltd');
    await expect(el).to.be.accessible();
    mock().faults.clear();
    await save(el);
    await waitUntil(() => !form(el), 'saved on retry');
    expect(storeContact(id).name).to.equal('Retry Ltd');
  });

  it('shows a refusal (400) with the API’s field problems on the fields', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    await type(el, 'phone', '+1 201 555 0100');
    // The API refuses the phone (e.g. a rule the form does not know).
    const refusal = http.patch('*/api/profile/contacts/:id', () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          code: 'invalid_request',
          errors: [{ field: 'phone', code: 'invalid_phone', message: 'Not a phone number we can call' }],
          requestId: 'req_refused',
        },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    mock.use(refusal);
    await save(el);
    await waitUntil(() => errorOf(el, 'phone'), 'field error shown');
    expect(errorOf(el, 'phone')).to.equal('Enter a valid phone number: 6 to 25 digits, spaces and + ( ) . / - only.');
    expect(text(form(el)!.querySelector('[part~="form-error"]'))).to.contain(
      'The billing service did not accept these details. Check the highlighted fields.',
    );
    expect(activeIn(el)?.getAttribute('name')).to.equal('phone');
    await expect(el).to.be.accessible();
  });

  it('says in words when the role lost the right to change the profile meanwhile (403)', async () => {
    const el = await mount({ sections: 'contacts' });
    await edit(el, otherId());
    await type(el, 'name', 'Not Allowed');
    org(mock()).members.find((member) => member.token === 'test_us_billing')!.role = 'executive';
    await save(el);
    await waitUntil(() => form(el)?.querySelector('[part~="form-error"]'), 'error shown');
    expect(text(form(el)!.querySelector('[part~="form-error"]'))).to.contain(
      'Your role does not allow this. Ask a billing contact of your organisation.',
    );
    expect(storeContact(otherId()).name).not.to.equal('Not Allowed');
    await expect(el).to.be.accessible();
  });

  it('saves once on a double click', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    await type(el, 'name', 'Once Only');
    mock().faults.set({ latencyMs: 300, operations: ['updateContact'] });
    let events = 0;
    el.addEventListener('cc-profile-updated', () => (events += 1));
    const saveButton = button(form(el)!, 'Save')!;
    saveButton.click();
    saveButton.click();
    await el.updateComplete;
    expect(text(button(form(el)!, /Saving/))).to.equal('Saving…');
    button(form(el)!, /Saving/)!.click();
    await waitUntil(() => !form(el), 'saved', { timeout: 8000 });
    expect(events).to.equal(1);
    expect(mock().store.version).to.be.greaterThan(0);
  });

  it('edits by keyboard alone: Tab to Edit, type, Enter to save, focus back on Edit', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    button(card(el, primaryId()), /^Edit/)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === button(card(el, id), /^Edit/)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form(el), 'form open');
    expect(activeIn(el)?.getAttribute('name')).to.equal('name');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Keyboard Payables' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !form(el), 'saved', { timeout: 8000 });
    expect(storeContact(id).name).to.equal('Keyboard Payables');
    expect(activeIn(el) === button(card(el, id), /^Edit/)).to.equal(true);
  });

  it('leaves the form with Escape, keeping the contact as it was', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    const before = storeContact(id);
    await edit(el, id);
    await sendKeys({ type: 'Typed but not saved' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !form(el), 'form closed');
    expect(storeContact(id)).to.deep.equal(before);
    expect(activeIn(el) === button(card(el, id), /^Edit/)).to.equal(true);
  });

  it('changes the country from the list, named in the reader’s language', async () => {
    const el = await mount({ sections: 'contacts' });
    const id = otherId();
    await edit(el, id);
    const country = field(el, 'country') as HTMLSelectElement;
    expect(country.value).to.equal('US');
    expect(country.selectedOptions[0]!.textContent).to.equal('United States');
    await type(el, 'country', 'CA');
    await save(el);
    await waitUntil(() => !form(el), 'saved');
    expect(storeContact(id).address.country).to.equal('CA');
    expect(text(card(el, id))).to.contain('Canada');
  });
});
