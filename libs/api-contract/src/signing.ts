import type { StatementInput } from '@eci/rules';

/** Properties of a statement's body that are not statement fields (those are the rules library's `INPUT_FIELDS`). */
export const ENVELOPE_FIELDS = ['lang', 'partner', 'captcha', 'certified'] as const;

/**
 * The property of a statement's body that carries the signatory's certification (Annex III of
 * Regulation (EU) 2019/788: the information given is correct and they have not already supported
 * the initiative). Required and `true`; refused otherwise (422 `required` on this field). Not stored.
 */
export const CERTIFICATION_FIELD = 'certified';

/** What the body of a statement may carry besides the statement fields (and the certification, `StatementCertification`). */
export interface StatementEnvelope {
  /** Language of the error messages (one of the 24 official languages). */
  lang?: string;
  /** A coalition partner's public slug (SLUG_PATTERN); unknown slugs are ignored. */
  partner?: string;
  /** The solved ALTCHA challenge (base64 payload from the widget), at most CAPTCHA_MAX_LENGTH. */
  captcha?: string;
}

/** The longest proof-of-work payload a statement may carry. */
export const CAPTCHA_MAX_LENGTH = 4096;

/**
 * `POST /api/initiatives/{slug}/signatures`: the statement fields (which are required depends on
 * the nationality: `GET /api/initiatives/{slug}/forms/{country}` tells) and the envelope.
 */
export type SignStatementRequest = StatementInput & StatementEnvelope & StatementCertification;

/** The Annex III certification, ticked by the signatory (`CERTIFICATION_FIELD`). */
export interface StatementCertification {
  certified: true;
}

/** `POST /api/initiatives/{slug}/signatures` → 201, once the statement is committed. */
export interface SignedReceipt {
  receipt: string;
  signedOn: string;
}

/** `GET /api/receipts/{id}` → 200 while the statement exists. */
export interface ReceiptStatus {
  status: 'counted';
  initiative: string;
  signedOn: string;
}

/** `GET /api/initiatives/{slug}/forms/{country}`: what the statement form asks a national of `country`. */
export interface SigningForm {
  /** Where the initiative's collection stands today in Brussels: only `collecting` takes statements here. */
  collectionState: 'not-started' | 'collecting' | 'ended' | 'closed-early';
  /** The initiative's online channel: only `own-online` takes statements here; `cocs`: sign on the Commission's system. */
  online: 'own-online' | 'cocs' | null;
  country: string;
  part: 'A' | 'B';
  minAge: number;
  fields: { name: string; required: boolean; label: string; hint: string }[];
  documents: { type: string; label: string; hint: string }[];
  /** The Annex III certification the signatory ticks (the Commission's wording), sent as `certified: true`. */
  certification: { field: typeof CERTIFICATION_FIELD; statement: string };
}

/** `GET /api/captcha`: an ALTCHA (v2) proof-of-work challenge, HMAC-signed, good once. */
export interface CaptchaChallenge {
  parameters: {
    algorithm: string;
    nonce: string;
    salt: string;
    cost: number;
    keyLength: number;
    keyPrefix: string;
    keySignature?: string;
    /** Seconds since the epoch. */
    expiresAt?: number;
  };
  signature?: string;
}
