// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml): each
// `expect(element).to.be.accessible()` made in English runs axe a second time with the page
// in Arabic, right to left, so every state a test checks is checked in `ar` too. The page
// goes back to its language before the test goes on.
import { chai } from '@open-wc/testing';
import { localeSettled, setPageLanguage } from './locale-support.js';

let inArabicPass = false;

chai.use((api: Chai.ChaiStatic, utils: Chai.ChaiUtils) => {
  utils.overwriteMethod(api.Assertion.prototype, 'accessible', (english: (...args: unknown[]) => unknown) => {
    return function (this: Chai.AssertionStatic, ...args: unknown[]) {
      english.apply(this, args);
      const englishResult = { then: (this as unknown as PromiseLike<unknown>).then };
      const page = document.documentElement;
      if (inArabicPass || utils.flag(this, 'negate') || !/^en\b/i.test(page.lang || 'en')) return this;
      const fixture = utils.flag(this, 'object') as Element;
      const both = (async () => {
        await englishResult;
        const lang = page.getAttribute('lang');
        const dir = page.getAttribute('dir');
        inArabicPass = true;
        try {
          await setPageLanguage('ar', 'rtl');
          await new api.Assertion(fixture).to.be.accessible(...(args as [])).then(undefined, (error: Error) => {
            error.message = `In Arabic (lang="ar" dir="rtl"): ${error.message}`;
            throw error;
          });
        } finally {
          inArabicPass = false;
          if (lang === null) page.removeAttribute('lang');
          else page.setAttribute('lang', lang);
          if (dir === null) page.removeAttribute('dir');
          else page.setAttribute('dir', dir);
          await localeSettled();
        }
      })();
      (this as unknown as { then: unknown }).then = both.then.bind(both);
      return this;
    };
  });
});
