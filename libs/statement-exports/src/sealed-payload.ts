import type { SealedStatementPayload } from '@eci/statement-crypto';
import { ExportDataError } from './statement-checks';
import type { CollectionChannel, ExportStatement } from './types';

/**
 * A decrypted payload (`openStatement(...)`, which has checked its version and fields) → the
 * exporter's input. The channel is not sealed: it comes from the database row. Checks that the
 * statement belongs to this initiative.
 */
export function fromSealedPayload(payload: SealedStatementPayload, channel: CollectionChannel, registrationNumber: string): ExportStatement {
  if (payload.initiative.registrationNumber !== registrationNumber) {
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
