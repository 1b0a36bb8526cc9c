import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATABASE_POOL_SIZE } from '../database/database.tokens';
import { InsertBatcher } from './insert-batcher';
import type { NewSignature, PartnerLookup, Receipt, SignaturesRepository } from './signatures.repository';

/**
 * Plain SQL on the hot path. Statements arriving together are inserted together, one multi-row
 * `INSERT … ON CONFLICT DO NOTHING RETURNING id` per batch: the unique index on
 * (initiative, identity hash) decides duplicates, against earlier rows and within the batch (the
 * first wins), and a statement counts as inserted only when its id comes back from the commit.
 */
@Injectable()
export class TypeOrmSignaturesRepository implements SignaturesRepository, PartnerLookup {
  private readonly batcher: InsertBatcher<NewSignature, 'inserted' | 'duplicate'>;

  constructor(
    private readonly db: DataSource,
    @Inject(DATABASE_POOL_SIZE) poolSize: number,
  ) {
    this.batcher = new InsertBatcher((rows) => this.insertBatch(rows), { maxBatch: 256, maxInFlight: Math.max(1, Math.ceil(poolSize / 2)) });
  }

  insert(signature: NewSignature): Promise<'inserted' | 'duplicate'> {
    return this.batcher.submit(signature);
  }

  private async insertBatch(rows: NewSignature[]): Promise<('inserted' | 'duplicate')[]> {
    const inserted: { id: string }[] = await this.db.query(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, partner_id, id_format_confirmed, identity_hash, ciphertext)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::char(2)[], $4::date[], $5::text[], $6::uuid[], $7::boolean[], $8::bytea[], $9::bytea[])
       ON CONFLICT ON CONSTRAINT signatures_identity_key DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.initiativeId),
        rows.map((r) => r.nationality),
        rows.map((r) => r.signedOn),
        rows.map((r) => r.channel),
        rows.map((r) => r.partnerId),
        rows.map((r) => r.idFormatConfirmed),
        rows.map((r) => Buffer.from(r.identityHash)),
        rows.map((r) => Buffer.from(r.ciphertext)),
      ],
    );
    const ids = new Set(inserted.map((r) => r.id));
    return rows.map((r) => (ids.has(r.id) ? 'inserted' : 'duplicate'));
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
