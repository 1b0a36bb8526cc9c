import { GENESIS, canonicalJson, entryHash, verifyChain, type AuditEntry, type ChainedEntry } from './index';

/*
 * Known answers, computed outside this code: three entries chained from GENESIS. Each entry's
 * hash is SHA-256 over the previous hash (hex), one newline, and the entry's canonical JSON
 * (keys sorted at every level, undefined left out, no spaces, UTF-8). The expected values below
 * come from the shell (bash, coreutils sha256sum), not from the library:
 *
 *   G=0000000000000000000000000000000000000000000000000000000000000000
 *   C1='{"action":"account.create","actor":"account:1","at":"2026-11-23T12:00:00.000Z","details":{"email":"anna@example.org","role":"organiser"}}'
 *   C2='{"action":"export","actor":"account:1","at":"2026-11-23T12:05:30.250Z","details":{"count":1250,"country":"PL","files":["statements-PL.pdf","statements-PL.xml"],"note":"Zażółć \"gęślą\" jaźń"}}'
 *   C3='{"action":"partner.revoke","actor":"system","at":"2026-11-24T08:00:00.000Z","details":{"active":false,"partner":{"name":"EDRi","slug":"edri"},"replacedBy":null}}'
 *   H1=$(printf '%s\n%s' "$G" "$C1" | sha256sum | cut -d' ' -f1)   # 01a8b300a98b6be718cb070a60df6a4a9628ff9a449affa71fb6c6613c315ed5
 *   H2=$(printf '%s\n%s' "$H1" "$C2" | sha256sum | cut -d' ' -f1)  # 48f85cd88a708b468e05cf9489e759234cca3d7d8237bb5de69a1a28038a49fb
 *   H3=$(printf '%s\n%s' "$H2" "$C3" | sha256sum | cut -d' ' -f1)  # 26210564fc2ebf22e1d81c849f1bbc60e13139153d80b175826a5eeec210d37d
 *
 * The entries are written below with their keys out of order, a nested object, an array, null,
 * false, an undefined field, non-ASCII text and quotes, so that the canonical form has work to do.
 * If one of these changes, every audit log already written stops verifying: change the format
 * only with a migration of the stored chain.
 */
const KNOWN: { entry: AuditEntry; canonical: string; hash: string }[] = [
  {
    entry: { details: { role: 'organiser', email: 'anna@example.org' }, action: 'account.create', at: '2026-11-23T12:00:00.000Z', actor: 'account:1' },
    canonical: String.raw`{"action":"account.create","actor":"account:1","at":"2026-11-23T12:00:00.000Z","details":{"email":"anna@example.org","role":"organiser"}}`,
    hash: '01a8b300a98b6be718cb070a60df6a4a9628ff9a449affa71fb6c6613c315ed5',
  },
  {
    entry: {
      at: '2026-11-23T12:05:30.250Z',
      actor: 'account:1',
      action: 'export',
      details: { note: 'Zażółć "gęślą" jaźń', files: ['statements-PL.pdf', 'statements-PL.xml'], country: 'PL', count: 1250, reason: undefined },
    },
    canonical: String.raw`{"action":"export","actor":"account:1","at":"2026-11-23T12:05:30.250Z","details":{"count":1250,"country":"PL","files":["statements-PL.pdf","statements-PL.xml"],"note":"Zażółć \"gęślą\" jaźń"}}`,
    hash: '48f85cd88a708b468e05cf9489e759234cca3d7d8237bb5de69a1a28038a49fb',
  },
  {
    entry: { actor: 'system', at: '2026-11-24T08:00:00.000Z', action: 'partner.revoke', details: { replacedBy: null, partner: { slug: 'edri', name: 'EDRi' }, active: false } },
    canonical: String.raw`{"action":"partner.revoke","actor":"system","at":"2026-11-24T08:00:00.000Z","details":{"active":false,"partner":{"name":"EDRi","slug":"edri"},"replacedBy":null}}`,
    hash: '26210564fc2ebf22e1d81c849f1bbc60e13139153d80b175826a5eeec210d37d',
  },
];

describe('audit chain known answers (computed with sha256sum)', () => {
  it('starts from 64 zeros', () => {
    expect(GENESIS).toBe('0000000000000000000000000000000000000000000000000000000000000000');
  });

  it.each(KNOWN.map((known, i) => [i + 1, known] as const))('entry %i has the canonical bytes the shell hashed', (_n, { entry, canonical }) => {
    const { at, actor, action, details } = entry;
    expect(Buffer.from(canonicalJson({ at, actor, action, details }), 'utf8').equals(Buffer.from(canonical, 'utf8'))).toBe(true);
  });

  it('chains the three entries from GENESIS to the hashes sha256sum gave', () => {
    let prev = GENESIS;
    const chained: ChainedEntry[] = KNOWN.map(({ entry }, i) => {
      const hash = entryHash(prev, entry);
      const row = { id: i + 1, ...entry, prevHash: prev, hash };
      prev = hash;
      return row;
    });
    expect(chained.map((row) => row.hash)).toEqual(KNOWN.map((known) => known.hash));
    expect(verifyChain(chained)).toEqual({ valid: true, entries: 3, head: KNOWN[2].hash });
  });
});
