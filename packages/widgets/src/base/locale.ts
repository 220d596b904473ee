import { formattingLocale } from '../i18n/runtime.js';

/**
 * The locale an element formats numbers, money and dates in: its own `locale` property when
 * set (and usable by `Intl`), else the widgets' locale (`formattingLocale()`: the page's
 * `<html lang>`, a provider's `locale` or a `setLocale` call). A tag `Intl` cannot use
 * (`en_US`, `xx-!!`) falls back instead of breaking rendering.
 */
export function resolveLocale(_element: Element, explicit?: string | null): string {
  if (explicit) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(explicit);
      if (supported) return supported;
    } catch {
      // Not a valid tag: the widgets' locale instead.
    }
  }
  return formattingLocale();
}
