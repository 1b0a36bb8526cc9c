import type { ApiErrorItem } from '@eci/api-contract';

export type { ApiErrorItem, CollectionState, PublicInitiative, PublicOrganiser as Organiser, ReceiptStatus, SignedReceipt, StatementEnvelope } from '@eci/api-contract';

/** An API answer: the data, or the status and errors (status 0: the network failed). */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; errors: ApiErrorItem[] };
