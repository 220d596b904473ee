import { msg, str } from '../i18n/msg.js';
import type { Address, RemittanceInstructions } from '@customer-center/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A postal address on its lines, the country named in the reader's language. */
export function renderAddress(address: Address, locale: string): TemplateResult {
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(', ');
  return html`<span class="address"
    >${address.line1}${address.line2 ? html`<br />${address.line2}` : nothing}<br />${cityLine}<br />${countryName(
      address.country,
      locale,
    )}</span
  >`;
}

/** Copies to the clipboard; resolves with what to announce. */
export async function copyText(value: string): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(value);
    return msg('Copied');
  } catch {
    return msg('Could not copy. Select the text and copy it yourself.');
  }
}

/**
 * How to pay one invoice offline (wire, ACH, cheque) with the invoice number to quote and
 * Copy buttons, shared by the invoice detail and the payment dialog. `onCopy` copies and
 * announces (the element owns its live region).
 */
export function renderRemittance(
  remittance: RemittanceInstructions,
  locale: string,
  onCopy: (value: string) => void,
  heading: string = msg('Pay by bank transfer or cheque'),
): TemplateResult {
  const { wire, ach, cheque, referenceToQuote } = remittance;
  const copyButton = (value: string, label: string) =>
    html`<button part="copy-button" class="button button--small" type="button" @click=${() => onCopy(value)}>
      ${label}
    </button>`;
  const row = (label: string, value: string | null, copyLabel?: string) =>
    value
      ? html`<div class="remittance__row">
          <dt>${label}</dt>
          <dd>
            <span class="code">${value}</span>
            ${copyLabel ? copyButton(value, copyLabel) : nothing}
          </dd>
        </div>`
      : nothing;
  return html`<section part="remittance" class="section remittance" aria-label=${heading}>
    <h3 class="section__heading">${heading}</h3>
    <p class="remittance__reference">
      <span>${msg(str`Quote invoice number ${referenceToQuote} with your payment.`)}</span>
      ${copyButton(referenceToQuote, msg('Copy invoice number'))}
    </p>
    <h4 class="remittance__method">${msg('Bank transfer')}</h4>
    <dl class="remittance__details">
      ${row(msg('Beneficiary'), wire.beneficiary)} ${row(msg('Bank'), wire.bankName)}
      ${row(msg('Bank address'), wire.bankAddress)} ${row(msg('IBAN'), wire.iban, msg('Copy IBAN'))}
      ${row(msg('BIC'), wire.bic)} ${row(msg('Account number'), wire.accountNumber, msg('Copy account number'))}
      ${row(msg('Routing number'), wire.routingNumber)}
    </dl>
    ${
      ach
        ? html`<h4 class="remittance__method">${msg('ACH transfer')}</h4>
            <dl class="remittance__details">
              ${row(msg('Beneficiary'), ach.beneficiary)} ${row(msg('Routing number'), ach.routingNumber)}
              ${row(msg('Account number'), ach.accountNumber, msg('Copy ACH account number'))}
            </dl>`
        : nothing
    }
    ${
      cheque
        ? html`<h4 class="remittance__method">${msg('Cheque')}</h4>
            <dl class="remittance__details">
              ${row(msg('Payable to'), cheque.payableTo)}
              <div class="remittance__row">
                <dt>${msg('Mail to')}</dt>
                <dd>${renderAddress(cheque.mailTo, locale)}</dd>
              </div>
            </dl>`
        : nothing
    }
  </section>`;
}

/** The look of `renderRemittance`; the element provides `--_padding`, `--_border` and `.button`. */
export const remittanceStyles = css`
  .remittance {
    padding: var(--_padding);
    border: var(--_border);
    border-radius: var(--_cc-radius);
  }
  .remittance__reference {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cc-space);
    margin: 0;
    font-weight: 600;
  }
  .remittance__method {
    margin-block: var(--_cc-space) 0;
    margin-inline: 0;
    font-size: 0.9375em;
  }
  .remittance__details {
    display: grid;
    gap: calc(var(--_cc-space) * 0.5);
    margin: 0;
  }
  .remittance__row {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: var(--_cc-space);
    align-items: baseline;
  }
  .remittance__row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_cc-space);
  }
`;
