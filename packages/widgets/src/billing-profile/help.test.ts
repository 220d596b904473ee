import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CcPayButton } from '../pay-button/pay-button.js';
import {
  button,
  cardTokenizer,
  click,
  dialogOf,
  mount,
  org,
  payDialogOf,
  root,
  section,
  text,
  useMockApi,
} from './billing-profile.helpers.test.js';

// The help hook beyond the load error: "Get help" and the host's `help` slot beside a failed
// action (in a section, the contact form and the dialog), and passed on to the payment flow.

describe('<cc-billing-profile> help', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const slotted = (scope: ParentNode | null | undefined): string[] =>
    [...(scope?.querySelectorAll<HTMLSlotElement>('slot[name="help"]') ?? [])].flatMap((slot) =>
      slot.assignedElements({ flatten: true }).map(text),
    );
  const failedDue = () => org(mock()).paymentsDue.find((due) => due.kind === 'failed_charge')!;

  it('offers "Get help" beside a failed action, with the error and its reference for support', async () => {
    const el = await mount({ sections: 'methods', help: true });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['setDefaultPaymentMethod'] });
    await click(section(el, 'methods')!, /^Make default/);
    await waitUntil(() => section(el, 'methods')!.querySelector('[part~="section-error"]'), 'error shown', {
      timeout: 8000,
    });
    const alert = section(el, 'methods')!.querySelector('[part~="section-error"]')!;
    const requestId = /Reference for support: (req_\w+)/.exec(text(alert))![1];
    const helpButton = alert.querySelector<HTMLButtonElement>('[part~="help-button"]')!;
    expect(text(helpButton)).to.equal('Get help');
    const help = oneEvent(el, 'cc-help-request');
    helpButton.click();
    const { detail, bubbles, composed } = await help;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(detail).to.deep.equal({
      topic: 'profile',
      message: 'The billing service had a problem. Try again in a moment.',
      requestId,
    });
    await expect(el).to.be.accessible();
  });

  it('has no "Get help" button without the help attribute, but still shows the host’s help content', async () => {
    const el = await mount({ sections: 'plans', helpSlot: 'Billing support' });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['downloadBillingSchedule'] });
    section(el, 'plans')!.querySelector<HTMLButtonElement>('[data-format="csv"]')!.click();
    await waitUntil(() => section(el, 'plans')!.querySelector('[part~="section-error"]'), 'error shown', {
      timeout: 8000,
    });
    const alert = section(el, 'plans')!.querySelector('[part~="section-error"]')!;
    expect(alert.querySelector('[part~="help-button"]')).to.equal(null);
    expect(slotted(alert)).to.deep.equal(['Billing support']);
  });

  it('shows the host’s help content and "Get help" beside a contact that could not be saved', async () => {
    const el = await mount({ sections: 'contacts', help: true, helpSlot: 'Billing support' });
    const contact = org(mock()).contacts.find((candidate) => !candidate.isPrimary)!;
    await click(root(el).querySelector(`[data-contact="${contact.id}"]`)!, /^Edit/);
    const form = () => root(el).querySelector('[part~="contact-form"]');
    await waitUntil(form, 'form open');
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['updateContact'] });
    const name = form()!.querySelector<HTMLInputElement>('[name="name"]')!;
    name.value = 'Help Needed Ltd';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await click(form()!, 'Save');
    await waitUntil(() => form()?.querySelector('[part~="form-error"]'), 'error shown', { timeout: 8000 });
    const alert = form()!.querySelector('[part~="form-error"]')!;
    expect(slotted(alert)).to.deep.equal(['Billing support']);
    const help = oneEvent(el, 'cc-help-request');
    alert.querySelector<HTMLButtonElement>('[part~="help-button"]')!.click();
    const { detail } = await help;
    expect(detail.topic).to.equal('profile');
    expect(detail.message).to.equal('The billing service had a problem. Try again in a moment.');
    expect(detail.requestId).to.match(/^req_/);
    await expect(el).to.be.accessible();
  });

  it('shows the help in the dialog while it is open, not in the alerts it covers', async () => {
    const el = await mount({
      sections: 'methods',
      help: true,
      helpSlot: 'Billing support',
      tokenizer: cardTokenizer(),
    });
    // A failure in the section first, then a failure in the dialog.
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['setDefaultPaymentMethod', 'addPaymentMethod'] });
    await click(section(el, 'methods')!, /^Make default/);
    await waitUntil(() => section(el, 'methods')!.querySelector('[part~="section-error"]'), 'section error', {
      timeout: 8000,
    });
    expect(slotted(section(el, 'methods'))).to.deep.equal(['Billing support']);
    await click(section(el, 'methods')!, 'Add a card');
    await waitUntil(() => dialogOf(el).open, 'dialog open');
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => dialogOf(el).querySelector('[part~="dialog-error"]'), 'dialog error', { timeout: 8000 });
    const alert = dialogOf(el).querySelector('[part~="dialog-error"]')!;
    expect(slotted(alert)).to.deep.equal(['Billing support']);
    expect(section(el, 'methods')!.querySelector('slot[name="help"]')).to.equal(null);
    const help = oneEvent(el, 'cc-help-request');
    alert.querySelector<HTMLButtonElement>('[part~="help-button"]')!.click();
    expect((await help).detail).to.include({ topic: 'profile' });
    await expect(el).to.be.accessible();
    // Closed, the section's alert has its help back.
    await click(dialogOf(el), 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'dialog closed');
    await waitUntil(() => slotted(section(el, 'methods')).includes('Billing support'), 'help back in the section');
    expect(dialogOf(el).querySelector('slot[name="help"]')).to.equal(null);
  });

  it('offers "Get help" when a removal failed', async () => {
    const el = await mount({ sections: 'methods', help: true });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['removePaymentMethod'] });
    const bank = [...section(el, 'methods')!.querySelectorAll('[part~="method"]')].find((item) =>
      text(item).startsWith('Bank account'),
    )!;
    await click(bank, /^Remove/);
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    await click(dialogOf(el), 'Remove');
    await waitUntil(() => dialogOf(el).querySelector('[part~="dialog-error"]'), 'dialog error', { timeout: 8000 });
    const help = oneEvent(el, 'cc-help-request');
    dialogOf(el).querySelector<HTMLButtonElement>('[part~="help-button"]')!.click();
    const { detail } = await help;
    expect(detail.topic).to.equal('profile');
    expect(detail.message).to.equal('The billing service had a problem. Try again in a moment.');
  });

  it('passes the help attribute and the host’s help content on to the payment flow of a payment due', async () => {
    const el = await mount({ sections: 'due', help: true, helpSlot: 'Billing support' });
    const payButton = root(el).querySelector<CcPayButton>(`cc-pay-button[data-due="${failedDue().id}"]`)!;
    expect(payButton.help).to.equal(true);
    payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog open', { timeout: 8000 });
    expect(payDialogOf(payButton).help).to.equal(true);
    // Through the Pay button into the dialog: the host's content reaches the dialog's help slot.
    const forwarded = payDialogOf(payButton).querySelector<HTMLSlotElement>('slot[name="help"]')!;
    expect(forwarded.assignedElements({ flatten: true }).map(text)).to.deep.equal(['Billing support']);
    payDialogOf(payButton).close();
  });

  it('keeps the help content beside a failure rather than in a closed payment flow', async () => {
    const el = await mount({ sections: 'due plans', help: true, helpSlot: 'Billing support' });
    const payButton = root(el).querySelector<CcPayButton>(`cc-pay-button[data-due="${failedDue().id}"]`)!;
    payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog open', { timeout: 8000 });
    payDialogOf(payButton).close();
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['downloadBillingSchedule'] });
    section(el, 'plans')!.querySelector<HTMLButtonElement>('[data-format="pdf"]')!.click();
    await waitUntil(() => section(el, 'plans')!.querySelector('[part~="section-error"]'), 'error shown', {
      timeout: 8000,
    });
    expect(slotted(section(el, 'plans'))).to.deep.equal(['Billing support']);
    expect(payButton.querySelector('slot[name="help"]')).to.equal(null);
    expect(button(root(el), 'Get help')).to.not.equal(undefined);
  });
});
