import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statements of support, private by construction: in clear only what counting, duplicate
 * detection and per-country export need; everything personal is a sealed box (`ciphertext`).
 * No timestamp finer than a day, no IP address, no user agent.
 */
export class CreateSignatures1763900100000 implements MigrationInterface {
  name = 'CreateSignatures1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE initiatives ADD COLUMN public_key bytea CHECK (octet_length(public_key) = 32)`);
    await q.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives (id),
        slug text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partners_slug_key UNIQUE (initiative_id, slug),
        CONSTRAINT partners_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$')
      )`);
    await q.query(`
      CREATE TABLE signatures (
        id uuid PRIMARY KEY,
        initiative_id uuid NOT NULL REFERENCES initiatives (id),
        nationality char(2) NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
        signed_on date NOT NULL,
        channel text NOT NULL CHECK (channel IN ('online', 'paper')),
        partner_id uuid REFERENCES partners (id),
        id_format_confirmed boolean NOT NULL DEFAULT false,
        identity_hash bytea NOT NULL CHECK (octet_length(identity_hash) = 32),
        ciphertext bytea NOT NULL,
        CONSTRAINT signatures_identity_key UNIQUE (initiative_id, identity_hash)
      )`);
    await q.query(`CREATE INDEX signatures_initiative_nationality_idx ON signatures (initiative_id, nationality)`);
    await q.query(`
      CREATE TABLE captcha_spent (
        signature text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX captcha_spent_expires_idx ON captcha_spent (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE captcha_spent`);
    await q.query(`DROP TABLE signatures`);
    await q.query(`DROP TABLE partners`);
    await q.query(`ALTER TABLE initiatives DROP COLUMN public_key`);
  }
}
