import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NewSignature, PartnerLookup, Receipt, SignaturesRepository } from './signatures.repository';

/** Plain SQL on the hot path: one INSERT per statement, the unique index deciding duplicates. */
@Injectable()
export class TypeOrmSignaturesRepository implements SignaturesRepository, PartnerLookup {
  constructor(private readonly db: DataSource) {}

  async insert(s: NewSignature): Promise<'inserted' | 'duplicate'> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, partner_id, id_format_confirmed, identity_hash, ciphertext)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT signatures_identity_key DO NOTHING
       RETURNING id`,
      [s.id, s.initiativeId, s.nationality, s.signedOn, s.channel, s.partnerId, s.idFormatConfirmed, Buffer.from(s.identityHash), Buffer.from(s.ciphertext)],
    );
    return rows.length === 1 ? 'inserted' : 'duplicate';
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
