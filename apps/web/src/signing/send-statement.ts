import type { StatementInput, Translate } from '@eci/rules';
import type { StatementCertification } from '@eci/api-contract';
import { submitStatement } from '../api/api-client';
import type { SignedReceipt, StatementEnvelope } from '../api/types';
import { fromApi, type ShownError } from './error-messages';

/** What became of a statement sent to the API. */
export type SendOutcome =
  | { kind: 'signed'; receipt: SignedReceipt }
  /** 409 already_signed: this person's support already counts. */
  | { kind: 'already-signed' }
  /** 422: problems with fields (shown like the browser's own), and whether the proof of work was refused. */
  | { kind: 'invalid'; errors: ShownError[]; captchaRefused: boolean }
  /**
   * Anything else, explained in one sentence: collection closed, too many attempts, server or
   * network trouble (where the statement may have been stored: sending it again is safe).
   */
  | { kind: 'notice'; message: string };

export async function sendStatement(slug: string, input: StatementInput, envelope: StatementEnvelope & StatementCertification, t: Translate): Promise<SendOutcome> {
  const result = await submitStatement(slug, input, envelope);
  if (result.ok) return { kind: 'signed', receipt: result.data };
  const codes = result.errors.map((error) => error.code);
  switch (result.status) {
    case 409:
      return codes.includes('already_signed') ? { kind: 'already-signed' } : { kind: 'notice', message: t('page.outcome.closed') };
    case 422: {
      const errors = result.errors.map((error) => fromApi(error, t));
      return { kind: 'invalid', errors, captchaRefused: codes.includes('captcha') };
    }
    case 429:
      return { kind: 'notice', message: t('page.outcome.rateLimited') };
    case 503:
      // The API says in the signer's language whether nothing was saved (database_down) or whether
      // it cannot know (outcome_unknown, with the receipt to check): never claim more than it does.
      if (codes.includes('outcome_unknown') || codes.includes('database_down')) return { kind: 'notice', message: result.errors[0].message };
      return { kind: 'notice', message: t('page.outcome.serverError') };
    case 0:
      return { kind: 'notice', message: t('page.outcome.network') };
    default:
      return { kind: 'notice', message: t('page.outcome.serverError') };
  }
}
