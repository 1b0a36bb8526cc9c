import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coalition partners: the origins allowed to embed the signing page, and a secret read token
 * (only its SHA-256 is stored; shown once; revocable).
 */
export class AddPartnerAccess1763900200000 implements MigrationInterface {
  name = 'AddPartnerAccess1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partners ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE partners ADD COLUMN token_hash bytea CHECK (octet_length(token_hash) = 32)`);
    await q.query(`ALTER TABLE partners ADD COLUMN token_revoked_at timestamptz`);
    await q.query(`CREATE UNIQUE INDEX partners_token_hash_key ON partners (token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX signatures_initiative_partner_idx ON signatures (initiative_id, partner_id, nationality) WHERE partner_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX signatures_initiative_partner_idx`);
    await q.query(`DROP INDEX partners_token_hash_key`);
    await q.query(`ALTER TABLE partners DROP COLUMN token_revoked_at, DROP COLUMN token_hash, DROP COLUMN allowed_origins`);
  }
}
