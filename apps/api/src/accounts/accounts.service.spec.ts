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
    expect(created).toEqual({ id: expect.any(String), email: 'ada@example.org', roles: ['auditor'] });
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
    expect(await service.create('organiser-token', 'beta', 'ADA@example.org', 'auditor', undefined)).toEqual({ id: ada.id, email: 'ada@example.org', roles: ['auditor'] });
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
    expect(await service.list('alpha')).toEqual([{ id: ada.id, email: 'ada@example.org', roles: ['organiser'] }]);
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

  it('is empty until the first account', async () => {
    const { service } = await setUp();
    expect(await service.isEmpty()).toBe(true);
    await service.create('system', 'alpha', 'ada@example.org', 'organiser', 'correct horse battery');
    expect(await service.isEmpty()).toBe(false);
  });
});
