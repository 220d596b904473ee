import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatMoney, isCurrencyCode } from '@customer-center/sdk';
import { configureLocalization, msg as hostMsg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type TemplateResult } from 'lit';
import { msg } from '../src/i18n/msg.js';
import { matchLocale } from '../src/i18n/locales.js';
import { formattingLocale, getLocale, setLocale } from '../src/i18n/runtime.js';
import '../src/billing-profile/define.js';
import '../src/billing-provider/define.js';
import '../src/contract-list/define.js';
import '../src/customer-center/define.js';
import '../src/document-list/define.js';
import '../src/invoice-detail/define.js';
import '../src/invoice-list/define.js';
import '../src/money/define.js';
import '../src/order-tracker/define.js';
import '../src/pay-button/define.js';
import '../src/rewards-redeem/define.js';
import '../src/team-members/define.js';
import type { CcMoney } from '../src/money/money.js';
import { clientFor, localeSettled, openDialogs, org, setPageLanguage, text, useMockApi } from './support.js';

// Every widget in Arabic, Hebrew and a few left-to-right locales, the way a reader meets it:
// no English left, the layout mirrored, ids and amounts kept left to right, money written
// the locale's way; switching `<html lang>` re-renders every widget; a host page with its
// own `@lit/localize` keeps working.

const mock = useMockApi();

interface WidgetCase {
  tag: string;
  token?: string;
  render: () => TemplateResult;
  /** Where "first" and "last" columns (or the start and end of the layout) are. */
  layout?: { first: string; last: string };
}

function supportOrOpenInvoiceId(): string {
  const invoices = org(mock()).invoices;
  return (invoices.find((invoice) => invoice.status === 'open' || invoice.status === 'overdue') ?? invoices[0]!).id;
}

const WIDGETS: WidgetCase[] = [
  {
    tag: 'cc-invoice-list',
    render: () => html`<cc-invoice-list page-size="5"></cc-invoice-list>`,
    layout: { first: 'thead th:first-child', last: 'thead th:last-child' },
  },
  {
    tag: 'cc-invoice-detail',
    render: () => html`<cc-invoice-detail invoice=${supportOrOpenInvoiceId()}></cc-invoice-detail>`,
  },
  { tag: 'cc-pay-button', render: () => html`<cc-pay-button invoice=${supportOrOpenInvoiceId()}></cc-pay-button>` },
  { tag: 'cc-billing-profile', render: () => html`<cc-billing-profile></cc-billing-profile>` },
  { tag: 'cc-rewards-redeem', render: () => html`<cc-rewards-redeem></cc-rewards-redeem>` },
  {
    tag: 'cc-order-tracker',
    token: 'test_us_technical',
    render: () => html`<cc-order-tracker></cc-order-tracker>`,
    layout: { first: 'thead th:first-child', last: 'thead th:last-child' },
  },
  {
    tag: 'cc-contract-list',
    render: () => html`<cc-contract-list></cc-contract-list>`,
    layout: { first: 'thead th:first-child', last: 'thead th:last-child' },
  },
  {
    tag: 'cc-document-list',
    render: () => html`<cc-document-list></cc-document-list>`,
    layout: { first: 'thead th:first-child', last: 'thead th:last-child' },
  },
  { tag: 'cc-team-members', render: () => html`<cc-team-members></cc-team-members>` },
  {
    tag: 'cc-customer-center',
    render: () => html`<cc-customer-center></cc-customer-center>`,
    layout: { first: '[part="nav"]', last: '[part="section"]' },
  },
];

/** Every node of the element's rendering, nested widgets' shadow roots included. */
function* walk(node: Node): Generator<Node> {
  yield node;
  if (node instanceof Element && node.shadowRoot) yield* walk(node.shadowRoot);
  for (const child of node.childNodes) yield* walk(child);
}

function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const node of walk(root)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      const value = text(node);
      if (value) texts.push(value);
    } else if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name)?.replace(/\s+/g, ' ').trim();
        if (value) texts.push(value);
      }
    }
  }
  return texts;
}

function deepQuery(root: Element, selector: string): Element | null {
  for (const node of walk(root)) if (node instanceof Element && node.matches(selector)) return node;
  return null;
}

function isLoading(root: Element): boolean {
  for (const node of walk(root)) {
    if (node instanceof Element && node.getAttribute('part')?.split(' ').includes('loading')) return true;
  }
  return false;
}

interface Catalogue {
  /** Source messages (no placeholders) whose translation differs: none may be shown. */
  english: Set<string>;
  /** Their translations: some must be shown. */
  translated: Set<string>;
}

const catalogues = new Map<string, Catalogue>();
let brandIds: Promise<Set<string>> | undefined;

/** Messages most translations keep as they are (PayPal, IBAN): not English left over when shown. */
function brands(): Promise<Set<string>> {
  brandIds ??= fetch('/packages/widgets/xliff/same-as-source.json')
    .then((response) => response.json() as Promise<Record<string, string[]>>)
    .then((lists) => {
      const counts = new Map<string, number>();
      for (const ids of Object.values(lists)) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const half = Object.keys(lists).length / 2;
      return new Set([...counts].filter(([, count]) => count >= half).map(([id]) => id));
    });
  return brandIds;
}

/** The locale's XLIFF, as the translators left it. */
async function catalogue(locale: string): Promise<Catalogue> {
  const cached = catalogues.get(locale);
  if (cached) return cached;
  const xliff = new DOMParser().parseFromString(
    await (await fetch(`/packages/widgets/xliff/${locale}.xlf`)).text(),
    'application/xml',
  );
  const english = new Set<string>();
  const translated = new Set<string>();
  const keptAsIs = await brands();
  for (const unit of xliff.querySelectorAll('trans-unit')) {
    if (keptAsIs.has(unit.getAttribute('id')!)) continue;
    const source = unit.querySelector('source')!;
    const target = unit.querySelector('target');
    if (!target || source.querySelector('x')) continue;
    const sourceText = text(source);
    const targetText = text(target);
    if (sourceText === targetText || !/\p{L}{2,}/u.test(sourceText)) continue;
    english.add(sourceText);
    translated.add(targetText);
  }
  const result = { english, translated };
  catalogues.set(locale, result);
  return result;
}

/** Whether a text node is shown in a bidi-isolated box (a `<bdi>`, or `unicode-bidi: isolate`, or its own `dir`). */
function isIsolated(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (element.tagName === 'BDI' || element.hasAttribute('dir')) return true;
    if (['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(element).unicodeBidi)) return true;
  }
  return false;
}

/** Invoice, order, contract and payment ids (INV-2026-0001, ORD-…, CTR-…). */
const ID_PATTERN = /\b[A-Z]{2,4}-\d{2,}/;

async function mountWidget(widget: WidgetCase): Promise<Element> {
  const provider = await fixture<HTMLElement>(
    html`<cc-billing-provider .client=${clientFor(widget.token)}>${widget.render()}</cc-billing-provider>`,
  );
  const el = provider.querySelector(widget.tag)!;
  await waitUntil(() => (el.shadowRoot?.childElementCount ?? 0) > 0 && !isLoading(el), `${widget.tag} loaded`, {
    timeout: 8000,
  });
  await localeSettled();
  return el;
}

async function expectLocalized(el: Element, locale: string): Promise<void> {
  const { english, translated } = await catalogue(locale);
  const shown = visibleTexts(el);
  const left = shown.filter((value) => english.has(value));
  expect(left, `English left in ${el.localName} (${locale})`).to.deep.equal([]);
  expect(
    shown.filter((value) => translated.has(value)).length,
    `translated text shown by ${el.localName}`,
  ).to.be.greaterThan(0);
  expect(el.getAttribute('lang')).to.equal(locale);
}

function expectIdsIsolated(el: Element): void {
  const loose: string[] = [];
  for (const node of walk(el)) {
    if (node.nodeType === Node.TEXT_NODE && ID_PATTERN.test(node.textContent ?? '') && !isIsolated(node)) {
      loose.push(text(node));
    }
  }
  expect(loose, `ids not isolated in ${el.localName}`).to.deep.equal([]);
}

function expectMoneyInLocale(el: Element): void {
  for (const node of walk(el)) {
    if (!(node instanceof HTMLElement) || node.localName !== 'cc-money') continue;
    const money = node as CcMoney;
    if (money.locale || !isCurrencyCode(money.currency ?? '')) continue;
    const shown = text(money.shadowRoot?.querySelector('[part="base"]'));
    expect(shown).to.equal(
      formatMoney({ amountMinor: money.amountMinor!, currency: money.currency! }, formattingLocale()),
    );
  }
}

const RIGHT_TO_LEFT = [
  { lang: 'ar', dir: 'rtl' as const },
  { lang: 'he', dir: 'rtl' as const },
];
const LEFT_TO_RIGHT = [
  { lang: 'de', dir: 'ltr' as const },
  { lang: 'ja', dir: 'ltr' as const },
  { lang: 'pt-BR', dir: 'ltr' as const },
  { lang: 'en-XA', dir: 'ltr' as const },
];

describe('every widget, localized', () => {
  for (const { lang, dir } of [...RIGHT_TO_LEFT, ...LEFT_TO_RIGHT]) {
    describe(`in ${lang}`, () => {
      for (const widget of WIDGETS) {
        it(`<${widget.tag}>: translated, ${dir}, ids isolated, money and layout per locale`, async () => {
          await setPageLanguage(lang);
          const el = await mountWidget(widget);
          await expectLocalized(el, lang);
          expect(el.getAttribute('dir')).to.equal(dir);
          expect(getComputedStyle(el).direction).to.equal(dir);
          expectMoneyInLocale(el);
          if (dir === 'rtl') {
            expectIdsIsolated(el);
            await expect(el).to.be.accessible();
          }
          if (widget.layout) {
            const first = deepQuery(el, widget.layout.first)!.getBoundingClientRect();
            const last = deepQuery(el, widget.layout.last)!.getBoundingClientRect();
            if (dir === 'rtl')
              expect(first.left, 'the first column stands right of the last').to.be.greaterThan(last.left);
            else expect(first.left).to.be.lessThan(last.left);
          }
        });
      }

      it('lays the payment dialog out in the locale, with its text translated', async () => {
        await setPageLanguage(lang);
        const button = await mountWidget(WIDGETS.find((widget) => widget.tag === 'cc-pay-button')!);
        button.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
        await waitUntil(() => openDialogs(document).length === 1, 'dialog open', { timeout: 8000 });
        await waitUntil(() => !isLoading(button), 'dialog loaded', { timeout: 8000 });
        await localeSettled();
        const dialog = openDialogs(document)[0]!;
        expect(getComputedStyle(dialog).direction).to.equal(dir);
        await expectLocalized(button, lang);
        if (dir === 'rtl') {
          expectIdsIsolated(button);
          await expect(button).to.be.accessible();
        }
        dialog.close();
      });
    });
  }

  it('writes Arabic-Indic digits where the page asks for them (ar-SA, fa)', async () => {
    await setPageLanguage('ar-SA');
    expect(getLocale()).to.equal('ar');
    const money = await fixture<CcMoney>(html`<cc-money amount-minor="123456" currency="SAR"></cc-money>`);
    expect(text(money.shadowRoot!.querySelector('[part="base"]'))).to.match(/[٠-٩]/);
    await setPageLanguage('fa');
    await money.updateComplete;
    expect(text(money.shadowRoot!.querySelector('[part="base"]'))).to.match(/[۰-۹]/);
  });
});

describe('choosing the locale', () => {
  it('falls back sensibly: pt → pt-PT, ar-SA → ar, zh-TW → zh-Hant, unknown or malformed → en', () => {
    expect(matchLocale('pt')).to.equal('pt-PT');
    expect(matchLocale('pt-BR')).to.equal('pt-BR');
    expect(matchLocale('pt-AO')).to.equal('pt-PT');
    expect(matchLocale('ar-SA')).to.equal('ar');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-Hant-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('no')).to.equal('nb');
    expect(matchLocale('iw')).to.equal('he');
    expect(matchLocale('DE-at')).to.equal('de');
    expect(matchLocale('en_GB')).to.equal('en');
    expect(matchLocale('xx-YY')).to.equal('en');
    expect(matchLocale('!!')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });

  it('renders in the fallback of an unsupported page language, and never breaks on a malformed one', async () => {
    await setPageLanguage('pt');
    const el = await mountWidget(WIDGETS[0]!);
    expect(el.getAttribute('lang')).to.equal('pt-PT');
    await setPageLanguage('tlh-!!');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('table')).not.to.equal(null);
  });

  it('re-renders every widget on the page when <html lang> changes, then again when it changes back', async () => {
    const page = await fixture<HTMLElement>(
      html`<cc-billing-provider .client=${clientFor()}>
        ${WIDGETS.filter((widget) => !widget.token).map((widget) => widget.render())}
      </cc-billing-provider>`,
    );
    const widgets = [...page.children];
    await waitUntil(
      () => widgets.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && !isLoading(el)),
      'loaded',
      {
        timeout: 10000,
      },
    );
    for (const { lang, dir } of [
      { lang: 'ar', dir: 'rtl' },
      { lang: 'de', dir: 'ltr' },
      { lang: 'he', dir: 'rtl' },
    ]) {
      await setPageLanguage(lang);
      for (const el of widgets) {
        expect(el.getAttribute('dir'), el.localName).to.equal(dir);
        await expectLocalized(el, lang);
      }
    }
    await setPageLanguage('en');
    const { translated } = await catalogue('he');
    for (const el of widgets) {
      expect(el.getAttribute('lang')).to.equal('en');
      expect(visibleTexts(el).filter((value) => translated.has(value))).to.deep.equal([]);
    }
  });

  it('takes a provider’s locale over <html lang>, and setLocale over both', async () => {
    await setPageLanguage('en');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-provider locale="fr" .client=${clientFor()}
          ><cc-invoice-list page-size="3"></cc-invoice-list
        ></cc-billing-provider>
      </div>`,
    );
    const el = wrapper.querySelector('cc-invoice-list')!;
    await waitUntil(() => el.shadowRoot?.querySelector('table'), 'loaded', { timeout: 8000 });
    await localeSettled();
    await expectLocalized(el, 'fr');
    await setLocale('ja');
    await localeSettled();
    await expectLocalized(el, 'ja');
    await setLocale(undefined);
    await localeSettled();
    expect(el.getAttribute('lang')).to.equal('fr');
    wrapper.querySelector('cc-billing-provider')!.removeAttribute('locale');
    await localeSettled();
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('shows the pseudo-locale: accented, bracketed, longer', async () => {
    await setPageLanguage('en-XA');
    const el = await mountWidget(WIDGETS[0]!);
    const heading = msg('Invoices');
    expect(getLocale()).to.equal('en-XA');
    expect(heading.startsWith('['), heading).to.equal(true);
    expect(heading.length).to.be.greaterThan('Invoices'.length * 1.3);
    expect(visibleTexts(el)).to.include(heading);
  });
});

describe('a host page that uses @lit/localize itself', () => {
  // The host's own runtime: its own configureLocalization, its own strings.
  const hostTemplates = { 'host-welcome': 'Bienvenue sur l’intranet' };
  const { setLocale: setHostLocale, getLocale: getHostLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['fr'],
    loadLocale: () => Promise.resolve({ templates: hostTemplates }),
  });

  class HostWelcome extends LitElement {
    constructor() {
      super();
      updateWhenLocaleChanges(this);
    }

    override render() {
      return html`<p>${hostMsg('Welcome to the intranet', { id: 'host-welcome' })}</p>`;
    }
  }
  customElements.define('host-welcome', HostWelcome);

  it('keeps both translated: the host through its runtime, the widgets through theirs', async () => {
    const statusEvents: string[] = [];
    const onStatus = (event: Event) => statusEvents.push((event as CustomEvent<{ status: string }>).detail.status);
    window.addEventListener('lit-localize-status', onStatus);
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <host-welcome></host-welcome>
          <cc-billing-provider .client=${clientFor()}
            ><cc-invoice-list page-size="3"></cc-invoice-list
          ></cc-billing-provider>
        </div>`,
      );
      const host = page.querySelector<HostWelcome>('host-welcome')!;
      const list = page.querySelector('cc-invoice-list')!;
      await waitUntil(() => list.shadowRoot?.querySelector('table'), 'loaded', { timeout: 8000 });
      expect(text(host.shadowRoot!.querySelector('p'))).to.equal('Welcome to the intranet');

      // The widgets switching makes no noise on the host's runtime.
      await setPageLanguage('fr');
      expect(statusEvents).to.deep.equal([]);
      expect(getHostLocale()).to.equal('en');
      await expectLocalized(list, 'fr');

      await setHostLocale('fr');
      await host.updateComplete;
      expect(text(host.shadowRoot!.querySelector('p'))).to.equal('Bienvenue sur l’intranet');
      await expectLocalized(list, 'fr');

      // And the other way round: the host going back leaves the widgets alone.
      await setHostLocale('en');
      await host.updateComplete;
      expect(text(host.shadowRoot!.querySelector('p'))).to.equal('Welcome to the intranet');
      await localeSettled();
      await expectLocalized(list, 'fr');
    } finally {
      window.removeEventListener('lit-localize-status', onStatus);
    }
  });
});
