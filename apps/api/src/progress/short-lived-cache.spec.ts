import { ShortLivedCache } from './short-lived-cache';

describe('ShortLivedCache', () => {
  it('serves a value until it expires, then recomputes', async () => {
    let now = 0;
    let computed = 0;
    const cache = new ShortLivedCache<number>(1000, () => now);
    const compute = async () => ++computed;
    expect(await cache.get('a', compute)).toBe(1);
    now = 999;
    expect(await cache.get('a', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('a', compute)).toBe(2);
  });

  it('shares one recomputation between concurrent readers and caches no failure', async () => {
    let computed = 0;
    const cache = new ShortLivedCache<number>(1000);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      await gate;
      return ++computed;
    };
    const reads = [cache.get('a', compute), cache.get('a', compute), cache.get('a', compute)];
    release();
    expect(await Promise.all(reads)).toEqual([1, 1, 1]);
    const failing = new ShortLivedCache<number>(1000);
    await expect(failing.get('b', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await failing.get('b', async () => 7)).toBe(7);
  });
});
