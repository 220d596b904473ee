import { type msg as litMsg, str } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';

/**
 * Our own `msg`, not `@lit/localize`'s: that one is a single global that only one
 * `configureLocalization` may install, and a host page using `@lit/localize` itself needs it
 * (decision 0010). This one looks the message up in the locale the widgets render in; its type
 * is `@lit/localize`'s, so `lit-localize extract` still finds every call.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(loadedModules.get(textLocale)?.templates, template as never, options)) as typeof litMsg;

export { str };

const loadedModules = new Map<string, LocaleModule>();
let textLocale = 'en';

/** The locale `msg` translates into (a supported locale code). */
export function messageLocale(): string {
  return textLocale;
}

/** Makes `msg` translate into `locale`, whose module (if not the source locale) must be loaded. */
export function useMessages(locale: string, module?: LocaleModule): void {
  if (module) loadedModules.set(locale, module);
  textLocale = locale;
}
