import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Initiatives as organisers set them up (step 9): the COCS signing address, website, partial-
 * registration notice, annex, an early closure, and whether the initiative is a demonstration.
 * Existing initiatives are the demo (`slug = 'demo'`) or real ones.
 */
export class SetUpInitiatives1765000000000 implements MigrationInterface {
  name = 'SetUpInitiatives1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE initiatives
        ADD COLUMN cocs_url text,
        ADD COLUMN website text,
        ADD COLUMN partial_registration jsonb,
        ADD COLUMN annex jsonb,
        ADD COLUMN closed_early_on date,
        ADD COLUMN demo boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT initiatives_closed_early_in_period CHECK (closed_early_on IS NULL OR closed_early_on >= collection_start),
        ADD CONSTRAINT initiatives_web_addresses CHECK ((cocs_url IS NULL OR cocs_url ~ '^https://') AND (website IS NULL OR website ~ '^https?://'))`);
    await q.query(`UPDATE initiatives SET demo = true WHERE slug = 'demo'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE initiatives
        DROP CONSTRAINT initiatives_web_addresses,
        DROP CONSTRAINT initiatives_closed_early_in_period,
        DROP COLUMN demo, DROP COLUMN closed_early_on, DROP COLUMN annex, DROP COLUMN partial_registration,
        DROP COLUMN website, DROP COLUMN cocs_url`);
  }
}
