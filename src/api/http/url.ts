/**
 * The URL of a contract path under the configured base. The base may end in a slash or not;
 * a relative result is resolved by `fetch` against the document's base URL, like a link.
 */
export function joinUrl(base: string, path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return base.replace(/\/+$/, '') + path + (search ? `?${search}` : '');
}
