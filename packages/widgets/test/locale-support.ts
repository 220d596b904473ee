import { localeReady } from '../src/i18n/runtime.js';

/** Every element with a Lit update cycle in the document, shadow roots included. */
function litElements(root: Document | ShadowRoot = document): Array<Element & { updateComplete: Promise<unknown> }> {
  const found: Array<Element & { updateComplete: Promise<unknown> }> = [];
  for (const element of root.querySelectorAll('*')) {
    if ('updateComplete' in element) found.push(element as Element & { updateComplete: Promise<unknown> });
    if (element.shadowRoot) found.push(...litElements(element.shadowRoot));
  }
  return found;
}

/** Resolves when the locale has loaded and every element on the page has re-rendered in it. */
export async function localeSettled(): Promise<void> {
  await localeReady();
  for (let round = 0; round < 5; round += 1) {
    const pending = litElements().map((element) => element.updateComplete);
    const results = await Promise.all(pending);
    // `updateComplete` resolves false when another update was queued meanwhile: go again.
    if (results.every((result) => result !== false)) return;
  }
}

/** Sets `<html lang>` (and `dir`, as a host page would) and waits for the widgets to follow. */
export async function setPageLanguage(lang: string, dir?: 'ltr' | 'rtl'): Promise<void> {
  document.documentElement.lang = lang;
  if (dir) document.documentElement.dir = dir;
  else document.documentElement.removeAttribute('dir');
  await localeSettled();
}
