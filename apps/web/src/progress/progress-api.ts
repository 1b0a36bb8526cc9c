import { apiPath, type PartnerProgress, type PublicProgress } from '@eci/api-contract';
import type { ApiErrorItem, ApiResult } from '../api/types';

/**
 * Same-origin reads, no cookies (like api/api-client.ts). `no-cache` revalidates with the ETag the
 * browser kept: while the counts are unchanged the server answers 304 and sends no body.
 */
async function read<T>(path: string, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'omit', cache: 'no-cache', headers: { accept: 'application/json', ...headers } });
  } catch {
    return { ok: false, status: 0, errors: [] };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return { ok: true, status: response.status, data: body as T };
  const errors = (body as { errors?: ApiErrorItem[] } | null)?.errors;
  return { ok: false, status: response.ok ? 502 : response.status, errors: Array.isArray(errors) ? errors : [] };
}

export function fetchProgress(slug: string): Promise<ApiResult<PublicProgress>> {
  return read(apiPath('progress', { slug }));
}

/** The partner's own counts; the token goes in the `Authorization` header only, never in an address. */
export function fetchPartnerProgress(slug: string, partner: string, token: string): Promise<ApiResult<PartnerProgress>> {
  return read(apiPath('partnerProgress', { slug, partner }), { authorization: `Bearer ${token}` });
}
