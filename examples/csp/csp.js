// The page's only script, a file of its own (`script-src 'self'`): gives the Pay button, the
// invoice list, the billing profile and the portal a card form for new cards. The form is the
// library's own (`createCardFormTokenizer`); the mock API's test tokenizer stands in for a
// payment provider's tokenization call (docs/payments.md).
import { loadCardFormTokenizer } from '/dist/customer-center.js';

const createCardFormTokenizer = await loadCardFormTokenizer();
const tokenizer = createCardFormTokenizer({
  async tokenize(card) {
    const response = await fetch('/api/__mock/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'card', ...card }),
    });
    if (!response.ok) throw new Error('Not a test card');
    return (await response.json()).token;
  },
});
for (const element of document.querySelectorAll(
  'cc-invoice-list, cc-pay-button, cc-billing-profile, cc-customer-center',
))
  element.tokenizer = tokenizer;
