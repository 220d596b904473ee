import { formatMoney, isCurrencyCode, type FormatMoneyOptions } from '@customer-center/sdk';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale } from '../base/locale.js';
import { LocalizedElement } from '../i18n/localized-element.js';
import { VERSION } from '../version.js';
import { styles } from './money.styles.js';

/**
 * @summary Shows an exact amount of money (integer minor units and an ISO 4217 currency)
 * formatted for the reader's locale.
 *
 * The locale is the `locale` property, else the widgets' locale (the page's `<html lang>`
 * unless a provider or `setLocale` sets another).
 * Invalid input renders nothing and warns in the console, so a host's typo never shows
 * a wrong amount.
 *
 * @tag cc-money
 *
 * @csspart base - The formatted amount.
 *
 * @cssproperty [--cc-money-color=inherit] - Text color of the amount.
 * @cssproperty [--cc-money-negative-color=var(--cc-color-danger)] - Text color of a negative amount (light or dark red by the page's `color-scheme`, like the token).
 */
export class CcMoney extends LocalizedElement {
  static readonly ccVersion = VERSION;
  static override styles = styles;

  /** The amount in the currency's minor units (cents, yen, fils): an integer. */
  @property({ type: Number, attribute: 'amount-minor' }) amountMinor?: number;

  /** ISO 4217 currency code, e.g. `USD`, `JPY`, `KWD`. */
  @property() currency = '';

  /** BCP 47 locale to format in; by default the widgets' locale (`<html lang>` unless set otherwise). */
  @property() locale?: string;

  /** How the currency is shown. */
  @property({ attribute: 'currency-display' }) currencyDisplay: NonNullable<FormatMoneyOptions['currencyDisplay']> =
    'symbol';

  override render() {
    const { amountMinor, currency } = this;
    if (amountMinor === undefined || !Number.isSafeInteger(amountMinor) || !isCurrencyCode(currency)) {
      if (amountMinor !== undefined || currency) {
        console.warn(
          `<cc-money> needs an integer amount-minor and an ISO 4217 currency; got ${String(amountMinor)} ${currency}.`,
        );
      }
      return nothing;
    }
    const text = formatMoney({ amountMinor, currency }, resolveLocale(this, this.locale), {
      currencyDisplay: this.currencyDisplay,
    });
    return html`<span part="base" class=${amountMinor < 0 ? 'negative' : ''}>${text}</span>`;
  }
}
