import { InsertBatcher } from './insert-batcher';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('InsertBatcher', () => {
  it('writes items submitted in one turn together, and answers each with its own result', async () => {
    const batches: number[][] = [];
    const batcher = new InsertBatcher<number, string>(async (items) => {
      batches.push(items);
      return items.map((i) => `r${i}`);
    }, { maxBatch: 10, maxInFlight: 1 });
    const results = await Promise.all([1, 2, 3].map((i) => batcher.submit(i)));
    expect(results).toEqual(['r1', 'r2', 'r3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('accumulates while a batch is in flight, and respects the batch size', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    let gate = new Promise<void>((r) => (release = r));
    const batcher = new InsertBatcher<number, number>(async (items) => {
      batches.push(items);
      await gate;
      return items;
    }, { maxBatch: 3, maxInFlight: 1 });
    const first = batcher.submit(0);
    await tick();
    const rest = [1, 2, 3, 4, 5].map((i) => batcher.submit(i));
    await tick();
    expect(batches).toEqual([[0]]);
    const opened = release;
    gate = Promise.resolve();
    opened();
    expect(await Promise.all([first, ...rest])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
  });

  it('fails every item of a failed batch, and goes on with the next', async () => {
    let calls = 0;
    const batcher = new InsertBatcher<number, number>(async (items) => {
      if (calls++ === 0) throw new Error('database down');
      return items;
    }, { maxBatch: 10, maxInFlight: 2 });
    const failed = [batcher.submit(1), batcher.submit(2)];
    await expect(Promise.all(failed)).rejects.toThrow('database down');
    await expect(failed[1]).rejects.toThrow('database down');
    expect(await batcher.submit(3)).toBe(3);
  });
});
