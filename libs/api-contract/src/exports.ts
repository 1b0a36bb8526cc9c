/**
 * Certified exports, as the console asks for them: `POST /api/initiatives/{slug}/exports/{country}`
 * answers the ZIP; with the header `X-Export-Id: <uuid>` chosen by the client, its progress is read
 * meanwhile at `GET /api/initiatives/{slug}/exports/progress/{id}`.
 */

/** The header naming an export so that its progress can be asked for (a UUID the client chooses). */
export const EXPORT_ID_HEADER = 'X-Export-Id';

/**
 * In order: `unlocking` (the key file's Argon2id), `reading` (statements decrypted and laid out in
 * the PDF and XML as they come: `done` of `total`), `pdf` (the PDF finished and PAdES-signed),
 * `signing` (the manifest signed), `zipping`, then `done` (the ZIP is being sent) or `failed`.
 */
export const EXPORT_STAGES = ['unlocking', 'reading', 'pdf', 'signing', 'zipping', 'done', 'failed'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];

/** `GET /api/initiatives/{slug}/exports/progress/{id}`. */
export interface ExportProgress {
  stage: ExportStage;
  /** Statements laid out so far (0 while unlocking). */
  done: number;
  /** Statements of the Member State (0 until counted, after unlocking). */
  total: number;
}

/** `POST /api/initiatives/{slug}/exports/{country}` body (JSON). */
export interface ExportRequest {
  /** The organisers' key file, as `npm run keys` writes it (the parsed JSON object). */
  keyFile: Record<string, unknown>;
  passphrase: string;
  /** The organisers' PKCS#12 certificate, base64. */
  certificate: string;
  certificatePassphrase: string;
  /** One of the Member State's official EU languages; default its first. */
  language?: string;
}
