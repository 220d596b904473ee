/**
 * The locale an element formats in: its own `locale`, else the nearest `lang` attribute up
 * the tree (the page's `<html lang>` in most hosts), else the browser's language. A tag the
 * browser cannot use (`en_US`, `xx-!!`) falls back to `en` instead of breaking rendering.
 */
export function resolveLocale(element: Element, explicit?: string | null): string {
  const candidate = explicit || element.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
