import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { writeFailure } from '../platform/database/database-errors';
import { DATABASE_POOL_SIZE } from '../platform/database/database.tokens';
import { InsertBatcher } from './insert-batcher';
import type { CaptchaSpend, InsertOutcome, NewSignature, PartnerLookup, Receipt, SignaturesRepository } from './signatures.repository';

interface PendingInsert {
  signature: NewSignature;
  captcha: CaptchaSpend | null;
  now: Date;
}

/**
 * Plain SQL on the hot path. Statements arriving together are written together: one call of
 * `sign_statements` per batch (migration 1764000000000), which spends the proofs of work, inserts
 * the statements and gives back the proofs of work of those refused, in one transaction. The
 * unique index on (initiative, identity hash) decides duplicates; a statement counts as inserted
 * only when the commit has answered.
 *
 * The connection is taken from the pool first, so that a failure is known to have happened before
 * the batch was sent (nothing written) or after (the outcome is unknown until read back).
 */
@Injectable()
export class TypeOrmSignaturesRepository implements SignaturesRepository, PartnerLookup {
  private readonly batcher: InsertBatcher<PendingInsert, InsertOutcome>;

  constructor(
    private readonly db: DataSource,
    @Inject(DATABASE_POOL_SIZE) poolSize: number,
  ) {
    this.batcher = new InsertBatcher((rows) => this.insertBatch(rows), { maxBatch: 256, maxInFlight: Math.max(1, Math.ceil(poolSize / 2)) });
  }

  insert(signature: NewSignature, captcha: CaptchaSpend | null, now: Date): Promise<InsertOutcome> {
    return this.batcher.submit({ signature, captcha, now });
  }

  private async insertBatch(batch: PendingInsert[]): Promise<InsertOutcome[]> {
    const rows = batch.map((b) => b.signature);
    const params = [
      rows.map((r) => r.id),
      rows.map((r) => r.initiativeId),
      rows.map((r) => r.nationality),
      rows.map((r) => r.signedOn),
      rows.map((r) => r.channel),
      rows.map((r) => r.partnerId),
      rows.map((r) => r.idFormatConfirmed),
      rows.map((r) => Buffer.from(r.identityHash)),
      rows.map((r) => Buffer.from(r.ciphertext)),
      batch.map((b) => b.captcha?.signature ?? null),
      batch.map((b) => b.captcha?.expiresAt ?? null),
      batch.reduce((latest, b) => (b.now > latest ? b.now : latest), batch[0].now),
    ];
    let client: PoolClient;
    try {
      client = await (this.db.driver as unknown as { master: Pool }).master.connect();
    } catch (error) {
      throw writeFailure(error, false);
    }
    // A checked-out client reports a broken connection as an 'error' event too: the query's own
    // rejection says it already, and an unheard event would stop the process.
    const ignore = () => undefined;
    client.on('error', ignore);
    let failed: unknown;
    try {
      const result = await client.query<{ id: string; outcome: InsertOutcome }>(
        `SELECT id, outcome FROM sign_statements($1::uuid[], $2::uuid[], $3::char(2)[], $4::date[], $5::text[], $6::uuid[], $7::boolean[], $8::bytea[], $9::bytea[], $10::text[], $11::timestamptz[], $12::timestamptz)`,
        params,
      );
      const outcomes = new Map(result.rows.map((r) => [r.id, r.outcome]));
      return rows.map((r) => outcomes.get(r.id) ?? 'duplicate');
    } catch (error) {
      failed = error;
      throw writeFailure(error, true);
    } finally {
      // A connection that failed mid-statement is not given back to others.
      // A broken client keeps its listener until it is gone; a sound one goes back to the pool as it came.
      if (failed === undefined) client.off('error', ignore);
      client.release(failed instanceof Error ? failed : undefined);
    }
  }

  async findReceipt(id: string): Promise<Receipt | null> {
    const rows: { slug: string; signed_on: string }[] = await this.db.query(
      `SELECT i.slug, to_char(s.signed_on, 'YYYY-MM-DD') AS signed_on
         FROM signatures s JOIN initiatives i ON i.id = s.initiative_id
        WHERE s.id = $1`,
      [id],
    );
    return rows.length === 1 ? { initiativeSlug: rows[0].slug, signedOn: rows[0].signed_on } : null;
  }

  async findPartnerId(initiativeId: string, slug: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM partners WHERE initiative_id = $1 AND slug = $2`, [initiativeId, slug]);
    return rows[0]?.id ?? null;
  }
}
