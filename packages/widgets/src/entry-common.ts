// What both entries export: `index.ts` (npm) adds the elements the self-contained bundle
// loads on first use (`customer-center.ts`, decision 0008).
export { defineElement } from './define-element.js';
export { loadElement } from './base/define-on-first-use.js';
export { VERSION } from './version.js';
export { CcElement } from './base/cc-element.js';
export { Loader } from './base/loader.js';
export type { LoaderRenderers, LoaderStatus } from './base/loader.js';
export { billingClientContext, sharedClient, WIDGET_CACHE_TTL_MS } from './base/client.js';
export type { SharedClientOptions } from './base/client.js';
export { resolveLocale } from './base/locale.js';
export { formattingLocale, getLocale, localeReady, setLocale } from './i18n/runtime.js';
export { directionOf, LOCALES, matchLocale, PSEUDO_LOCALE } from './i18n/locales.js';
export type { LocaleInfo, SupportedLocale } from './i18n/locales.js';
export { LocalizedElement } from './i18n/localized-element.js';
export { emptyState, errorMessage, errorState, loadingState, stateStyles } from './base/states.js';
export { renderHelp } from './base/help.js';
export { CcHelpRequestEvent } from './events/help-request.js';
export type { CcHelpRequestDetail, HelpTopic } from './events/help-request.js';
export { tokens } from './styles/tokens.js';
export { CcBillingProvider } from './billing-provider/define.js';
export { CcMoney } from './money/define.js';
export { CcInvoiceList } from './invoice-list/define.js';
export { CcInvoiceSelectEvent } from './events/invoice-select.js';
export { CcInvoicesLoadedEvent } from './events/invoices-loaded.js';
export { CcPayRequestEvent } from './events/pay-request.js';
export { CcInvoiceDetail } from './invoice-detail/define.js';
export { CcInvoiceDetailCloseEvent } from './events/invoice-detail-close.js';
// The e-mail dialog is not defined here: the list fetches it on first use (decision 0007).
export type { CcInvoiceEmailDialog } from './invoice-email-dialog/invoice-email-dialog.js';
export { CcInvoicesEmailedEvent } from './events/invoices-emailed.js';
export { CcPayButton } from './pay-button/define.js';
export type { CardTokenizeResult, CardTokenizer, CardTokenizerContext } from './pay-button/tokenizer.js';
// The payment dialog is fetched by the button on first use (decision 0007).
export type { CcPayDialog, PaypalApprover } from './pay-dialog/pay-dialog.js';
export { CcPaymentSucceededEvent } from './events/payment-succeeded.js';
export { CcPaymentFailedEvent } from './events/payment-failed.js';
export { CcPaymentCancelEvent } from './events/payment-cancel.js';
export { CcSessionEndedEvent } from './events/session-ended.js';
export type { CardFormCard, CardFormTokenizerOptions } from './pay-button/card-form-tokenizer.js';
/**
 * Loads `createCardFormTokenizer` (our own card form around a provider's tokenization call,
 * docs/payments.md) on demand, so pages that never take a new card do not download it.
 */
export const loadCardFormTokenizer = () =>
  import('./pay-button/card-form-tokenizer.js').then((module) => module.createCardFormTokenizer);
