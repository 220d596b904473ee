// Shows whether the mock API answers on this origin.
const status = document.getElementById('api-status');
try {
  const response = await fetch('/api/health');
  const body = await response.json();
  status.textContent = response.ok ? `${body.status} (${body.service} ${body.version})` : `error ${response.status}`;
} catch (error) {
  status.textContent = `unreachable: ${error instanceof Error ? error.message : String(error)}`;
}
