import type { AccountsRepository } from '../../src/accounts/accounts.repository';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { at, bytes32, initiativeNamed } from './people-seed';

export interface AccountsSubject {
  accounts: AccountsRepository;
  /** Where the cases seed the initiatives roles are granted on. */
  initiatives: InitiativesRepository;
}

const HASH = '$argon2id$v=19$m=8,t=1,p=1$not-a-real-hash';

/** What every `AccountsRepository` does (the fake and the TypeORM one run these same cases). */
export function describeAccountsContract(makeSubject: () => Promise<AccountsSubject>): void {
  let accounts: AccountsRepository;

  beforeEach(async () => {
    const subject = await makeSubject();
    accounts = subject.accounts;
    for (const slug of ['alpha', 'beta', 'gamma']) await subject.initiatives.create(initiativeNamed(slug));
  });

  async function created(email: string, slug = 'alpha', role: 'organiser' | 'auditor' | 'data-entry' = 'organiser') {
    const account = await accounts.createWithRole(email, HASH, slug, role);
    if (typeof account === 'string') throw new Error(`not created: ${account}`);
    return account;
  }

  describe('creating', () => {
    it('creates an enabled account with its one role, the e-mail as given', async () => {
      const account = await created('Ada@Example.org', 'beta', 'auditor');
      expect(account).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: 'Ada@Example.org', disabled: false, roles: [{ initiative: 'beta', role: 'auditor' }] });
      expect(await accounts.findById(account.id)).toEqual(account);
      expect(await accounts.count()).toBe(1);
    });

    it('refuses an e-mail taken in any case', async () => {
      await created('ada@example.org');
      expect(await accounts.createWithRole('ADA@example.ORG', HASH, 'beta', 'auditor')).toBe('email_taken');
      expect(await accounts.count()).toBe(1);
    });

    it('refuses an initiative that does not exist, before looking at the e-mail', async () => {
      await created('ada@example.org');
      expect(await accounts.createWithRole('bob@example.org', HASH, 'nowhere', 'auditor')).toBe('no_initiative');
      expect(await accounts.createWithRole('ada@example.org', HASH, 'nowhere', 'auditor')).toBe('no_initiative');
      expect(await accounts.count()).toBe(1);
    });
  });

  describe('finding', () => {
    it('finds by e-mail in any case, with the password hash for a login', async () => {
      const account = await created('ada@example.org');
      expect(await accounts.findByEmail('ADA@EXAMPLE.ORG')).toEqual(account);
      expect(await accounts.findForLogin('Ada@example.org')).toEqual({ account, passwordHash: HASH });
      expect(await accounts.findByEmail('bob@example.org')).toBeNull();
      expect(await accounts.findForLogin('bob@example.org')).toBeNull();
    });

    it('finds nobody under an unknown id and refuses an id that is no uuid', async () => {
      expect(await accounts.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
      await expect(accounts.findById('not-a-uuid')).rejects.toThrow();
    });

    it('gives every role, ordered by initiative then role', async () => {
      const account = await created('ada@example.org', 'gamma', 'organiser');
      await accounts.grant(account.id, 'alpha', 'organiser');
      await accounts.grant(account.id, 'gamma', 'auditor');
      await accounts.grant(account.id, 'alpha', 'auditor');
      expect((await accounts.findById(account.id))?.roles).toEqual([
        { initiative: 'alpha', role: 'auditor' },
        { initiative: 'alpha', role: 'organiser' },
        { initiative: 'gamma', role: 'auditor' },
        { initiative: 'gamma', role: 'organiser' },
      ]);
    });

    it('lists the accounts of one initiative in creation order, with their roles on it only', async () => {
      const zed = await created('zed@example.org', 'alpha', 'auditor');
      const ada = await created('ada@example.org', 'beta', 'organiser');
      await accounts.grant(ada.id, 'alpha', 'organiser');
      await accounts.grant(ada.id, 'alpha', 'auditor');
      await created('bob@example.org', 'beta', 'auditor');
      const vol = await created('vol@example.org', 'alpha', 'data-entry');
      expect(await accounts.listForInitiative('alpha')).toEqual([
        { id: zed.id, email: 'zed@example.org', disabled: false, roles: ['auditor'] },
        { id: ada.id, email: 'ada@example.org', disabled: false, roles: ['auditor', 'organiser'] },
        { id: vol.id, email: 'vol@example.org', disabled: false, roles: ['data-entry'] },
      ]);
      expect(await accounts.findOnInitiative(ada.id, 'alpha')).toEqual({ id: ada.id, email: 'ada@example.org', disabled: false, roles: ['auditor', 'organiser'] });
      expect(await accounts.findOnInitiative(zed.id, 'beta')).toBeNull();
      expect(await accounts.findOnInitiative('00000000-0000-4000-8000-000000000000', 'alpha')).toBeNull();
      expect(await accounts.initiativesOf(ada.id)).toEqual(['alpha', 'beta']);
      expect(await accounts.listForInitiative('nowhere')).toEqual([]);
    });
  });

  describe('granting and revoking', () => {
    it('grants a role once however often it is granted, and not on an unknown initiative', async () => {
      const account = await created('ada@example.org');
      expect(await accounts.grant(account.id, 'beta', 'auditor')).toBe(true);
      expect(await accounts.grant(account.id, 'beta', 'auditor')).toBe(true);
      expect(await accounts.grant(account.id, 'alpha', 'organiser')).toBe(true);
      expect(await accounts.grant(account.id, 'nowhere', 'auditor')).toBe(false);
      expect((await accounts.findById(account.id))?.roles).toEqual([
        { initiative: 'alpha', role: 'organiser' },
        { initiative: 'beta', role: 'auditor' },
      ]);
    });

    it('refuses a grant to an account that does not exist', async () => {
      await expect(accounts.grant('00000000-0000-4000-8000-000000000000', 'alpha', 'auditor')).rejects.toThrow();
    });

    it('revokes every role on one initiative, keeping the others and the account enabled', async () => {
      const account = await created('ada@example.org', 'alpha', 'organiser');
      await accounts.grant(account.id, 'alpha', 'auditor');
      await accounts.grant(account.id, 'beta', 'auditor');
      expect(await accounts.revokeAll(account.id, 'alpha')).toEqual({ revoked: ['auditor', 'organiser'], disabled: false });
      expect(await accounts.findById(account.id)).toEqual({ ...account, roles: [{ initiative: 'beta', role: 'auditor' }] });
    });

    it('changes nothing when the account holds no role on the initiative', async () => {
      const account = await created('ada@example.org');
      expect(await accounts.revokeAll(account.id, 'beta')).toEqual({ revoked: [], disabled: false });
      expect(await accounts.revokeAll(account.id, 'nowhere')).toEqual({ revoked: [], disabled: false });
      expect(await accounts.revokeAll('00000000-0000-4000-8000-000000000000', 'alpha')).toEqual({ revoked: [], disabled: false });
      expect(await accounts.findById(account.id)).toEqual(account);
    });

    it('disables an account left with no role, once, and ends its sessions', async () => {
      const account = await created('ada@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      expect(await accounts.revokeAll(account.id, 'alpha')).toEqual({ revoked: ['organiser'], disabled: true });
      expect(await accounts.findById(account.id)).toEqual({ ...account, disabled: true, roles: [] });
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
      expect(await accounts.listForInitiative('alpha')).toEqual([]);
      expect(await accounts.revokeAll(account.id, 'alpha')).toEqual({ revoked: [], disabled: false });
      expect(await accounts.count()).toBe(1);
    });

    it('enables a disabled account again when granted a role; its ended sessions stay ended', async () => {
      const account = await created('ada@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      await accounts.revokeAll(account.id, 'alpha');
      expect(await accounts.grant(account.id, 'beta', 'auditor')).toBe(true);
      expect(await accounts.findById(account.id)).toEqual({ ...account, disabled: false, roles: [{ initiative: 'beta', role: 'auditor' }] });
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
    });
  });

  describe('disabling on one initiative, and passwords', () => {
    it('disables the roles on one initiative: listed as disabled there, granting nothing, sessions ended', async () => {
      const account = await created('ada@example.org', 'alpha', 'organiser');
      await accounts.grant(account.id, 'beta', 'auditor');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      expect(await accounts.setDisabledOn(account.id, 'alpha', true)).toBe(true);
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
      expect(await accounts.findById(account.id)).toEqual({ ...account, disabled: false, roles: [{ initiative: 'beta', role: 'auditor' }] });
      expect(await accounts.listForInitiative('alpha')).toEqual([{ id: account.id, email: 'ada@example.org', disabled: true, roles: ['organiser'] }]);
      expect(await accounts.listForInitiative('beta')).toEqual([{ id: account.id, email: 'ada@example.org', disabled: false, roles: ['auditor'] }]);
      expect(await accounts.initiativesOf(account.id)).toEqual(['alpha', 'beta']);
      // A new session still works for the initiatives that did not disable it.
      await accounts.createSession(bytes32('t'), account.id, bytes32('d'), at(60));
      expect((await accounts.findSession(bytes32('t'), at(0)))?.account.roles).toEqual([{ initiative: 'beta', role: 'auditor' }]);
    });

    it('an account disabled on every initiative it belongs to is disabled: no login, no session', async () => {
      const account = await created('ada@example.org', 'alpha', 'auditor');
      await accounts.grant(account.id, 'beta', 'auditor');
      await accounts.setDisabledOn(account.id, 'alpha', true);
      await accounts.setDisabledOn(account.id, 'beta', true);
      expect((await accounts.findForLogin('ada@example.org'))?.account).toEqual({ ...account, disabled: true, roles: [] });
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
      // A role granted where it is disabled is disabled too.
      await accounts.grant(account.id, 'alpha', 'organiser');
      expect(await accounts.findOnInitiative(account.id, 'alpha')).toEqual({ id: account.id, email: 'ada@example.org', disabled: true, roles: ['auditor', 'organiser'] });
      expect(await accounts.setDisabledOn(account.id, 'alpha', false)).toBe(true);
      expect(await accounts.findById(account.id)).toEqual({ ...account, disabled: false, roles: [{ initiative: 'alpha', role: 'auditor' }, { initiative: 'alpha', role: 'organiser' }] });
      expect(await accounts.findSession(bytes32('s'), at(0))).not.toBeNull();
    });

    it('changes nothing for an account with no role on the initiative; disabling twice is once', async () => {
      const account = await created('ada@example.org', 'alpha', 'organiser');
      expect(await accounts.setDisabledOn(account.id, 'beta', true)).toBe(false);
      expect(await accounts.setDisabledOn(account.id, 'nowhere', true)).toBe(false);
      expect(await accounts.setDisabledOn('00000000-0000-4000-8000-000000000000', 'alpha', true)).toBe(false);
      expect(await accounts.findById(account.id)).toEqual(account);
      expect(await accounts.setDisabledOn(account.id, 'alpha', true)).toBe(true);
      expect(await accounts.setDisabledOn(account.id, 'alpha', true)).toBe(true);
      expect(await accounts.findOnInitiative(account.id, 'alpha')).toMatchObject({ disabled: true });
    });

    it('revoking the roles of a disabled initiative forgets it was disabled there', async () => {
      const account = await created('ada@example.org', 'alpha', 'organiser');
      await accounts.grant(account.id, 'beta', 'auditor');
      await accounts.setDisabledOn(account.id, 'alpha', true);
      await accounts.revokeAll(account.id, 'alpha');
      await accounts.grant(account.id, 'alpha', 'auditor');
      expect(await accounts.findOnInitiative(account.id, 'alpha')).toMatchObject({ disabled: false, roles: ['auditor'] });
    });

    it('sets a password hash and ends every session of the account only', async () => {
      const account = await created('ada@example.org');
      const other = await created('bob@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      await accounts.createSession(bytes32('t'), account.id, bytes32('d'), at(60));
      await accounts.createSession(bytes32('u'), other.id, bytes32('e'), at(60));
      await accounts.setPassword(account.id, '$argon2id$v=19$m=8,t=1,p=1$another');
      expect(await accounts.findForLogin('ada@example.org')).toEqual({ account, passwordHash: '$argon2id$v=19$m=8,t=1,p=1$another' });
      expect(await accounts.findForLogin('bob@example.org')).toEqual({ account: other, passwordHash: HASH });
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
      expect(await accounts.findSession(bytes32('t'), at(0))).toBeNull();
      expect(await accounts.findSession(bytes32('u'), at(0))).not.toBeNull();
    });
  });

  describe('sessions', () => {
    it('finds a session before it expires, with the account and all its roles', async () => {
      const account = await created('ada@example.org');
      await accounts.grant(account.id, 'beta', 'auditor');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      const session = await accounts.findSession(bytes32('s'), at(0));
      expect(session).toEqual({ account: await accounts.findById(account.id), csrfTokenHash: bytes32('c'), expiresAt: at(60) });
      expect(Buffer.isBuffer(session?.csrfTokenHash)).toBe(true);
      expect(await accounts.findSession(bytes32('x'), at(0))).toBeNull();
    });

    it('finds no session at or after its expiry', async () => {
      const account = await created('ada@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      expect(await accounts.findSession(bytes32('s'), new Date(at(60).getTime() - 1))).not.toBeNull();
      expect(await accounts.findSession(bytes32('s'), at(60))).toBeNull();
    });

    it('ends one session only', async () => {
      const account = await created('ada@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      await accounts.createSession(bytes32('t'), account.id, bytes32('d'), at(60));
      await accounts.deleteSession(bytes32('s'));
      await accounts.deleteSession(bytes32('u'));
      expect(await accounts.findSession(bytes32('s'), at(0))).toBeNull();
      expect(await accounts.findSession(bytes32('t'), at(0))).not.toBeNull();
    });

    it('refuses a second session under the same token hash, and a session of nobody', async () => {
      const account = await created('ada@example.org');
      await accounts.createSession(bytes32('s'), account.id, bytes32('c'), at(60));
      await expect(accounts.createSession(bytes32('s'), account.id, bytes32('d'), at(60))).rejects.toThrow();
      await expect(accounts.createSession(bytes32('t'), '00000000-0000-4000-8000-000000000000', bytes32('d'), at(60))).rejects.toThrow();
    });
  });
}
