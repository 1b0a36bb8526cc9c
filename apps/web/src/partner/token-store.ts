/**
 * Where a partner's read token is kept: this tab's sessionStorage (it survives a reload or a
 * change of language, and goes when the tab closes or the partner signs out), or memory alone
 * where the browser refuses storage. Never a cookie, never the address.
 */
const memory = new Map<string, string>();
const keyOf = (slug: string, partner: string) => `eci.partner-token.${slug}.${partner}`;

export function readToken(slug: string, partner: string): string | null {
  const key = keyOf(slug, partner);
  try {
    return sessionStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function keepToken(slug: string, partner: string, token: string): void {
  const key = keyOf(slug, partner);
  try {
    sessionStorage.setItem(key, token);
  } catch {
    memory.set(key, token);
  }
}

export function forgetToken(slug: string, partner: string): void {
  const key = keyOf(slug, partner);
  memory.delete(key);
  try {
    sessionStorage.removeItem(key);
  } catch {
    // storage refused: the token was only in memory
  }
}
