import { GENESIS, canonicalJson, entryHash, verifyChain, type ChainedEntry } from './index';

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const entry = { at: new Date(Date.UTC(2026, 10, 23, 12, 0, i)).toISOString(), actor: `account:${i}`, action: 'export', details: { country: 'PL', count: i } };
    const hash = entryHash(prev, entry);
    out.push({ id: i, ...entry, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit chain', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('verifies an intact chain and returns its head', () => {
    const entries = chain(5);
    expect(verifyChain(entries)).toEqual({ valid: true, entries: 5, head: entries[4].hash });
  });

  it('names the edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], details: { country: 'PL', count: 999 } };
    expect(verifyChain(entries)).toEqual({ valid: false, entries: 3, firstBroken: 3, reason: 'hash' });
  });

  it('names the entry after a removed one', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toEqual({ valid: false, entries: 2, firstBroken: 3, reason: 'prev_hash' });
  });

  it('detects a re-hashed edit by the broken link that follows', () => {
    const entries = chain(4);
    const edited = { ...entries[1], actor: 'someone else' };
    edited.hash = entryHash(edited.prevHash, edited);
    entries[1] = edited;
    expect(verifyChain(entries)).toMatchObject({ valid: false, firstBroken: 3, reason: 'prev_hash' });
  });
});
