const warned = new Set<string>();

/** Warns a host developer about a misconfiguration, once per message per page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[Customer Center] ${message}`);
}
