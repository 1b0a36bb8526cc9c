import { InMemoryAccountsRepository } from '../../test/fakes/accounts.fake';
import { InMemoryAuditLogRepository } from '../../test/fakes/audit-log.fake';
import { InMemoryInitiativesRepository } from '../../test/fakes/initiatives.fake';
import { InMemoryLoginThrottleRepository } from '../../test/fakes/login-throttle.fake';
import { AdjustableClock } from '../../test/fixtures/adjustable-clock';
import { cheapHasher } from '../../test/fixtures/cheap-hasher';
import { initiativeNamed } from '../../test/contracts/people-seed';
import { sha256 } from '../access/bearer-token';
import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { FAILED_LOGIN_WINDOW_MS, FailedLoginsService } from '../audit/failed-logins.service';
import { AuthService, LoginThrottled, SESSION_MS } from './auth.service';
import { DeviceCookies } from './device-cookie';
import { deriveLoginKey } from './login-keys';
import { LoginThrottle } from './login-throttle';
import { refusal } from '../../test/fixtures/refusals';

const SECRET = new Uint8Array(32).fill(7);
const PASSWORD = 'correct horse battery';

async function setUp() {
  const clock = new AdjustableClock();
  const initiatives = new InMemoryInitiativesRepository();
  for (const slug of ['alpha', 'beta']) await initiatives.create(initiativeNamed(slug));
  const accounts = new InMemoryAccountsRepository(initiatives);
  const log = new InMemoryAuditLogRepository(accounts);
  const failedLogins = new FailedLoginsService(log, clock);
  const audit = new AuditService(log, clock, failedLogins);
  const people = new AccountsService(accounts, audit, cheapHasher);
  const ada = await people.create('system', 'alpha', 'ada@example.org', 'organiser', PASSWORD);
  await people.create('system', 'beta', 'ada@example.org', 'auditor', undefined);
  const auth = new AuthService(accounts, audit, failedLogins, new LoginThrottle(new InMemoryLoginThrottleRepository(), SECRET, clock), SECRET, clock, cheapHasher);
  return { clock, accounts, log, people, ada, auth, failedLogins };
}

const attempt = (password: string, more: { email?: string; client?: string; deviceCookie?: string } = {}) => ({ email: 'ada@example.org', password, client: '192.0.2.1', ...more });

describe('AuthService', () => {
  it('opens a session with a CSRF token, the roles per initiative and a device cookie, and audits the login', async () => {
    const { clock, auth, log, ada } = await setUp();
    const loggedIn = await auth.login(attempt(PASSWORD, { email: 'ADA@example.org' }));
    expect(loggedIn.account).toEqual({ id: ada.id, email: 'ada@example.org', disabled: false, roles: [{ initiative: 'alpha', role: 'organiser' }, { initiative: 'beta', role: 'auditor' }] });
    expect(Math.abs(loggedIn.expiresAt.getTime() - (clock.now().getTime() + SESSION_MS))).toBeLessThan(1000);
    const session = await auth.session(loggedIn.sessionToken);
    expect(session).toEqual({ account: loggedIn.account, csrfTokenHash: sha256(loggedIn.csrfToken), expiresAt: loggedIn.expiresAt });
    expect(new DeviceCookies(deriveLoginKey(SECRET, 'device-cookie')).verify(loggedIn.deviceCookie, 'ada@example.org')).not.toBeNull();
    expect((await log.list(0, 100)).at(-1)).toMatchObject({ actor: `account:${ada.id}`, action: 'login', details: { initiatives: ['alpha', 'beta'], knownDevice: false } });
  });

  it('answers invalid_credentials for a wrong password, an unknown e-mail and a disabled account, and counts each failure', async () => {
    const { clock, auth, log, people, ada, failedLogins } = await setUp();
    for (const a of [attempt('wrong password'), attempt(PASSWORD, { email: 'bob@example.org' })]) {
      expect((await refusal(auth.login(a))).items).toEqual([{ field: null, code: 'invalid_credentials' }]);
    }
    await people.revoke('system', 'alpha', ada.id);
    await people.revoke('system', 'beta', ada.id);
    expect((await refusal(auth.login(attempt(PASSWORD)))).items).toEqual([{ field: null, code: 'invalid_credentials' }]);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    await failedLogins.close();
    const failed = (await log.list(0, 100)).filter((e) => e.action === 'login_failed').map((e) => e.details);
    expect(failed).toEqual(expect.arrayContaining([expect.objectContaining({ account: ada.id, failures: 2 }), expect.objectContaining({ unknownEmails: true, failures: 1 })]));
  }, 10_000);

  it('ends the session at logout, and audits it', async () => {
    const { auth, log, ada } = await setUp();
    const loggedIn = await auth.login(attempt(PASSWORD));
    await auth.logout(loggedIn.sessionToken, loggedIn.account);
    expect(await auth.session(loggedIn.sessionToken)).toBeNull();
    expect((await log.list(0, 100)).at(-1)).toMatchObject({ actor: `account:${ada.id}`, action: 'logout', details: { initiatives: ['alpha', 'beta'] } });
  });

  it('lets a session expire after eight hours', async () => {
    const { clock, auth } = await setUp();
    const loggedIn = await auth.login(attempt(PASSWORD));
    clock.advance(SESSION_MS - 5000);
    expect(await auth.session(loggedIn.sessionToken)).not.toBeNull();
    clock.advance(5000);
    expect(await auth.session(loggedIn.sessionToken)).toBeNull();
  });

  it('throttles an e-mail after five free failures, even the right password, until the delay has passed', async () => {
    const { clock, auth } = await setUp();
    for (let i = 0; i < 6; i++) await refusal(auth.login(attempt('wrong password', { client: `192.0.2.${i}` })));
    const throttled = await refusal(auth.login(attempt(PASSWORD, { client: '198.51.100.1' })));
    expect(throttled).toBeInstanceOf(LoginThrottled);
    expect(throttled.items).toEqual([{ field: null, code: 'login_throttled' }]);
    expect(throttled.retryAfterSeconds).toBe(1);
    clock.advance(1000);
    await expect(auth.login(attempt(PASSWORD))).resolves.toMatchObject({ account: { email: 'ada@example.org' } });
  }, 10_000);

  it('lets the owner in from a known device while strangers are throttled on the e-mail', async () => {
    const { auth } = await setUp();
    const { deviceCookie } = await auth.login(attempt(PASSWORD));
    for (let i = 0; i < 8; i++) await refusal(auth.login(attempt('wrong password', { client: `192.0.2.${i}` })));
    expect((await refusal(auth.login(attempt(PASSWORD)))).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const owner = await auth.login(attempt(PASSWORD, { deviceCookie }));
    expect(owner.account.email).toBe('ada@example.org');
  }, 10_000);

  it('counts a device cookie of another e-mail as no device cookie', async () => {
    const { auth, log } = await setUp();
    const { deviceCookie } = await auth.login(attempt(PASSWORD));
    await refusal(auth.login(attempt(PASSWORD, { email: 'bob@example.org', deviceCookie })));
    await auth.login(attempt(PASSWORD, { deviceCookie }));
    expect((await log.list(0, 100)).filter((e) => e.action === 'login').map((e) => e.details.knownDevice)).toEqual([false, true]);
  });

  it('refuses attempts beyond four waiting verifications with login_throttled', async () => {
    const { auth } = await setUp();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => auth.login(attempt(PASSWORD))));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toBeInstanceOf(LoginThrottled);
    expect((refused[0].reason as LoginThrottled).retryAfterSeconds).toBe(1);
  }, 10_000);
});
