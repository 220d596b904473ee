import type { LocaleModule } from '@lit/localize';
import { warnOnce } from '../base/warn.js';
import { directionOf, localeLoaders, matchLocale, PSEUDO_LOCALE, type SupportedLocale } from './locales.js';
import { messageLocale, useMessages } from './msg.js';

/** Something that renders text and re-renders when the locale changes (every Customer Center element). */
export interface LocaleHost {
  requestUpdate(): void;
}

const hosts = new Set<LocaleHost>();
const providerLocales = new Map<object, string>();
const modules = new Map<SupportedLocale, Promise<LocaleModule | undefined>>();
let programmaticTag: string | undefined;
let appliedTag: string | undefined;
let intlLocale = 'en';
let pending: Promise<void> | undefined;
let pendingTag: string | undefined;
let generation = 0;

/** The tag the page asks for: a `setLocale` call, else a provider's `locale`, else `<html lang>`, else the browser's. */
function requestedTag(): string {
  const providerTag = [...providerLocales.values()].at(-1);
  return programmaticTag || providerTag || document.documentElement.lang || navigator.language || 'en';
}

function load(locale: SupportedLocale): Promise<LocaleModule | undefined> {
  if (locale === 'en') return Promise.resolve(undefined);
  let module = modules.get(locale);
  if (!module) {
    module = localeLoaders[locale]().catch((error: unknown) => {
      modules.delete(locale);
      throw error;
    });
    modules.set(locale, module);
  }
  return module;
}

/** The tag to give `Intl`: the page's own tag where it means the same language (`ar-SA` keeps its digits). */
function intlLocaleFor(tag: string, locale: SupportedLocale): string {
  if (locale === PSEUDO_LOCALE) return 'en';
  try {
    const [supported] = Intl.NumberFormat.supportedLocalesOf(tag.replace(/_/g, '-'));
    if (supported && matchLocale(supported) === locale) return supported;
  } catch {
    // A malformed tag: the supported locale's own code below.
  }
  return locale;
}

/**
 * Brings the widgets to the locale the page asks for: loads its messages (once), then
 * re-renders every element. Until the messages arrive, elements keep the previous locale
 * (and a first render waits), so nobody sees English flash by.
 */
function refresh(): Promise<void> {
  const tag = requestedTag();
  if (tag === appliedTag && !pending) return Promise.resolve();
  if (tag === pendingTag && pending) return pending;
  const locale = matchLocale(tag);
  const current = ++generation;
  const done = load(locale).then(
    (module) => {
      if (current !== generation) return;
      appliedTag = tag;
      intlLocale = intlLocaleFor(tag, locale);
      useMessages(locale, module);
      pending = undefined;
      for (const host of hosts) host.requestUpdate();
    },
    (error: unknown) => {
      if (current !== generation) return;
      pending = undefined;
      // The widgets stay usable in the locale they had (English at worst).
      warnOnce(`Customer Center could not load its "${locale}" messages: ${String(error)}`);
    },
  );
  pending = done;
  pendingTag = tag;
  return done;
}

/** Registers an element for re-rendering on locale changes. */
export function connectLocaleHost(host: LocaleHost): void {
  hosts.add(host);
  void refresh();
}

export function disconnectLocaleHost(host: LocaleHost): void {
  hosts.delete(host);
}

/**
 * Resolves once the locale the page asks for right now is in use (a `<html lang>` set just
 * before the call included).
 */
export function localeReady(): Promise<void> {
  return refresh();
}

/** While a locale is loading: the promise that settles when it is applied. */
export function pendingLocale(): Promise<void> | undefined {
  return pending;
}

/** `<cc-billing-provider locale>`: a locale for the page's widgets, over `<html lang>`. */
export function setProviderLocale(provider: object, tag: string | undefined): Promise<void> {
  providerLocales.delete(provider);
  if (tag) providerLocales.set(provider, tag);
  return refresh();
}

/**
 * Sets the locale every Customer Center element on the page renders in, over `<html lang>`
 * and any provider's `locale`; `undefined` goes back to following them. Resolves once the
 * elements have the new locale's messages (they finish re-rendering in the next frame).
 */
export function setLocale(tag: string | undefined): Promise<void> {
  programmaticTag = tag || undefined;
  return refresh();
}

/** The supported locale the widgets render their text in (`en`, `ar`, `pt-BR`, …). */
export function getLocale(): SupportedLocale {
  return messageLocale() as SupportedLocale;
}

/** The locale to format numbers, money and dates in: the page's tag where it fits (`ar-SA`), else `getLocale()`. */
export function formattingLocale(): string {
  return intlLocale;
}

/** The text direction of the active locale. */
export function localeDirection(): 'ltr' | 'rtl' {
  return directionOf(getLocale());
}

// From the moment any widget code loads, the page's language is followed.
if (typeof document !== 'undefined') {
  new MutationObserver(() => void refresh()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  void refresh();
}
