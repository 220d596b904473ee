import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { CcMoney } from './money.js';
import { setPageLanguage } from '../../test/support.js';

const textOf = (el: CcMoney) => el.shadowRoot?.querySelector('[part="base"]')?.textContent ?? null;

describe('<cc-money>', () => {
  it('formats integer minor units for the locale set on the element', async () => {
    const el = await fixture<CcMoney>(html`<cc-money amount-minor="123456" currency="USD" locale="en-US"></cc-money>`);
    expect(textOf(el)).to.equal('$1,234.56');
  });

  it('follows the page language, and re-renders when properties change', async () => {
    await setPageLanguage('it-IT');
    const el = await fixture<CcMoney>(html`<cc-money amount-minor="123456789" currency="EUR"></cc-money>`);
    expect(textOf(el)).to.match(/^1\.234\.567,89\s€$/);
    el.currency = 'JPY';
    el.amountMinor = 1234567;
    await el.updateComplete;
    expect(textOf(el)).to.match(/^1\.234\.567\sJPY$/ /* Italian CLDR writes the code, not ¥ */);
  });

  it('shows the three minor digits of KWD and Arabic digits in Arabic', async () => {
    await setPageLanguage('ar-EG', 'rtl');
    const el = await fixture<CcMoney>(html`<cc-money amount-minor="1234567" currency="KWD"></cc-money>`);
    const text = textOf(el);
    expect(text).to.contain('١٬٢٣٤٫٥٦٧');
  });

  it('renders nothing and warns for a fractional amount or a bad currency', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const fractional = await fixture<CcMoney>(html`<cc-money amount-minor="12.5" currency="USD"></cc-money>`);
      const badCurrency = await fixture<CcMoney>(html`<cc-money amount-minor="100" currency="dollars"></cc-money>`);
      expect(textOf(fractional)).to.equal(null);
      expect(textOf(badCurrency)).to.equal(null);
      expect(warnings).to.have.length(2);
    } finally {
      console.warn = original;
    }
  });

  it('does not break on a malformed page language', async () => {
    await setPageLanguage('en_US!');
    const el = await fixture<CcMoney>(html`<cc-money amount-minor="5" currency="USD"></cc-money>`);
    expect(textOf(el)).to.match(/0[.,]05/);
  });

  it('is accessible', async () => {
    const el = await fixture<CcMoney>(html`<cc-money amount-minor="-2500" currency="EUR" locale="fr-FR"></cc-money>`);
    await expect(el).to.be.accessible();
  });

  it('colours a negative amount with the danger token, light or dark by the page’s color-scheme', async () => {
    const negativeColor = (el: CcMoney) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).color;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: light">
        <cc-money amount-minor="-1500" currency="USD" locale="en-US"></cc-money>
      </div>`,
    );
    const el = wrapper.querySelector<CcMoney>('cc-money')!;
    await el.updateComplete;
    expect(negativeColor(el)).to.equal('rgb(179, 38, 30)');
    wrapper.style.colorScheme = 'dark';
    expect(negativeColor(el), 'readable on a dark surface').to.equal('rgb(242, 184, 181)');
    wrapper.style.setProperty('--cc-color-danger', 'rgb(1, 2, 3)');
    expect(negativeColor(el), 'a theme’s danger colour wins').to.equal('rgb(1, 2, 3)');
  });
});
