// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `ar`,
  `cs`,
  `da`,
  `de`,
  `el`,
  `en-XA`,
  `es`,
  `fa`,
  `fi`,
  `fr`,
  `he`,
  `hi`,
  `hu`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nb`,
  `nl`,
  `pl`,
  `pt-BR`,
  `pt-PT`,
  `ro`,
  `sv`,
  `th`,
  `tr`,
  `uk`,
  `ur`,
  `zh-Hans`,
  `zh-Hant`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `ar`,
  `cs`,
  `da`,
  `de`,
  `el`,
  `en`,
  `en-XA`,
  `es`,
  `fa`,
  `fi`,
  `fr`,
  `he`,
  `hi`,
  `hu`,
  `id`,
  `it`,
  `ja`,
  `ko`,
  `nb`,
  `nl`,
  `pl`,
  `pt-BR`,
  `pt-PT`,
  `ro`,
  `sv`,
  `th`,
  `tr`,
  `uk`,
  `ur`,
  `zh-Hans`,
  `zh-Hant`,
] as const;
