export type { ApiErrorItem, PublicInitiative, PublicOrganiser as Organiser, ReceiptStatus, SignedReceipt } from '@eci/api-contract';
import type { ApiErrorItem } from '@eci/api-contract';

/** What the body of a statement may carry besides the statement fields. */
export interface StatementEnvelope {
  lang: string;
  partner?: string;
  captcha?: string;
}

/** An API answer: the data, or the status and errors (status 0: the network failed). */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; errors: ApiErrorItem[] };
