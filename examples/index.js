// The demo's page script: shows whether the mock API answers, lets you sign in as any test
// user of any organisation, and logs the events the widgets send to the page.
const status = document.getElementById('api-status');
const provider = document.getElementById('billing');
const userSelect = document.getElementById('user');
const events = document.getElementById('events');

try {
  const response = await fetch('/api/health');
  const body = await response.json();
  status.textContent = response.ok ? `${body.status} (${body.service} ${body.version})` : `error ${response.status}`;
} catch (error) {
  status.textContent = `unreachable: ${error instanceof Error ? error.message : String(error)}`;
}

try {
  const organizations = await (await fetch('/api/__mock/users')).json();
  for (const { organization, members } of organizations) {
    const group = document.createElement('optgroup');
    group.label = `${organization.name} (${organization.country}, ${organization.defaultCurrency})`;
    for (const member of members.filter((m) => ['billing', 'technical', 'executive'].includes(m.role)).slice(0, 3)) {
      const option = new Option(`${member.name}, ${member.role} contact`, member.token);
      option.selected = member.token === provider.getAttribute('token');
      group.append(option);
    }
    userSelect.append(group);
  }
  userSelect.addEventListener('change', () => provider.setAttribute('token', userSelect.value));
} catch {
  userSelect.disabled = true;
}

// New cards are entered in our own card form and tokenized by the mock's test tokenizer
// (POST /api/__mock/tokens), as a payment provider's tokenization call would (docs/payments.md).
const { loadCardFormTokenizer, sharedClient, LOCALES } = await import('/dist/customer-center.js');

// The language picker: every supported locale and the pseudo-locale. The widgets follow
// `<html lang>`; the page sets `dir` too, as a host in that language would.
const localeSelect = document.getElementById('locale');
for (const { code, name } of LOCALES) localeSelect.append(new Option(`${name} (${code})`, code));
localeSelect.value = document.documentElement.lang;
localeSelect.addEventListener('change', () => {
  const chosen = LOCALES.find(({ code }) => code === localeSelect.value);
  document.documentElement.lang = chosen.code;
  document.documentElement.dir = chosen.dir;
});
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

// The Pay button pays the two oldest overdue invoices of the signed-in organisation, read
// through the client the provider's widgets share (same cache); again after a sign-in or a payment.
const payOldest = document.getElementById('pay-oldest');
async function choosePayOldest() {
  try {
    const client = sharedClient('/api', { token: provider.getAttribute('token') });
    const page = await client.invoices.list({ status: 'overdue', sort: 'dueDate', limit: 2 });
    payOldest.setAttribute('invoices', page.data.map((invoice) => invoice.id).join(' '));
  } catch {
    payOldest.removeAttribute('invoices');
  }
}
userSelect.addEventListener('change', () => void choosePayOldest());
document.addEventListener('cc-payment-succeeded', () => void choosePayOldest());
void choosePayOldest();

const eventTypes = [
  'cc-invoice-select',
  'cc-invoices-loaded',
  'cc-pay-request',
  'cc-invoice-detail-close',
  'cc-invoices-emailed',
  'cc-payment-succeeded',
  'cc-payment-failed',
  'cc-payment-cancel',
  'cc-reward-applied',
  'cc-reward-rejected',
  'cc-profile-updated',
  'cc-payment-method-added',
  'cc-payment-method-removed',
  'cc-section-change',
  'cc-help-request',
];
for (const type of eventTypes) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(event.detail ?? {})}`;
    events.prepend(item);
    while (events.children.length > 8) events.lastElementChild.remove();
  });
}
