/** Splits a request URL into path and query (`?…` or ''). Pages are classified by `classifyPagePath` of @eci/api-contract. */
export function splitUrl(url: string): { path: string; query: string } {
  const at = url.indexOf('?');
  return at === -1 ? { path: url, query: '' } : { path: url.slice(0, at), query: url.slice(at) };
}
