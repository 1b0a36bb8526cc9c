import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One call, one transaction, one round trip for a batch of statements of support, so that a
 * statement and the proof of work that let it in are committed together or not at all:
 *
 * 1. forget proofs of work that have expired;
 * 2. spend each row's proof of work (a challenge spent before, or twice in this batch, loses:
 *    `captcha_used`);
 * 3. insert the rows whose proof of work was spent (or that need none); the unique identity key
 *    decides duplicates, against earlier rows and within the batch (the first wins);
 * 4. give back the proofs of work of the rows that were not inserted: a refused statement spends
 *    nothing, and the signer can send a corrected one with the same challenge.
 *
 * Returns each row's outcome in input order: `inserted`, `duplicate` or `captcha_used`.
 */
export class SignStatements1764000000000 implements MigrationInterface {
  name = 'SignStatements1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION sign_statements(
        ids uuid[], initiative_ids uuid[], nationalities char(2)[], signed_ons date[], channels text[],
        partner_ids uuid[], id_formats_confirmed boolean[], identity_hashes bytea[], ciphertexts bytea[],
        captcha_signatures text[], captcha_expiries timestamptz[], at_time timestamptz
      ) RETURNS TABLE (id uuid, outcome text) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        spent uuid[];
        inserted uuid[];
      BEGIN
        DELETE FROM captcha_spent WHERE expires_at < at_time;

        WITH input AS (
          SELECT * FROM unnest(ids, captcha_signatures, captcha_expiries) WITH ORDINALITY AS t(id, signature, expires_at, n)
        ), first_use AS (
          SELECT DISTINCT ON (signature) id, signature, expires_at FROM input WHERE signature IS NOT NULL ORDER BY signature, n
        ), claimed AS (
          INSERT INTO captcha_spent (signature, expires_at) SELECT signature, expires_at FROM first_use
          ON CONFLICT (signature) DO NOTHING RETURNING signature
        )
        SELECT coalesce(array_agg(f.id), '{}') INTO spent FROM first_use f JOIN claimed c ON c.signature = f.signature;

        WITH written AS (
          INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, partner_id, id_format_confirmed, identity_hash, ciphertext)
          SELECT t.id, t.initiative_id, t.nationality, t.signed_on, t.channel, t.partner_id, t.id_format_confirmed, t.identity_hash, t.ciphertext
            FROM unnest(ids, initiative_ids, nationalities, signed_ons, channels, partner_ids, id_formats_confirmed, identity_hashes, ciphertexts, captcha_signatures)
                 WITH ORDINALITY AS t(id, initiative_id, nationality, signed_on, channel, partner_id, id_format_confirmed, identity_hash, ciphertext, signature, n)
           WHERE t.signature IS NULL OR t.id = ANY (spent)
           ORDER BY t.n
          ON CONFLICT ON CONSTRAINT signatures_identity_key DO NOTHING
          RETURNING signatures.id
        )
        SELECT coalesce(array_agg(written.id), '{}') INTO inserted FROM written;

        DELETE FROM captcha_spent c
         USING unnest(ids, captcha_signatures) AS t(id, signature)
         WHERE c.signature = t.signature AND t.id = ANY (spent) AND NOT t.id = ANY (inserted);

        RETURN QUERY
          SELECT t.id,
                 CASE WHEN t.id = ANY (inserted) THEN 'inserted'
                      WHEN t.signature IS NOT NULL AND NOT t.id = ANY (spent) THEN 'captcha_used'
                      ELSE 'duplicate' END
            FROM unnest(ids, captcha_signatures) WITH ORDINALITY AS t(id, signature, n)
           ORDER BY t.n;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sign_statements`);
  }
}
