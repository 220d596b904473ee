// The response headers `npm start` sends with every page under /csp/: a strict
// Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval') with Trusted Types required.
// Every widget works under it: the bundle and its chunks are scripts from this origin, the
// widgets' styles are constructable stylesheets (not inline style), the API is on this
// origin, and lit-html's 'lit-html' policy is the only Trusted Types policy the bundle creates.
export const STRICT_CSP_HEADERS = {
  'content-security-policy': [
    // Nothing that is not allowed below: no frames, fonts, workers, objects or manifests.
    "default-src 'none'",
    // The bundle, its on-demand chunks (dialogs, elements, locales) and the page's csp.js.
    "script-src 'self'",
    // The page's csp.css. No inline <style> or style="" (the widgets need neither).
    "style-src 'self'",
    // The page's `data:` favicon (which spares a request for /favicon.ico).
    "img-src 'self' data:",
    // The billing API (the mock, under /api/).
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Strings reach no DOM XSS sink (innerHTML, script URLs, eval) without a policy...
    "require-trusted-types-for 'script'",
    // ...and the only policy allowed is lit-html's, which only ever sees template literals.
    'trusted-types lit-html',
  ].join('; '),
};
