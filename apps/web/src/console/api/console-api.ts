import type { Language } from '@eci/rules';
import type { ApiErrorItem, ApiResult } from '../../api/types';

/**
 * The console's calls to the API: same origin, with the session cookie (HttpOnly, SameSite=Strict,
 * sent by the browser) and, on every call that changes something, the session's CSRF token in
 * `X-CSRF-Token`. `Accept-Language` is the console's language, so the API's error messages come
 * back in the words the organiser reads (the same messages the API gives any client).
 */

const CSRF_KEY = 'eci.console.csrf';

/**
 * The CSRF token of this tab's session, kept in `sessionStorage` (this tab only, gone when it
 * closes; a tab opened from the console inherits a copy). It is not a credential on its own: the
 * session cookie is, and no script can read that.
 */
export const csrfToken = {
  get: (): string | null => sessionStorage.getItem(CSRF_KEY),
  set: (token: string): void => sessionStorage.setItem(CSRF_KEY, token),
  clear: (): void => sessionStorage.removeItem(CSRF_KEY),
};

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  lang: Language;
  headers?: Record<string, string>;
}

/** A call whose answer is read as it comes (a download): the raw response, or status 0 when the network failed. */
export async function consoleFetch(path: string, options: CallOptions): Promise<Response | { ok: false; status: 0 }> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': options.lang, ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = csrfToken.get();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, status: 0 };
  }
}

/** Reads an error answer in the house shape (`{errors:[…]}`); anything else is no errors. */
export async function errorsOf(response: Response): Promise<ApiErrorItem[]> {
  const body: unknown = await response.json().catch(() => null);
  const errors = (body as { errors?: ApiErrorItem[] } | null)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** A JSON call: the data, or the status with the API's errors. 204 gives `undefined`. */
export async function consoleCall<T>(path: string, options: CallOptions): Promise<ApiResult<T>> {
  const response = await consoleFetch(path, options);
  if (!(response instanceof Response)) return { ok: false, status: 0, errors: [] };
  if (!response.ok) return { ok: false, status: response.status, errors: await errorsOf(response) };
  const data = response.status === 204 ? undefined : ((await response.json().catch(() => undefined)) as T);
  return { ok: true, status: response.status, data: data as T };
}
