import { GENESIS, entryHash, verifyChain, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import type { AccountsRepository } from '../../src/accounts/accounts.repository';
import type { AuditLogRepository, FailedLoginWindow } from '../../src/audit/audit-log.repository';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { at, initiativeNamed } from './people-seed';

export interface AuditLogSubject {
  log: AuditLogRepository;
  /** Where the cases seed the accounts (and their initiatives) that closed windows name. */
  accounts: AccountsRepository;
  initiatives: InitiativesRepository;
}

function entry(n: number, details: Record<string, unknown> = {}): AuditEntry {
  return { at: at(n).toISOString(), actor: 'system', action: 'export', details: { n, ...details } };
}

/** What `FailedLoginsService` makes of a window, simplified: the window itself, as details. */
function windowEntry(w: FailedLoginWindow): AuditEntry {
  return { at: at(100).toISOString(), actor: 'anonymous', action: 'login_failed', details: { account: w.accountId, failures: w.failures, from: w.from.toISOString(), to: w.to.toISOString(), initiatives: w.initiatives } };
}

/** What every `AuditLogRepository` does (the fake and the TypeORM one run these same cases). */
export function describeAuditLogContract(makeSubject: () => Promise<AuditLogSubject>): void {
  let log: AuditLogRepository;
  let subject: AuditLogSubject;

  beforeEach(async () => {
    subject = await makeSubject();
    log = subject.log;
  });

  async function all(): Promise<ChainedEntry[]> {
    return log.list(0, 10_000);
  }

  describe('the chain', () => {
    it('links the first entry to GENESIS and each next one to the entry before', async () => {
      const first = await log.append(entry(1));
      const second = await log.append(entry(2));
      expect(first).toEqual({ ...entry(1), id: expect.stringMatching(/^[0-9]+$/), prevHash: GENESIS, hash: entryHash(GENESIS, entry(1)) });
      expect(second).toEqual({ ...entry(2), id: expect.stringMatching(/^[0-9]+$/), prevHash: first.hash, hash: entryHash(first.hash, entry(2)) });
      expect(Number(second.id)).toBeGreaterThan(Number(first.id));
    });

    it('reads entries back as appended, oldest first, as a chain that verifies', async () => {
      const appended = [
        await log.append(entry(1, { initiative: 'alpha', nested: { z: 1, a: [1, { y: 'x', b: null }] } })),
        await log.append({ at: at(2).toISOString(), actor: 'account:00000000-0000-4000-8000-000000000000', action: 'login', details: {} }),
        await log.append(entry(3, { initiatives: ['alpha', 'beta'] })),
      ];
      const read = await all();
      expect(read).toEqual(appended);
      expect(verifyChain(read)).toEqual({ valid: true, entries: 3, head: appended[2].hash });
    });

    it('serialises concurrent appends into one chain', async () => {
      const appended = await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(entry(i))));
      const read = await all();
      expect(read).toHaveLength(20);
      expect(new Set(read.map((e) => e.id)).size).toBe(20);
      expect(verifyChain(read)).toEqual({ valid: true, entries: 20, head: read[19].hash });
      expect(new Set(appended.map((e) => e.hash))).toEqual(new Set(read.map((e) => e.hash)));
    });

    it('pages after an id, at most `limit` entries', async () => {
      const appended: ChainedEntry[] = [];
      for (let i = 1; i <= 5; i++) appended.push(await log.append(entry(i)));
      expect(await log.list(0, 2)).toEqual(appended.slice(0, 2));
      expect(await log.list(Number(appended[1].id), 2)).toEqual(appended.slice(2, 4));
      expect(await log.list(Number(appended[4].id), 2)).toEqual([]);
    });
  });

  describe('one initiative', () => {
    it('lists entries naming it in `initiative` or `initiatives`, and those naming no initiative', async () => {
      const own = await log.append(entry(1, { initiative: 'alpha' }));
      await log.append(entry(2, { initiative: 'beta' }));
      const among = await log.append(entry(3, { initiatives: ['beta', 'alpha'] }));
      await log.append(entry(4, { initiatives: ['beta'] }));
      const none = await log.append(entry(5, { unknownEmails: true }));
      await log.append(entry(6, { initiatives: [] }));
      expect(await log.listForInitiative('alpha', 0, 100)).toEqual([own, among, none]);
    });

    it('pages over its own entries: after an id of the whole log, `limit` of its entries', async () => {
      const mine: ChainedEntry[] = [];
      for (let i = 1; i <= 6; i++) {
        const e = await log.append(entry(i, { initiative: i % 2 === 0 ? 'alpha' : 'beta' }));
        if (i % 2 === 0) mine.push(e);
      }
      expect(await log.listForInitiative('alpha', 0, 2)).toEqual(mine.slice(0, 2));
      expect(await log.listForInitiative('alpha', Number(mine[0].id) + 1, 2)).toEqual(mine.slice(1, 3));
    });

    it('filters by exact action and actor, and by time: from inclusive, to exclusive; limit counts what the filter keeps', async () => {
      const kept: ChainedEntry[] = [];
      for (let i = 1; i <= 8; i++) {
        const e = await log.append({ at: at(i).toISOString(), actor: i % 2 ? 'system' : 'organiser-token', action: i <= 4 ? 'export' : 'login', details: { initiative: 'alpha', n: i } });
        kept.push(e);
      }
      await log.append({ at: at(9).toISOString(), actor: 'system', action: 'export', details: { initiative: 'beta' } });
      const ids = (entries: ChainedEntry[]) => entries.map((e) => e.details.n);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { action: 'export' }))).toEqual([1, 2, 3, 4]);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { action: 'expor' }))).toEqual([]);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { actor: 'system' }))).toEqual([1, 3, 5, 7]);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { action: 'login', actor: 'organiser-token' }))).toEqual([6, 8]);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { from: at(3), to: at(6) }))).toEqual([3, 4, 5]);
      expect(ids(await log.listForInitiative('alpha', 0, 100, { from: new Date(at(3).getTime() + 1) }))).toEqual([4, 5, 6, 7, 8]);
      expect(ids(await log.listForInitiative('alpha', 0, 2, { actor: 'system' }))).toEqual([1, 3]);
      expect(ids(await log.listForInitiative('alpha', Number(kept[2].id), 2, { actor: 'system' }))).toEqual([5, 7]);
    });
  });

  describe('failed-login windows', () => {
    it('closes the windows ended at or before now, one entry each, by window then subject', async () => {
      const initiatives = subject.initiatives;
      for (const slug of ['alpha', 'beta']) await initiatives.create(initiativeNamed(slug));
      const ada = await subject.accounts.createWithRole('ada@example.org', 'hash', 'beta', 'organiser');
      if (typeof ada === 'string') throw new Error(ada);
      await subject.accounts.grant(ada.id, 'alpha', 'auditor');
      await subject.accounts.grant(ada.id, 'alpha', 'organiser');
      await log.countFailedLogin(ada.id, at(15), at(30));
      await log.countFailedLogin(null, at(0), at(15));
      await log.countFailedLogin(ada.id, at(0), at(15));
      await log.countFailedLogin(ada.id, at(0), at(15));
      await log.countFailedLogin(null, at(30), at(45));
      const closed = await log.closeFailedLoginWindows(at(30), windowEntry);
      expect(closed.map((e) => e.details)).toEqual([
        { account: ada.id, failures: 2, from: at(0).toISOString(), to: at(15).toISOString(), initiatives: ['alpha', 'beta'] },
        { account: null, failures: 1, from: at(0).toISOString(), to: at(15).toISOString(), initiatives: [] },
        { account: ada.id, failures: 1, from: at(15).toISOString(), to: at(30).toISOString(), initiatives: ['alpha', 'beta'] },
      ]);
      expect(await all()).toEqual(closed);
      expect(verifyChain(closed)).toMatchObject({ valid: true, entries: 3 });
      expect(await log.closeFailedLoginWindows(at(44), windowEntry)).toEqual([]);
      expect((await log.closeFailedLoginWindows(at(45), windowEntry)).map((e) => e.details)).toEqual([
        { account: null, failures: 1, from: at(30).toISOString(), to: at(45).toISOString(), initiatives: [] },
      ]);
    });

    it('names no initiative for an account that does not exist', async () => {
      await log.countFailedLogin('00000000-0000-4000-8000-000000000000', at(0), at(15));
      const [closed] = await log.closeFailedLoginWindows(at(15), windowEntry);
      expect(closed.details).toMatchObject({ account: '00000000-0000-4000-8000-000000000000', initiatives: [] });
    });

    it('chains the closed windows after the entries already there', async () => {
      const before = await log.append(entry(1));
      await log.countFailedLogin(null, at(0), at(15));
      const [closed] = await log.closeFailedLoginWindows(at(15), windowEntry);
      expect(closed.prevHash).toBe(before.hash);
      expect(verifyChain(await all())).toMatchObject({ valid: true, entries: 2 });
    });

    it('appends each window exactly once when several close at the same time', async () => {
      for (let w = 0; w < 4; w++) for (let f = 0; f <= w; f++) await log.countFailedLogin(null, at(w * 15), at(w * 15 + 15));
      const closes = await Promise.all([
        log.closeFailedLoginWindows(at(60), windowEntry),
        log.append(entry(1)),
        log.closeFailedLoginWindows(at(60), windowEntry),
        log.closeFailedLoginWindows(at(60), windowEntry),
      ]);
      const read = await all();
      expect(read.filter((e) => e.action === 'login_failed').map((e) => e.details.failures)).toEqual([1, 2, 3, 4]);
      expect([closes[0], closes[2], closes[3]].flat()).toHaveLength(4);
      expect(verifyChain(read)).toMatchObject({ valid: true, entries: 5 });
    });

    it('leaves the windows open and appends nothing when an entry cannot be made', async () => {
      await log.countFailedLogin(null, at(0), at(15));
      await log.countFailedLogin('00000000-0000-4000-8000-000000000000', at(0), at(15));
      let calls = 0;
      await expect(
        log.closeFailedLoginWindows(at(15), (w) => {
          if (++calls === 2) throw new Error('no entry');
          return windowEntry(w);
        }),
      ).rejects.toThrow('no entry');
      expect(await all()).toEqual([]);
      expect(await log.closeFailedLoginWindows(at(15), windowEntry)).toHaveLength(2);
    });
  });
}
