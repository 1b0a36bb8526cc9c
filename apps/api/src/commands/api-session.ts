import { apiPath } from '@eci/api-contract';

/** A session opened on a running server by a command, as an organiser or auditor account. */
export interface ApiSession {
  /** The headers to send with every request of this session (cookie and CSRF token). */
  headers: Record<string, string>;
}

/** Signs in to the server at `api` (e.g. http://127.0.0.1:3000); a refusal is a thrown error naming the status. */
export async function openApiSession(api: string, email: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${api}${apiPath('authLogin')}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`Login refused (${login.status})`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  // The login sets two cookies (the session and a device cookie): send the session's.
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('eci_session=')) ?? '';
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}
