import type { CardBrand } from '@customer-center/sdk';

/**
 * Turns the card a person enters into a one-time token (`tok_…`) the billing API accepts,
 * so the widgets never see a card number (docs/payments.md). The host passes one to
 * `<cc-pay-button>` (and `<cc-billing-profile>`) as the `tokenizer` property: a payment
 * provider's adapter, or `createCardFormTokenizer()` around a provider's tokenization call.
 */
export interface CardTokenizer {
  /**
   * The new-card form is shown: render the card fields into `container` (an element in the
   * widget's shadow root). A provider whose fields refuse to mount in a shadow root renders
   * nothing here; the host places the provider's field in the light DOM instead, as a child
   * of the widget with `slot="card-field"`, and the widget shows that slot in its place.
   */
  mount(container: HTMLElement, context: CardTokenizerContext): void | Promise<void>;
  /**
   * Checks the fields and exchanges them for a token. Field problems are shown by the
   * fields themselves (with focus on the first); `message` is shown by the widget.
   */
  tokenize(): Promise<CardTokenizeResult>;
  /** The form is hidden (dialog closed, another method chosen). */
  unmount?(): void;
}

export interface CardTokenizerContext {
  /** The widget's locale (BCP 47), for the fields' labels and messages. */
  readonly locale: string;
  /** The brands the API accepts for this payment. */
  readonly brands: readonly CardBrand[];
}

export type CardTokenizeResult =
  | { readonly ok: true; readonly token: string; readonly brand: CardBrand | null; readonly last4: string }
  | { readonly ok: false; readonly message?: string };
