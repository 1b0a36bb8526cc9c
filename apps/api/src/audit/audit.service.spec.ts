import { GENESIS, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import { InMemoryAuditLogRepository } from '../../test/fakes/audit-log.fake';
import { AdjustableClock } from '../../test/fixtures/adjustable-clock';
import { AuditService } from './audit.service';
import { FAILED_LOGIN_WINDOW_MS, FailedLoginsService } from './failed-logins.service';

function setUp(log = new InMemoryAuditLogRepository()) {
  const clock = new AdjustableClock();
  return { clock, log, service: new AuditService(log, clock, new FailedLoginsService(log, clock)) };
}

/** The log as stored, with one entry changed by `tamper` (what someone editing the table would do). */
class TamperedLog extends InMemoryAuditLogRepository {
  constructor(private readonly tamper: (entry: ChainedEntry) => ChainedEntry) {
    super();
  }
  override async list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    return (await super.list(afterId, limit)).map(this.tamper);
  }
}

describe('AuditService', () => {
  it('records an entry at the clock\'s time, chained to the one before', async () => {
    const { clock, log, service } = setUp();
    const first = await service.record('account:a', 'login', { initiatives: ['alpha'] });
    const second = await service.record('system', 'purge');
    expect(Math.abs(Date.parse(first.at) - clock.now().getTime())).toBeLessThan(1000);
    expect(first).toMatchObject({ actor: 'account:a', action: 'login', details: { initiatives: ['alpha'] }, prevHash: GENESIS });
    expect(second).toMatchObject({ details: {}, prevHash: first.hash });
    expect(await log.list(0, 10)).toHaveLength(2);
  });

  it('lists one initiative\'s entries after closing the failed-login windows that ended', async () => {
    const { clock, log, service } = setUp();
    await service.record('system', 'export', { initiative: 'alpha' });
    await service.record('system', 'export', { initiative: 'beta' });
    await new FailedLoginsService(log, clock).count(null);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    const listed = await service.listForInitiative('alpha', 0, 100);
    expect(listed.map((e: AuditEntry) => [e.action, e.details.initiative ?? e.details.unknownEmails])).toEqual([
      ['export', 'alpha'],
      ['login_failed', true],
    ]);
  });

  it('keeps the page size between 1 and 1000', async () => {
    const { service } = setUp();
    for (let i = 0; i < 1002; i++) await service.record('system', 'export', { n: i });
    expect(await service.listForInitiative('alpha', 0, 0)).toHaveLength(1);
    expect(await service.listForInitiative('alpha', 0, -5)).toHaveLength(1);
    expect(await service.listForInitiative('alpha', 0, 5000)).toHaveLength(1000);
    expect(await service.listForInitiative('alpha', 1000, 5000)).toHaveLength(2);
  });

  it('verifies the whole chain across pages and gives its head', async () => {
    const { service } = setUp();
    let last: ChainedEntry | undefined;
    for (let i = 0; i < 1001; i++) last = await service.record('system', 'export', { n: i });
    expect(await service.verify()).toEqual({ valid: true, entries: 1001, head: last?.hash });
  });

  it('verifies an empty log as valid, headed by GENESIS', async () => {
    expect(await setUp().service.verify()).toEqual({ valid: true, entries: 0, head: GENESIS });
  });

  it('names the first edited entry', async () => {
    const { service } = setUp(new TamperedLog((e) => (e.id === '2' ? { ...e, details: { n: 99 } } : e)));
    for (let i = 0; i < 4; i++) await service.record('system', 'export', { n: i });
    expect(await service.verify()).toEqual({ valid: false, entries: 2, firstBroken: '2', reason: 'hash' });
  });

  it('names the entry after a removed or replaced one', async () => {
    const { service } = setUp(new TamperedLog((e) => (e.id === '3' ? { ...e, prevHash: GENESIS } : e)));
    for (let i = 0; i < 4; i++) await service.record('system', 'export', { n: i });
    expect(await service.verify()).toEqual({ valid: false, entries: 3, firstBroken: '3', reason: 'prev_hash' });
  });
});
