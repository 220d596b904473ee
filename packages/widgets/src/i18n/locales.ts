import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

/** A locale the widgets are translated into (`en` is the source). */
export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** The pseudo-locale: English accented and 40% longer, for layout testing. */
export const PSEUDO_LOCALE = 'en-XA' satisfies SupportedLocale;

export interface LocaleInfo {
  code: SupportedLocale;
  /** The language's own name for itself, for a locale picker. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Every supported locale, for pickers (the demo's, Storybook's); in the order a picker lists them. */
export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'cs', name: 'Čeština', dir: 'ltr' },
  { code: 'da', name: 'Dansk', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'el', name: 'Ελληνικά', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'fi', name: 'Suomi', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
  { code: 'hi', name: 'हिन्दी', dir: 'ltr' },
  { code: 'hu', name: 'Magyar', dir: 'ltr' },
  { code: 'id', name: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ko', name: '한국어', dir: 'ltr' },
  { code: 'nb', name: 'Norsk bokmål', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'pt-PT', name: 'Português (Portugal)', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'th', name: 'ไทย', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'zh-Hant', name: '繁體中文', dir: 'ltr' },
  { code: PSEUDO_LOCALE, name: 'Pseudo-locale (ȧççéñţéð, 40% longer)', dir: 'ltr' },
];

const byCode = new Map<string, LocaleInfo>(LOCALES.map((info) => [info.code.toLowerCase(), info]));

/**
 * One dynamic import per locale, so a bundler makes each its own chunk and a page downloads
 * only the locale it shows.
 */
export const localeLoaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../locales/ar.js'),
  cs: () => import('../locales/cs.js'),
  da: () => import('../locales/da.js'),
  de: () => import('../locales/de.js'),
  el: () => import('../locales/el.js'),
  'en-XA': () => import('../locales/en-XA.js'),
  es: () => import('../locales/es.js'),
  fa: () => import('../locales/fa.js'),
  fi: () => import('../locales/fi.js'),
  fr: () => import('../locales/fr.js'),
  he: () => import('../locales/he.js'),
  hi: () => import('../locales/hi.js'),
  hu: () => import('../locales/hu.js'),
  id: () => import('../locales/id.js'),
  it: () => import('../locales/it.js'),
  ja: () => import('../locales/ja.js'),
  ko: () => import('../locales/ko.js'),
  nb: () => import('../locales/nb.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  'pt-BR': () => import('../locales/pt-BR.js'),
  'pt-PT': () => import('../locales/pt-PT.js'),
  ro: () => import('../locales/ro.js'),
  sv: () => import('../locales/sv.js'),
  th: () => import('../locales/th.js'),
  tr: () => import('../locales/tr.js'),
  uk: () => import('../locales/uk.js'),
  ur: () => import('../locales/ur.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  'zh-Hant': () => import('../locales/zh-Hant.js'),
};

/** Languages whose bare tag means a regional variant we ship under another code. */
const LANGUAGE_DEFAULTS: Record<string, SupportedLocale> = {
  pt: 'pt-PT',
  zh: 'zh-Hans',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  in: 'id',
};

/** Regions that write Chinese in traditional characters. */
const TRADITIONAL_CHINESE_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The supported locale closest to a BCP 47 tag: the exact code, else the tag's language with
 * its script or region (`zh-TW` → `zh-Hant`, `pt-BR` → `pt-BR`, `pt` → `pt-PT`, `ar-SA` → `ar`),
 * else `en`. Never throws: a malformed tag (`en_US`, `xx-!!`) is read as far as it goes.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const cleaned = (tag ?? '').trim().replace(/_/g, '-');
  if (!cleaned) return 'en';
  const exact = byCode.get(cleaned.toLowerCase());
  if (exact) return exact.code;
  let language: string;
  let script: string | undefined;
  let region: string | undefined;
  try {
    ({ language, script, region } = new Intl.Locale(cleaned));
  } catch {
    language = cleaned.split('-')[0]!.toLowerCase();
  }
  if (language === 'zh' || language === 'cmn' || language === 'yue') {
    if (script === 'Hant' || (!script && region && TRADITIONAL_CHINESE_REGIONS.has(region))) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (language === 'pt' && region === 'BR') return 'pt-BR';
  return byCode.get(language)?.code ?? LANGUAGE_DEFAULTS[language] ?? 'en';
}

/** Writing direction of a supported locale. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return byCode.get(locale.toLowerCase())?.dir ?? 'ltr';
}
