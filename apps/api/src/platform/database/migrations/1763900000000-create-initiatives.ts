import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInitiatives1763900000000 implements MigrationInterface {
  name = 'CreateInitiatives1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        registration_number text NOT NULL,
        registration_date date NOT NULL,
        title jsonb NOT NULL,
        subject jsonb NOT NULL,
        objectives jsonb NOT NULL,
        organisers jsonb NOT NULL,
        register_url text NOT NULL,
        collection_start date NOT NULL,
        collection_end date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiatives_slug_key UNIQUE (slug),
        CONSTRAINT initiatives_registration_number_key UNIQUE (registration_number),
        CONSTRAINT initiatives_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$'),
        CONSTRAINT initiatives_registration_number_format CHECK (registration_number ~ '^ECI\\([0-9]{4}\\)[0-9]{6}$'),
        CONSTRAINT initiatives_collection_period CHECK (collection_end >= collection_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiatives`);
  }
}
