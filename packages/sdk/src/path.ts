/**
 * Fills `{param}` placeholders with URL-encoded values, so an id such as `../x` or `a/b`
 * cannot change which endpoint is called. `.` and `..` are refused outright: URL parsing
 * resolves them (even percent-encoded) as path segments.
 */
export function buildPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' || value.length === 0) {
      throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    }
    if (value === '.' || value === '..') {
      throw new TypeError(`Path parameter "${name}" cannot be "${value}"`);
    }
    return encodeURIComponent(value);
  });
}

/** Query parameters as `URLSearchParams`: arrays repeat the key, undefined values are left out. */
export function toSearchParams(query: object | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}
