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

/** One read of each initiative per page view, shared by the page, its layout (the demo notice) and the widget. */
const initiatives = new Map<string, Promise<ApiResult<PublicInitiative>>>();

export function fetchInitiative(slug: string): Promise<ApiResult<PublicInitiative>> {
  let answer = initiatives.get(slug);
  if (!answer) {
    answer = call<PublicInitiative>(apiPath('initiative', { slug }));
    initiatives.set(slug, answer);
    // A failed read is tried again by the next component that asks.
    void answer.then((result) => {
      if (!result.ok) initiatives.delete(slug);
    });
  }
  return answer;
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
