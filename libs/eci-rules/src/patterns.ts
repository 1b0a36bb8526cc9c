/**
 * Full-match patterns. Every rule pattern is compiled as `^(?:…)$` so that alternatives
 * can never match a prefix or suffix only (the `^a|b$` trap: without the group, `^` binds
 * to the first alternative and `$` to the last one).
 */
export function anchoredSource(body: string): string {
  return `^(?:${body})$`;
}

const cache = new Map<string, RegExp>();

/** Compiled, anchored, cached. Values are normalised (upper case) before matching. */
export function fullMatchRegExp(body: string): RegExp {
  let compiled = cache.get(body);
  if (!compiled) {
    compiled = new RegExp(anchoredSource(body), 'u');
    cache.set(body, compiled);
  }
  return compiled;
}

export function matchesFully(body: string, value: string): boolean {
  return fullMatchRegExp(body).test(value);
}
