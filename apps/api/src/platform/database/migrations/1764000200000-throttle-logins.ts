import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling instead of account locks. `login_throttle` counts failed logins per keyed hash
 * (an HMAC under a key derived from the server secret) of an e-mail address, whether or not an
 * account has it, or of a device cookie, shared by every API process; client addresses are counted
 * in memory only and never reach this table. `login_failures` counts failed logins per account (or
 * "unknown e-mail") and time window until one audit entry per closed window replaces the counts.
 */
export class ThrottleLogins1764000200000 implements MigrationInterface {
  name = 'ThrottleLogins1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts DROP COLUMN failed_logins, DROP COLUMN locked_until`);
    await q.query(`
      CREATE TABLE login_throttle (
        key bytea PRIMARY KEY CHECK (octet_length(key) = 32),
        failures integer NOT NULL CHECK (failures > 0),
        last_failure_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at)`);
    await q.query(`
      CREATE TABLE login_failures (
        window_start timestamptz NOT NULL,
        subject text NOT NULL,
        window_end timestamptz NOT NULL,
        failures integer NOT NULL CHECK (failures > 0),
        PRIMARY KEY (window_start, subject)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failures`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`ALTER TABLE accounts ADD COLUMN failed_logins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
  }
}
