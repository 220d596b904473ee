import type { BillingClient } from '@customer-center/sdk';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';

export interface PayFlowInit {
  readonly client: BillingClient | undefined;
  readonly invoiceIds: readonly string[];
  readonly tokenizer: CardTokenizer | undefined;
  readonly locale: string | undefined;
}

/**
 * Opens the payment flow for elements with a Pay action (list, detail) whose
 * `cc-pay-request` the host did not take over. The flow's code is fetched on first use
 * (decision 0007); its dialog is kept in `root`, so a payment in flight survives closing it.
 * Resolves false when the code could not be fetched.
 */
export async function openPayFlow(root: ParentNode, init: PayFlowInit): Promise<boolean> {
  try {
    await import('../pay-dialog/define.js');
  } catch {
    return false;
  }
  let dialog = root.querySelector<CcPayDialog>(':scope > cc-pay-dialog');
  if (!dialog) {
    dialog = document.createElement('cc-pay-dialog');
    root.append(dialog);
  }
  Object.assign(dialog, init);
  await dialog.show();
  return true;
}
