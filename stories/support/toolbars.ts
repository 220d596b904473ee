// The choices of Storybook's Locale and Theme toolbars. The locales are the widgets' own list
// (every translation and the pseudo-locale en-XA, accented and 40% longer, for layout checks).
import { LOCALES as WIDGET_LOCALES } from '@customer-center/widgets';

export interface LocaleChoice {
  readonly value: string;
  readonly title: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALES: readonly LocaleChoice[] = WIDGET_LOCALES.map(({ code, name, dir }) => ({
  value: code,
  title: name,
  dir,
}));

export interface ThemeChoice {
  readonly value: string;
  readonly title: string;
  /** Public custom properties (and `color-scheme`) set on the page, as a host theme would. */
  readonly properties: Readonly<Record<string, string>>;
}

export const THEMES: readonly ThemeChoice[] = [
  { value: 'light', title: 'Light', properties: { 'color-scheme': 'light' } },
  { value: 'dark', title: 'Dark', properties: { 'color-scheme': 'dark', background: '#111215', color: '#e7e7ea' } },
  {
    value: 'brand',
    title: 'Brand (custom properties only)',
    properties: {
      'color-scheme': 'light',
      '--cc-font-family': 'Georgia, "Times New Roman", serif',
      '--cc-color-accent': '#6b2c91',
      '--cc-color-on-accent': '#ffffff',
      '--cc-color-surface': '#fffdf8',
      '--cc-color-surface-raised': '#f5efe6',
      '--cc-color-border': '#e2d6c4',
      '--cc-color-control-border': '#7d6a55',
      '--cc-color-text': '#2b2118',
      '--cc-color-muted': '#6b5a48',
      '--cc-radius': '2px',
      '--cc-space': '0.6rem',
      '--cc-focus-ring': '3px solid #d98c1f',
    },
  },
];

/** The theme as an inline style for the page's root element. */
export function themeStyle(theme: ThemeChoice): string {
  return Object.entries(theme.properties)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
