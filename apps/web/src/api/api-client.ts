import type { StatementInput } from '@eci/rules';
import { apiPath, type SignStatementRequest, type StatementCertification } from '@eci/api-contract';
import type { ApiErrorItem, ApiResult, PublicInitiative, ReceiptStatus, SignedReceipt, StatementEnvelope } from './types';

/** Same-origin JSON calls; no cookies are ever sent or set. */
async function call<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'omit', headers: { accept: 'application/json', ...init.headers } });
  } catch {
    return { ok: false, status: 0, errors: [] };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const errors = (body as { errors?: ApiErrorItem[] } | null)?.errors;
  return { ok: false, status: response.status, errors: Array.isArray(errors) ? errors : [] };
}

export function fetchInitiative(slug: string): Promise<ApiResult<PublicInitiative>> {
  return call(apiPath('initiative', { slug }));
}

/** Sends a statement with its envelope and the signatory's certification (Annex III). */
export function submitStatement(slug: string, statement: StatementInput, envelope: StatementEnvelope & StatementCertification): Promise<ApiResult<SignedReceipt>> {
  const body: SignStatementRequest = { ...statement, ...envelope };
  return call(apiPath('signatures', { slug }), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function fetchReceipt(receipt: string): Promise<ApiResult<ReceiptStatus>> {
  return call(apiPath('receipt', { receipt }), { cache: 'no-store' });
}
