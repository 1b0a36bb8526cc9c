import type { NormalisedStatement } from '@eci/rules';
import { ExportDataError } from './statement-checks';
import type { CollectionChannel, ExportStatement } from './types';

/** What the signing service seals to the organisers' key for every statement (version 1). */
export interface SealedStatementPayload {
  readonly version: 1;
  readonly statementId: string;
  readonly initiative: { readonly registrationNumber: string; readonly slug: string };
  readonly signedOn: string;
  readonly rulesVersion: string;
  readonly idFormatConfirmed: boolean;
  readonly statement: NormalisedStatement;
}

/**
 * A decrypted payload (`openStatement(...)`) → the exporter's input. The channel is not sealed:
 * it comes from the database row. Checks that the statement belongs to this initiative.
 */
export function fromSealedPayload(payload: SealedStatementPayload, channel: CollectionChannel, registrationNumber: string): ExportStatement {
  if (payload.version !== 1) throw new ExportDataError(`Unsupported sealed statement version ${String(payload.version)}`);
  if (payload.initiative?.registrationNumber !== registrationNumber) {
    throw new ExportDataError('A sealed statement belongs to another initiative');
  }
  return {
    statementId: payload.statementId,
    signedOn: payload.signedOn,
    channel,
    idFormatConfirmed: payload.idFormatConfirmed,
    rulesVersion: payload.rulesVersion,
    statement: payload.statement,
  };
}
