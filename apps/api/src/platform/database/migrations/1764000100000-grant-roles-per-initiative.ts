import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles per initiative: an account holds no role of its own, only grants (account, initiative,
 * role). Existing accounts keep exactly the access they had: their one role, on every initiative
 * that exists now (roles used to cover all of them).
 */
export class GrantRolesPerInitiative1764000100000 implements MigrationInterface {
  name = 'GrantRolesPerInitiative1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_roles (
        account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('organiser', 'auditor')),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, initiative_id, role)
      )`);
    await q.query(`CREATE INDEX account_roles_initiative_idx ON account_roles (initiative_id)`);
    await q.query(`INSERT INTO account_roles (account_id, initiative_id, role) SELECT a.id, i.id, a.role FROM accounts a CROSS JOIN initiatives i WHERE a.disabled_at IS NULL`);
    await q.query(`ALTER TABLE accounts DROP COLUMN role`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts ADD COLUMN role text NOT NULL DEFAULT 'auditor' CHECK (role IN ('organiser', 'auditor'))`);
    await q.query(`UPDATE accounts a SET role = 'organiser' WHERE EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = a.id AND r.role = 'organiser')`);
    await q.query(`ALTER TABLE accounts ALTER COLUMN role DROP DEFAULT`);
    await q.query(`DROP TABLE account_roles`);
  }
}
