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

for (const type of ['cc-invoice-select', 'cc-invoices-loaded', 'cc-pay-request', 'cc-invoice-detail-close']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(event.detail ?? {})}`;
    events.prepend(item);
    while (events.children.length > 8) events.lastElementChild.remove();
  });
}
