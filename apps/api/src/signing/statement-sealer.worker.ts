import { sealStatement, type SealedStatementPayload } from '@eci/statement-crypto';

/** One statement to seal, as `StatementSealer` hands it to its worker thread. */
export interface SealingJob {
  readonly payload: SealedStatementPayload;
  readonly publicKey: Uint8Array;
}

/**
 * The sealing worker (a piscina task, run on a worker thread): seals one batch, in order, with the
 * same `sealStatement` the rest of the code base uses.
 */
export default function sealBatch(jobs: readonly SealingJob[]): Uint8Array[] {
  return jobs.map((job) => sealStatement(job.payload, job.publicKey));
}
