import { deepActiveElement } from './focus.js';

/**
 * What every modal element does with its native `<dialog>`: remember what had focus when it
 * opened and give focus back when it closes, and close on Escape unless it is busy (sending),
 * the browser's own Escape (`cancel`) included. Bind `onKeydown` and `onCancel` on the
 * `<dialog>`, and call `restoreFocus()` from its `close` handler.
 */
export class ModalDialog {
  readonly #find: () => HTMLDialogElement | null | undefined;
  readonly #busy: () => boolean;
  #opener: HTMLElement | null = null;

  constructor(find: () => HTMLDialogElement | null | undefined, busy: () => boolean = () => false) {
    this.#find = find;
    this.#busy = busy;
  }

  get open(): boolean {
    return this.#find()?.open ?? false;
  }

  /** Opens the dialog modally, remembering the focused element; false if it is missing or already open. */
  show(): boolean {
    const dialog = this.#find();
    if (!dialog || dialog.open) return false;
    this.#opener = deepActiveElement();
    dialog.showModal();
    return true;
  }

  close(): void {
    const dialog = this.#find();
    if (dialog?.open) dialog.close();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    // The browser closes a modal dialog on Escape by itself; this also covers synthetic keys.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      if (!this.#busy()) this.close();
    }
  };

  readonly onCancel = (event: Event): void => {
    if (this.#busy()) event.preventDefault();
  };

  /** Gives focus back to what had it when the dialog opened. */
  restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }
}
