import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/invoice-list/define.js';
import '../src/pay-button/define.js';
import type { CcInvoiceList } from '../src/invoice-list/invoice-list.js';
import type { CcPayButton } from '../src/pay-button/pay-button.js';
import { deepActiveElement } from '../src/base/focus.js';
import { setLocale } from '../src/i18n/runtime.js';
import { clientFor, localeSettled, org, text, useMockApi } from './support.js';

// A person who switches the page's language with a dialog open (a host's language menu
// stays reachable in a non-modal layout, or the switch comes from the host's own code)
// keeps their place: focus stays where it was, the dialog re-renders in the new language,
// and closing it returns focus to the control that opened it.

const part = (root: Element, name: string) => root.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

describe('a live language switch with a dialog open', function () {
  this.timeout(15_000);
  const mock = useMockApi();

  it('keeps focus in the list’s e-mail dialog and returns it to the opener', async () => {
    const list = await fixture<CcInvoiceList>(html`<cc-invoice-list .client=${clientFor()}></cc-invoice-list>`);
    await waitUntil(() => part(list, 'email-button'), 'list loaded', { timeout: 4000 });
    part(list, 'email-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = () => list.shadowRoot!.querySelector('cc-invoice-email-dialog');
    await waitUntil(() => dialog()?.open, 'e-mail dialog open', { timeout: 4000 });
    const field = dialog()!.shadowRoot!.querySelector('#recipients');
    expect(deepActiveElement() === field, 'focus starts in the recipients field').to.equal(true);

    await setLocale('ar');
    await localeSettled();
    expect(text(part(dialog()!, 'heading'))).to.equal('إرسال قائمة الفواتير هذه بالبريد الإلكتروني');
    expect(deepActiveElement() === field, 'focus stays in the field').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()!.open, 'closed');
    expect(deepActiveElement() === part(list, 'email-button'), 'focus returns to the opener').to.equal(true);
  });

  it('keeps focus in the payment dialog and returns it to the Pay button', async () => {
    const invoice = org(mock()).invoices.find((candidate) => candidate.status !== 'closed')!;
    const button = await fixture<CcPayButton>(
      html`<cc-pay-button invoice=${invoice.id} .client=${clientFor()}></cc-pay-button>`,
    );
    await waitUntil(() => part(button, 'button'), 'button shown');
    part(button, 'button')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = () => button.shadowRoot!.querySelector('cc-pay-dialog');
    await waitUntil(() => dialog()?.shadowRoot?.querySelector('input'), 'payment form shown', { timeout: 6000 });
    const focused = deepActiveElement();
    expect(focused && dialog()!.shadowRoot!.contains(focused), 'focus is in the dialog').to.equal(true);

    await setLocale('ar');
    await localeSettled();
    expect(deepActiveElement() === focused, 'focus stays where it was').to.equal(true);
    expect(dialog()!.getAttribute('dir')).to.equal('rtl');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === part(button, 'button'), 'focus back on the Pay button');
  });
});
