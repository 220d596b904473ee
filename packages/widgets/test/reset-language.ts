// Imported by the shared test support: after each test the page is back in its own language,
// so a test that switches `<html lang>` (or calls setLocale) cannot leak it into the next.
import { setLocale } from '../src/i18n/runtime.js';
import { localeSettled } from './locale-support.js';

const initialLang = document.documentElement.getAttribute('lang');
const initialDir = document.documentElement.getAttribute('dir');

afterEach(async () => {
  const page = document.documentElement;
  await setLocale(undefined);
  if (initialLang === null) page.removeAttribute('lang');
  else page.setAttribute('lang', initialLang);
  if (initialDir === null) page.removeAttribute('dir');
  else page.setAttribute('dir', initialDir);
  await localeSettled();
});
