// The intranet demo's page script. What a real intranet decides itself (who is signed in,
// the language, the theme) is chosen here with switchers; everything else is the widgets'
// work against the mock billing API on this origin. The choices are kept in localStorage,
// so a reload keeps them; "Reset demo data" restores the API's seed.
import { stringsFor } from './strings.js';

const { LOCALES, loadCardFormTokenizer, sharedClient } = await import('/dist/customer-center.js');

const SETTINGS_KEY = 'customer-center-demo';
const RESET_NOTICE_KEY = 'customer-center-demo-reset';
const SECTIONS = ['invoices', 'payments', 'profile', 'rewards', 'orders', 'contracts', 'team', 'documents', 'portal'];
const ROLES = ['billing', 'technical', 'executive'];
const THEMES = ['light', 'dark', 'brand'];
/** Every event the widgets send to the page; the log shows what a host would receive. */
const WIDGET_EVENTS = [
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
  'cc-order-select',
  'cc-order-close',
  'cc-contract-downloaded',
  'cc-document-download',
  'cc-document-downloaded',
  'cc-member-invited',
  'cc-invitation-resent',
  'cc-invitation-revoked',
  'cc-member-role-changed',
  'cc-member-removed',
  'cc-section-change',
  'cc-help-request',
  'cc-session-ended',
];
const EVENT_LOG_LENGTH = 30;

const byId = (id) => document.getElementById(id);
const provider = byId('billing');
const controls = { org: byId('org'), role: byId('role'), locale: byId('locale'), theme: byId('theme') };

function readSettings() {
  try {
    return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}');
  } catch {
    return {};
  }
}
const settings = { org: 'us', role: 'billing', locale: 'en', theme: 'light', ...readSettings() };
const saveSettings = () => localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));

let strings = stringsFor(settings.locale);
const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');

// ── Organisations and their users, from the mock API ────────────────────────────────────────

/** The demo's organisations: [{ slug, organization, members }], each member with its role and token. */
let organizations = [];
try {
  organizations = await (await fetch('/api/__mock/users')).json();
} catch {
  controls.org.disabled = true;
  controls.role.disabled = true;
}
for (const { slug, organization } of organizations) {
  controls.org.append(
    new Option(`${organization.name} (${organization.country}, ${organization.defaultCurrency})`, slug),
  );
}
if (!organizations.some(({ slug }) => slug === settings.org)) settings.org = 'us';
if (!ROLES.includes(settings.role)) settings.role = 'billing';

/** The token that signs in as the chosen role of the chosen organisation. */
function chosenToken() {
  const members = organizations.find(({ slug }) => slug === settings.org)?.members ?? [];
  return members.find((member) => member.role === settings.role)?.token ?? `test_${settings.org}_${settings.role}`;
}

// ── Language and direction ─────────────────────────────────────────────────────────────────────

for (const { code, name } of LOCALES) controls.locale.append(new Option(`${name} (${code})`, code));
if (!LOCALES.some(({ code }) => code === settings.locale)) settings.locale = 'en';

/** Sets <html lang> and dir (the widgets follow lang) and translates the page's own words. */
function applyLocale() {
  const { code, dir } = LOCALES.find((locale) => locale.code === settings.locale);
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
  strings = stringsFor(code);
  document.title = strings.title;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = strings[element.dataset.text] ?? element.textContent;
  }
}

// ── Theme ────────────────────────────────────────────────────────────────────────────────────

if (!THEMES.includes(settings.theme)) settings.theme = 'light';
/** Light, dark or the custom brand: intranet.css sets the widgets' public tokens per theme. */
const applyTheme = () => (document.documentElement.dataset.theme = settings.theme);

// ── Navigation: one section at a time, from the URL's hash ───────────────────────────────────

function showSection({ focus }) {
  const requested = location.hash.slice(1);
  const current = SECTIONS.includes(requested) ? requested : SECTIONS[0];
  for (const id of SECTIONS) byId(id).hidden = id !== current;
  for (const link of document.querySelectorAll('.sidenav a')) {
    if (link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // Like a page load, a new section moves focus to its heading (and screen readers read it).
  if (focus) byId(`${current}-title`).focus();
}
addEventListener('hashchange', () => showSection({ focus: true }));

// ── Paying the overdue invoices (Payments section) ───────────────────────────────────────────

const payOverdue = byId('pay-overdue');
const overdueSummary = byId('overdue-summary');

/** Points the Payments section's button at the overdue invoices of the first overdue currency. */
async function choosePayOverdue() {
  try {
    const client = sharedClient('/api', { token: provider.getAttribute('token') });
    const page = await client.invoices.list({ status: 'overdue', sort: 'dueDate', limit: 100 });
    if (page.data.length === 0) {
      overdueSummary.textContent = strings.nothingOverdue;
      payOverdue.hidden = true;
      return;
    }
    const currency = page.data[0].balanceDue.currency;
    const sameCurrency = page.data.filter((invoice) => invoice.balanceDue.currency === currency);
    overdueSummary.textContent = format(strings.overdueSummary, {
      n: page.data.length,
      list: page.data.map((invoice) => invoice.number).join(', '),
    });
    payOverdue.setAttribute('invoices', sameCurrency.map((invoice) => invoice.id).join(' '));
    payOverdue.textContent = format(strings.payOverdue, { currency });
    payOverdue.hidden = false;
  } catch (error) {
    overdueSummary.textContent = error instanceof Error ? error.message : String(error);
    payOverdue.hidden = true;
  }
}
document.addEventListener('cc-payment-succeeded', () => void choosePayOverdue());

// ── New cards: our card form, tokenized by the mock's test tokenizer ─────────────────────────

// A real host passes its payment provider's tokenizer (docs/payments.md); the mock's turns a
// test card number into a token the mock API accepts.
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
)) {
  element.tokenizer = tokenizer;
}

// ── The event log ────────────────────────────────────────────────────────────────────────────

const eventList = byId('events');
const eventsEmpty = byId('events-empty');
function logEvent(event) {
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString(document.documentElement.lang);
  const type = document.createElement('code');
  type.className = 'event-log__type';
  type.textContent = event.type;
  const detail = document.createElement('pre');
  detail.className = 'event-log__detail';
  detail.textContent = JSON.stringify(event.detail ?? {}, null, 1);
  item.append(time, ' ', type, detail);
  eventList.prepend(item);
  while (eventList.children.length > EVENT_LOG_LENGTH) eventList.lastElementChild.remove();
  eventsEmpty.hidden = true;
}
for (const type of WIDGET_EVENTS) document.addEventListener(type, logEvent);
byId('clear-events').addEventListener('click', () => {
  eventList.replaceChildren();
  eventsEmpty.hidden = false;
});

// ── Reset and status ─────────────────────────────────────────────────────────────────────────

const notice = byId('notice');
byId('reset').addEventListener('click', async () => {
  try {
    const response = await fetch('/api/__mock/reset', { method: 'POST' });
    if (!response.ok) throw new Error(String(response.status));
    // Reload, so every widget and cache starts again from the seed; the notice survives it.
    sessionStorage.setItem(RESET_NOTICE_KEY, '1');
    location.reload();
  } catch {
    notice.textContent = strings.resetFailed;
  }
});

const apiStatus = byId('api-status');
try {
  const response = await fetch('/api/health');
  const body = await response.json();
  apiStatus.textContent = response.ok ? `${body.status} (${body.service} ${body.version})` : `${response.status}`;
} catch (error) {
  apiStatus.textContent = error instanceof Error ? error.message : String(error);
}

// ── Wiring the switchers ─────────────────────────────────────────────────────────────────────

function signIn() {
  provider.setAttribute('token', chosenToken());
  void choosePayOverdue();
}

for (const [name, select] of Object.entries(controls)) {
  select.value = settings[name];
  select.addEventListener('change', () => {
    settings[name] = select.value;
    saveSettings();
    if (name === 'org' || name === 'role') signIn();
    if (name === 'locale') {
      applyLocale();
      void choosePayOverdue();
    }
    if (name === 'theme') applyTheme();
  });
}

applyLocale();
applyTheme();
signIn();
showSection({ focus: false });
if (sessionStorage.getItem(RESET_NOTICE_KEY)) {
  sessionStorage.removeItem(RESET_NOTICE_KEY);
  notice.textContent = strings.resetDone;
}
document.documentElement.dataset.ready = 'true';
