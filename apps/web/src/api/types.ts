/** `GET /api/initiatives/{slug}`: the initiative as registered. */
export interface PublicInitiative {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  /** Keyed by language; `en` is always present. */
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  organisers: Organiser[];
  registerUrl: string;
  collectionStart: string;
  collectionEnd: string;
  thresholdTable: '705' | '720';
}

export interface Organiser {
  role: 'representative' | 'substitute' | 'member';
  name: string;
  /** Member State of residence (ISO 3166-1 alpha-2). */
  residence: string;
  email?: string;
}

/** One item of the house error shape `{"errors":[…]}`. */
export interface ApiErrorItem {
  field: string | null;
  code: string;
  message: string;
  params?: Record<string, string | number>;
  overridable?: boolean;
}

/** `POST /api/initiatives/{slug}/signatures` → 201. */
export interface SignedReceipt {
  receipt: string;
  signedOn: string;
}

/** `GET /api/receipts/{id}` → 200. */
export interface ReceiptStatus {
  status: 'counted';
  initiative: string;
  signedOn: string;
}

/** What the body of a statement may carry besides the statement fields. */
export interface StatementEnvelope {
  lang: string;
  partner?: string;
  captcha?: string;
}

/** An API answer: the data, or the status and errors (status 0: the network failed). */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; errors: ApiErrorItem[] };
