import { msg } from '../i18n/msg.js';
import type { BillingClient } from '@customer-center/sdk';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';

/**
 * Opens a dialog element whose code is fetched on first use (decision 0007): loads it, keeps
 * one instance in `root` (so work in flight survives closing it), sets `props` and shows it.
 * The dialog's help area shows the opener's `slot="help"` content.
 * Resolves false when the code could not be fetched.
 */
export async function showOnDemand<T extends HTMLElement & { show(): Promise<void> }>(
  root: ParentNode,
  tagName: string,
  load: () => Promise<unknown>,
  props: Partial<T>,
): Promise<boolean> {
  try {
    await load();
  } catch {
    return false;
  }
  let dialog = root.querySelector<T>(`:scope > ${tagName}`);
  if (!dialog) {
    dialog = document.createElement(tagName) as T;
    // The opener's own `slot="help"` content is passed on to the dialog's help area.
    dialog.append(Object.assign(document.createElement('slot'), { name: 'help', slot: 'help' }));
    root.append(dialog);
  }
  Object.assign(dialog, props);
  await dialog.show();
  return true;
}

/** What to announce when the payment flow's code could not be fetched. */
export function payFlowUnavailableMessage(): string {
  return msg('The payment form could not be loaded. Check your connection and try again.');
}

export interface PayFlowInit {
  readonly client: BillingClient | undefined;
  readonly invoiceIds: readonly string[];
  readonly tokenizer: CardTokenizer | undefined;
  readonly locale: string | undefined;
  /** The opener's `help` attribute: "Get help" beside a failed payment. */
  readonly help: boolean;
}

/**
 * Opens the payment flow for elements with a Pay action (list, detail) whose
 * `cc-pay-request` the host did not take over. Resolves with a message to announce when
 * it could not open.
 */
export async function openPayFlow(root: ParentNode, init: PayFlowInit): Promise<string | undefined> {
  const opened = await showOnDemand<CcPayDialog>(root, 'cc-pay-dialog', () => import('../pay-dialog/define.js'), init);
  return opened ? undefined : payFlowUnavailableMessage();
}

/**
 * Opens `<cc-invoice-detail modal>` from an element that shows invoices among other things
 * (orders, contracts): its code is fetched on first use. `render` puts the element in the
 * template (set the id the template reads); resolves with a message to announce on failure.
 */
export async function openInvoiceDetail(
  render: () => Promise<unknown>,
  find: () => { show(): Promise<void> } | null | undefined,
): Promise<string | undefined> {
  try {
    await import('../invoice-detail/define.js');
  } catch {
    return msg('The invoice could not be opened. Check your connection and try again.');
  }
  await render();
  await find()?.show();
  return undefined;
}
