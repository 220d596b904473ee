import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../rewards-redeem/define.js';
import type { CcRewardsRedeem } from '../rewards-redeem/rewards-redeem.js';
import type { CcBillingProfile } from './billing-profile.js';
import { clientFor, org, root, text, untilLoaded, useMockApi } from './billing-profile.helpers.test.js';
import { setPageLanguage } from '../../test/support.js';

// The refusals a person reads, in German: a contact field's check and an unknown rewards
// code. The page's language is reset after each test (test/reset-language.ts).

describe('<cc-billing-profile> and <cc-rewards-redeem> in German', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('says why a contact field and a rewards code are refused in German', async () => {
    await setPageLanguage('de');
    const client = clientFor();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-profile .client=${client} sections="contacts"></cc-billing-profile>
        <cc-rewards-redeem .client=${client}></cc-rewards-redeem>
      </div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    const redeem = wrapper.querySelector<CcRewardsRedeem>('cc-rewards-redeem')!;
    await untilLoaded(el);

    // A contact: a phone number that is not one, and no city.
    const contact = org(mock()).contacts.find((candidate) => !candidate.isPrimary)!;
    root(el).querySelector<HTMLButtonElement>(`[data-contact="${contact.id}"] [data-action="edit"]`)!.click();
    await waitUntil(() => root(el).querySelector('[part~="contact-form"]'), 'form open');
    const form = root(el).querySelector<HTMLFormElement>('[part~="contact-form"]')!;
    for (const [name, value] of [
      ['phone', 'ruf mich an'],
      ['city', ''],
    ]) {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await el.updateComplete;
    form.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => form.querySelectorAll('[part~="field-error"]').length === 2, 'field errors shown');
    expect(text(root(el).getElementById(`${contact.id}-phone-error`))).to.equal(
      'Geben Sie eine gültige Telefonnummer ein: 6 bis 25 Ziffern, nur Leerzeichen und + ( ) . / - sind erlaubt.',
    );
    expect(text(root(el).getElementById(`${contact.id}-city-error`))).to.equal('Geben Sie den Ort ein.');

    // A rewards code of the right form that does not exist.
    const part = (name: string) => redeem.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    await waitUntil(() => part('code-input'), 'rewards form shown', { timeout: 8000 });
    const field = part('code-input') as HTMLInputElement;
    field.value = 'ABCD-EFGH-JKLM-NPQR';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await redeem.updateComplete;
    part('check-button')!.click();
    await waitUntil(() => part('field-error'), 'refusal shown', { timeout: 8000 });
    expect(text(part('field-error'))).to.equal(
      'Dieser Prämiencode ist uns nicht bekannt. Gleichen Sie ihn mit Ihrer Prämienübersicht ab und versuchen Sie es erneut.',
    );
    await expect(wrapper).to.be.accessible();
  });
});
