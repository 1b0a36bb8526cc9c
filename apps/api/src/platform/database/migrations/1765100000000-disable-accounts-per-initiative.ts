import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People of an initiative (step 10): the `data-entry` role (volunteers typing paper statements in),
 * and accounts disabled on one initiative by its organisers (`account_roles.disabled_at`, set on
 * every role the account holds there): the roles stay listed but grant nothing.
 */
export class DisableAccountsPerInitiative1765100000000 implements MigrationInterface {
  name = 'DisableAccountsPerInitiative1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE account_roles
        DROP CONSTRAINT account_roles_role_check,
        ADD CONSTRAINT account_roles_role_check CHECK (role IN ('organiser', 'auditor', 'data-entry')),
        ADD COLUMN disabled_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM account_roles WHERE role = 'data-entry'`);
    await q.query(`
      ALTER TABLE account_roles
        DROP COLUMN disabled_at,
        DROP CONSTRAINT account_roles_role_check,
        ADD CONSTRAINT account_roles_role_check CHECK (role IN ('organiser', 'auditor'))`);
  }
}
