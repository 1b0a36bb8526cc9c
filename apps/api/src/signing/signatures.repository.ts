/** A statement as stored: personal data only inside `ciphertext`. */
export interface NewSignature {
  id: string;
  initiativeId: string;
  nationality: string;
  signedOn: string;
  channel: 'online' | 'paper';
  partnerId: string | null;
  idFormatConfirmed: boolean;
  identityHash: Uint8Array;
  ciphertext: Uint8Array;
}

export interface Receipt {
  initiativeSlug: string;
  signedOn: string;
}

/** A verified proof of work, spent in the same transaction as the statement it let in. */
export interface CaptchaSpend {
  signature: string;
  expiresAt: Date;
}

/**
 * What became of a statement, once committed: `inserted`; `duplicate` when the initiative already
 * holds this identity hash; `captcha_used` when its proof of work was spent before. A statement
 * that is not inserted spends no proof of work.
 */
export type InsertOutcome = 'inserted' | 'duplicate' | 'captcha_used';

export interface SignaturesRepository {
  /**
   * Inserts the statement and spends its proof of work in one transaction, and answers only after
   * the commit. Throws `DatabaseUnavailableError` when nothing was written, and
   * `CommitOutcomeUnknownError` when the connection broke after the write was sent.
   */
  insert(signature: NewSignature, captcha: CaptchaSpend | null, now: Date): Promise<InsertOutcome>;
  findReceipt(id: string): Promise<Receipt | null>;
}

export const SIGNATURES_REPOSITORY = Symbol('SignaturesRepository');

/** Finds a coalition partner of an initiative by its public slug. */
export interface PartnerLookup {
  findPartnerId(initiativeId: string, slug: string): Promise<string | null>;
}

export const PARTNER_LOOKUP = Symbol('PartnerLookup');
