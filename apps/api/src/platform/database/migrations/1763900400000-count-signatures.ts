import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counter rows per signing connection: two concurrent transactions share a row only if their backends share a slot. */
export const COUNT_SLOTS = 64;

/**
 * Counts kept by PostgreSQL itself, in the transaction that adds or removes statements, so that
 * progress reads sum a few hundred counter rows instead of scanning every statement (at a million
 * statements one such count took 155–630 ms; see BENCHMARKS.md).
 *
 * Contention-free by construction: each row is (initiative, nationality, partner, slot), and the
 * slot is the writing backend's process id modulo 64, so concurrent signing connections add to
 * different rows; there is no single counter row for all signing to queue on. The triggers are
 * statement-level and read the transition tables: one upsert per batch of statements, whichever
 * path wrote them (online signing, paper statements, purges, corrections by hand). Rows are locked
 * in one order (initiative, nationality, partner), so two writers that do share a slot wait for each
 * other's commit and never deadlock. Statistics only: nothing about a person, no time at all.
 */
export class CountSignatures1763900400000 implements MigrationInterface {
  name = 'CountSignatures1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signature_counts (
        initiative_id uuid NOT NULL REFERENCES initiatives (id),
        nationality char(2) NOT NULL,
        partner_id uuid REFERENCES partners (id),
        slot smallint NOT NULL,
        n bigint NOT NULL,
        CONSTRAINT signature_counts_key UNIQUE NULLS NOT DISTINCT (initiative_id, nationality, partner_id, slot)
      )`);
    await q.query(`
      CREATE FUNCTION signature_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO signature_counts AS c (initiative_id, nationality, partner_id, slot, n)
          SELECT initiative_id, nationality, partner_id, pg_backend_pid() % ${COUNT_SLOTS}, count(*)
            FROM added GROUP BY initiative_id, nationality, partner_id ORDER BY 1, 2, 3
          ON CONFLICT ON CONSTRAINT signature_counts_key DO UPDATE SET n = c.n + excluded.n;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          INSERT INTO signature_counts AS c (initiative_id, nationality, partner_id, slot, n)
          SELECT initiative_id, nationality, partner_id, pg_backend_pid() % ${COUNT_SLOTS}, -count(*)
            FROM removed GROUP BY initiative_id, nationality, partner_id ORDER BY 1, 2, 3
          ON CONFLICT ON CONSTRAINT signature_counts_key DO UPDATE SET n = c.n + excluded.n;
        END IF;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger: three triggers, one function.
    await q.query(`CREATE TRIGGER signatures_count_insert AFTER INSERT ON signatures REFERENCING NEW TABLE AS added
                   FOR EACH STATEMENT EXECUTE FUNCTION signature_counts_apply()`);
    await q.query(`CREATE TRIGGER signatures_count_delete AFTER DELETE ON signatures REFERENCING OLD TABLE AS removed
                   FOR EACH STATEMENT EXECUTE FUNCTION signature_counts_apply()`);
    await q.query(`CREATE TRIGGER signatures_count_update AFTER UPDATE ON signatures REFERENCING OLD TABLE AS removed NEW TABLE AS added
                   FOR EACH STATEMENT EXECUTE FUNCTION signature_counts_apply()`);
    await q.query(`
      CREATE FUNCTION signature_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM signature_counts;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER signatures_count_truncate AFTER TRUNCATE ON signatures FOR EACH STATEMENT EXECUTE FUNCTION signature_counts_clear()`);
    await q.query(`
      INSERT INTO signature_counts (initiative_id, nationality, partner_id, slot, n)
      SELECT initiative_id, nationality, partner_id, 0, count(*) FROM signatures GROUP BY initiative_id, nationality, partner_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER signatures_count_truncate ON signatures`);
    await q.query(`DROP TRIGGER signatures_count_update ON signatures`);
    await q.query(`DROP TRIGGER signatures_count_delete ON signatures`);
    await q.query(`DROP TRIGGER signatures_count_insert ON signatures`);
    await q.query(`DROP FUNCTION signature_counts_clear()`);
    await q.query(`DROP FUNCTION signature_counts_apply()`);
    await q.query(`DROP TABLE signature_counts`);
  }
}
