import { verifyChain } from '@eci/audit-chain';
import { InMemoryAccountsRepository } from '../../test/fakes/accounts.fake';
import { InMemoryAuditLogRepository } from '../../test/fakes/audit-log.fake';
import { InMemoryInitiativesRepository } from '../../test/fakes/initiatives.fake';
import { AdjustableClock } from '../../test/fixtures/adjustable-clock';
import { cheapHasher } from '../../test/fixtures/cheap-hasher';
import { initiativeNamed } from '../../test/contracts/people-seed';
import { AuditService } from '../audit/audit.service';
import { FailedLoginsService } from '../audit/failed-logins.service';
import { AccountsService } from './accounts.service';
import { refusalItems as refusal } from '../../test/fixtures/refusals';

async function setUp() {
  const clock = new AdjustableClock();
  const initiatives = new InMemoryInitiativesRepository();
  for (const slug of ['alpha', 'beta']) await initiatives.create(initiativeNamed(slug));
  const accounts = new InMemoryAccountsRepository(initiatives);
  const log = new InMemoryAuditLogRepository(accounts);
  const audit = new AuditService(log, clock, new FailedLoginsService(log, clock));
  return { accounts, log, service: new AccountsService(accounts, audit, cheapHasher) };
}

describe('AccountsService', () => {
  it('creates an account with a hashed password and audits it', async () => {
    const { accounts, log, service } = await setUp();
    const created = await service.create('system', 'alpha', '  ada@example.org ', 'auditor', 'correct horse battery');
    expect(created).toEqual({ id: expect.any(String), email: 'ada@example.org', roles: ['auditor'], disabled: false });
    const found = await accounts.findForLogin('ada@example.org');
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await cheapHasher.verify(found!.passwordHash, 'correct horse battery')).toBe(true);
    const entries = await log.list(0, 10);
    expect(entries.map((e) => [e.actor, e.action, e.details])).toEqual([['system', 'account_created', { account: created.id, initiative: 'alpha', role: 'auditor' }]]);
    expect(verifyChain(entries).valid).toBe(true);
  });

  it('grants a role to an existing account when no password is given', async () => {
    const { log, service } = await setUp();
    const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await service.create('organiser-token', 'beta', 'ADA@example.org', 'auditor', undefined)).toEqual({ id: ada.id, email: 'ada@example.org', roles: ['auditor'], disabled: false });
    expect((await log.list(0, 10)).at(-1)).toMatchObject({ actor: 'organiser-token', action: 'role_granted', details: { account: ada.id, initiative: 'beta', role: 'auditor' } });
  });

  it('refuses a password for an e-mail that has an account', async () => {
    const { service } = await setUp();
    await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await refusal(service.create('system', 'beta', 'Ada@example.org', 'auditor', 'another password'))).toEqual([{ field: 'email', code: 'account_exists' }]);
  });

  it('requires a password for a new account', async () => {
    const { service } = await setUp();
    expect(await refusal(service.create('system', 'alpha', 'ada@example.org', 'auditor', undefined))).toEqual([{ field: 'password', code: 'required' }]);
  });

  it('refuses an unknown initiative, for a new and for an existing account', async () => {
    const { accounts, service } = await setUp();
    expect(await refusal(service.create('system', 'nowhere', 'ada@example.org', 'auditor', 'correct horse battery'))).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
    await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await refusal(service.create('system', 'nowhere', 'ada@example.org', 'auditor', undefined))).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
    expect(await accounts.count()).toBe(1);
  });

  it('lists the accounts of one initiative with their roles on it', async () => {
    const { service } = await setUp();
    const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    await service.create('system', 'beta', 'ada@example.org', 'auditor', undefined);
    await service.create('system', 'beta', 'bob@example.org', 'auditor', 'correct horse battery');
    expect(await service.list('alpha')).toEqual([{ id: ada.id, email: 'ada@example.org', roles: ['organiser'], disabled: false }]);
  });

  it('revokes the roles on one initiative and audits whether the account was disabled', async () => {
    const { log, service } = await setUp();
    const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    await service.create('system', 'beta', 'ada@example.org', 'auditor', undefined);
    await service.revoke('system', 'beta', ada.id);
    await service.revoke('system', 'alpha', ada.id);
    expect((await log.list(0, 10)).filter((e) => e.action === 'role_revoked').map((e) => e.details)).toEqual([
      { account: ada.id, initiative: 'beta', roles: ['auditor'], disabled: false },
      { account: ada.id, initiative: 'alpha', roles: ['organiser'], disabled: true },
    ]);
  });

  it('answers account_not_found for no role on the initiative and for an id that is no uuid', async () => {
    const { service } = await setUp();
    const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await refusal(service.revoke('system', 'beta', ada.id))).toEqual([{ field: 'id', code: 'account_not_found' }]);
    expect(await refusal(service.revoke('system', 'alpha', 'not-a-uuid'))).toEqual([{ field: 'id', code: 'account_not_found' }]);
  });

  it('lists data-entry volunteers with their role; the role grants nothing else', async () => {
    const { accounts, service } = await setUp();
    const vol = await service.create('system', 'alpha', 'vol@example.org', 'data-entry', 'correct horse battery');
    expect(await service.list('alpha')).toEqual([{ id: vol.id, email: 'vol@example.org', roles: ['data-entry'], disabled: false }]);
    expect((await accounts.findById(vol.id))?.roles).toEqual([{ initiative: 'alpha', role: 'data-entry' }]);
  });

  describe('password reset', () => {
    it('sets a new password, ends the sessions and audits it', async () => {
      const { accounts, log, service } = await setUp();
      const ada = await service.create('system', 'alpha', 'ada@example.org', 'auditor', 'correct horse battery');
      const session = Buffer.alloc(32, 7);
      await accounts.createSession(session, ada.id, Buffer.alloc(32, 8), new Date(Date.now() + 3_600_000));
      expect(await service.resetPassword('account:00000000-0000-4000-8000-000000000001', 'alpha', ada.id, 'a brand new passphrase')).toEqual({ id: ada.id, email: 'ada@example.org', roles: ['auditor'], disabled: false });
      const found = await accounts.findForLogin('ada@example.org');
      expect(await cheapHasher.verify(found!.passwordHash, 'a brand new passphrase')).toBe(true);
      expect(await cheapHasher.verify(found!.passwordHash, 'correct horse battery')).toBe(false);
      expect(await accounts.findSession(session, new Date())).toBeNull();
      const last = (await log.list(0, 10)).at(-1);
      expect([last?.actor, last?.action, last?.details]).toEqual(['account:00000000-0000-4000-8000-000000000001', 'password_reset', { account: ada.id, initiative: 'alpha' }]);
      // The audit trail never holds the password, in clear or hashed.
      expect(JSON.stringify(await log.list(0, 10))).not.toContain('brand new');
    });

    it('refuses an account with no role on the initiative, and an id that is no uuid', async () => {
      const { accounts, service } = await setUp();
      const ada = await service.create('system', 'beta', 'ada@example.org', 'auditor', 'correct horse battery');
      expect(await refusal(service.resetPassword('organiser-token', 'alpha', ada.id, 'a brand new passphrase'))).toEqual([{ field: 'id', code: 'account_not_found' }]);
      expect(await refusal(service.resetPassword('organiser-token', 'alpha', 'nope', 'a brand new passphrase'))).toEqual([{ field: 'id', code: 'account_not_found' }]);
      expect(await cheapHasher.verify((await accounts.findForLogin('ada@example.org'))!.passwordHash, 'correct horse battery')).toBe(true);
    });

    it("refuses an organiser of one initiative an account that also belongs to another it does not organise", async () => {
      const { accounts, service } = await setUp();
      const alphaOrganiser = await service.create('system', 'alpha', 'org@example.org', 'organiser', 'correct horse battery');
      const both = await service.create('system', 'alpha', 'both@example.org', 'auditor', 'correct horse battery');
      await service.create('system', 'beta', 'both@example.org', 'organiser', undefined);
      const as = `account:${alphaOrganiser.id}` as const;
      expect(await refusal(service.resetPassword(as, 'alpha', both.id, 'a brand new passphrase'))).toEqual([{ field: 'id', code: 'account_on_other_initiative' }]);
      expect(await cheapHasher.verify((await accounts.findForLogin('both@example.org'))!.passwordHash, 'correct horse battery')).toBe(true);
      // Organising both, or holding the installation's credential, it may.
      await service.create('system', 'beta', 'org@example.org', 'organiser', undefined);
      await service.resetPassword(as, 'alpha', both.id, 'a brand new passphrase');
      await service.resetPassword('organiser-token', 'alpha', both.id, 'another new passphrase');
      expect(await cheapHasher.verify((await accounts.findForLogin('both@example.org'))!.passwordHash, 'another new passphrase')).toBe(true);
    });
  });

  describe('disabling', () => {
    it('disables an account on one initiative: its roles there grant nothing, its sessions end, others stay', async () => {
      const { accounts, log, service } = await setUp();
      const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
      await service.create('system', 'beta', 'ada@example.org', 'auditor', undefined);
      const session = Buffer.alloc(32, 3);
      await accounts.createSession(session, ada.id, Buffer.alloc(32, 4), new Date(Date.now() + 3_600_000));
      expect(await service.setDisabled('organiser-token', 'alpha', ada.id, true)).toEqual({ id: ada.id, email: 'ada@example.org', roles: ['organiser'], disabled: true });
      expect(await accounts.findSession(session, new Date())).toBeNull();
      expect(await accounts.findById(ada.id)).toMatchObject({ disabled: false, roles: [{ initiative: 'beta', role: 'auditor' }] });
      expect(await service.list('beta')).toEqual([{ id: ada.id, email: 'ada@example.org', roles: ['auditor'], disabled: false }]);
      // Disabled on every initiative it belongs to, it cannot sign in.
      await service.setDisabled('organiser-token', 'beta', ada.id, true);
      expect(await accounts.findById(ada.id)).toMatchObject({ disabled: true, roles: [] });
      // A role granted where it is disabled is disabled too; enabling gives back every role there.
      await service.create('system', 'alpha', 'ada@example.org', 'auditor', undefined);
      expect(await service.list('alpha')).toEqual([{ id: ada.id, email: 'ada@example.org', roles: ['auditor', 'organiser'], disabled: true }]);
      expect(await service.setDisabled('organiser-token', 'alpha', ada.id, false)).toEqual({ id: ada.id, email: 'ada@example.org', roles: ['auditor', 'organiser'], disabled: false });
      expect(await accounts.findById(ada.id)).toMatchObject({ disabled: false, roles: [{ initiative: 'alpha', role: 'auditor' }, { initiative: 'alpha', role: 'organiser' }] });
      expect((await log.list(0, 20)).filter((e) => e.action.startsWith('account_') && e.action !== 'account_created').map((e) => [e.action, e.details])).toEqual([
        ['account_disabled', { account: ada.id, initiative: 'alpha', roles: ['organiser'] }],
        ['account_disabled', { account: ada.id, initiative: 'beta', roles: ['auditor'] }],
        ['account_enabled', { account: ada.id, initiative: 'alpha', roles: ['auditor', 'organiser'] }],
      ]);
    });

    it('refuses to disable the caller itself, or an account with no role on the initiative', async () => {
      const { log, service } = await setUp();
      const ada = await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
      const bob = await service.create('system', 'beta', 'bob@example.org', 'organiser', 'correct horse battery');
      const entries = (await log.list(0, 10)).length;
      expect(await refusal(service.setDisabled(`account:${ada.id}`, 'alpha', ada.id, true))).toEqual([{ field: 'id', code: 'cannot_disable_self' }]);
      expect(await refusal(service.setDisabled(`account:${ada.id}`, 'alpha', bob.id, true))).toEqual([{ field: 'id', code: 'account_not_found' }]);
      expect(await refusal(service.setDisabled(`account:${ada.id}`, 'alpha', bob.id, false))).toEqual([{ field: 'id', code: 'account_not_found' }]);
      expect(await refusal(service.setDisabled('organiser-token', 'alpha', 'not-a-uuid', true))).toEqual([{ field: 'id', code: 'account_not_found' }]);
      expect(await service.list('alpha')).toEqual([{ id: ada.id, email: 'ada@example.org', roles: ['organiser'], disabled: false }]);
      expect(await log.list(0, 10)).toHaveLength(entries);
    });
  });

  it('is empty until the first account', async () => {
    const { service } = await setUp();
    expect(await service.isEmpty()).toBe(true);
    await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await service.isEmpty()).toBe(false);
  });
});
