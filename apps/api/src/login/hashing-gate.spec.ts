import { HashingBusy, HashingGate } from './hashing-gate';

/** A piece of work that ends when the test says so, recording how many run at once. */
function controlled(log: { running: number; most: number }) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const work = async () => {
    log.running++;
    log.most = Math.max(log.most, log.running);
    await done;
    log.running--;
    return 'verified';
  };
  return { work, finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the password-hashing gate', () => {
  it('runs one verification per lane at a time, queues four, and refuses the rest at once', async () => {
    const gate = new HashingGate({ running: 1, waiting: 4 });
    const log = { running: 0, most: 0 };
    const jobs = Array.from({ length: 8 }, () => controlled(log));
    const outcomes = jobs.map((j) => gate.run('untrusted', j.work).then((v) => v, (e: unknown) => e));
    await settle();
    expect(gate.load().untrusted).toEqual({ running: 1, waiting: 4 });
    expect(await outcomes[5]).toBeInstanceOf(HashingBusy);
    expect(await outcomes[7]).toBeInstanceOf(HashingBusy);
    for (const job of jobs.slice(0, 5)) {
      job.finish();
      await settle();
    }
    expect(await Promise.all(outcomes.slice(0, 5))).toEqual(Array(5).fill('verified'));
    expect(log.most).toBe(1);
    expect(gate.load().untrusted).toEqual({ running: 0, waiting: 0 });
  });

  it('keeps a lane for known devices that a flood of strangers cannot fill', async () => {
    const gate = new HashingGate({ running: 1, waiting: 1 });
    const log = { running: 0, most: 0 };
    const strangers = [controlled(log), controlled(log)];
    const flood = strangers.map((s) => gate.run('untrusted', s.work));
    await expect(gate.run('untrusted', controlled(log).work)).rejects.toBeInstanceOf(HashingBusy);
    const owner = controlled({ running: 0, most: 0 });
    const signedIn = gate.run('trusted', owner.work);
    await settle();
    expect(gate.load()).toEqual({ trusted: { running: 1, waiting: 0 }, untrusted: { running: 1, waiting: 1 } });
    owner.finish();
    expect(await signedIn).toBe('verified');
    strangers.forEach((s) => s.finish());
    await Promise.all(flood);
  });

  it('frees the slot when a verification fails', async () => {
    const gate = new HashingGate({ running: 1, waiting: 0 });
    await expect(gate.run('untrusted', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run('untrusted', () => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('the password-hashing gate under a flood', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('rests a lane for a multiple of each verification while others wait, and not when nobody waits', async () => {
    const gate = new HashingGate({ running: 1, waiting: 4, rest: { untrusted: 3 } });
    const ran: number[] = [];
    const verification = () => {
      ran.push(Date.now());
      return new Promise<void>((resolve) => setTimeout(resolve, 100));
    };
    const flood = [1, 2, 3].map(() => gate.run('untrusted', verification));
    await jest.advanceTimersByTimeAsync(2000);
    await Promise.all(flood);
    const start = ran[0];
    // 100 ms each, then 300 ms of rest while another waits; the last one rests for nobody.
    expect(ran.map((t) => t - start)).toEqual([0, 400, 800]);
    expect(gate.load().untrusted).toEqual({ running: 0, waiting: 0 });
    const alone = gate.run('untrusted', verification);
    await jest.advanceTimersByTimeAsync(100);
    await alone;
    expect(gate.load().untrusted).toEqual({ running: 0, waiting: 0 });
  });
});
