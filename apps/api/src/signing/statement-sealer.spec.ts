import type Piscina from 'piscina';
import type { NormalisedStatement } from '@eci/rules';
import { generateKeyPair, openStatement, sealedPayloadOf, type SealedStatementPayload } from '@eci/statement-crypto';
import { StatementSealer } from './statement-sealer';

function payload(i: number): SealedStatementPayload {
  const statement: NormalisedStatement = {
    part: 'B',
    nationality: 'PL',
    fullFirstNames: `Zoë ${i}`,
    familyNames: `Łukasiewicz-${i}`,
    signingDate: '2026-09-15',
    idDocumentType: 'national.id.number',
    idDocumentNumber: String(44051401458 + i),
  };
  return sealedPayloadOf(`statement-${i}`, { registrationNumber: 'ECI(2026)000007', slug: 'clean-rivers' }, '2026-09-15', { statement, idFormatConfirmed: i % 3 === 0 });
}

describe('StatementSealer', () => {
  const sealer = new StatementSealer();
  const pool = (sealer as unknown as { pool: Piscina }).pool;
  afterAll(() => sealer.onModuleDestroy());

  it('seals on its worker thread, one batch per turn of the event loop, to boxes the organisers’ key opens', async () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    const payloads = Array.from({ length: 50 }, (_, i) => payload(i));
    const before = pool.completed;
    const sealed = await Promise.all(payloads.map((p, i) => sealer.seal(p, i % 2 ? b.publicKey : a.publicKey)));
    expect(pool.completed - before).toBe(1);
    sealed.forEach((box, i) => expect(openStatement(box, i % 2 ? b : a)).toEqual(payloads[i]));
    expect(new Set(sealed.map((s) => Buffer.from(s).toString('hex'))).size).toBe(50);

    const later = await sealer.seal(payload(50), a.publicKey);
    expect(pool.completed - before).toBe(2);
    expect(openStatement(later, a)).toEqual(payload(50));
  });

  it('rejects every statement of a batch the worker could not seal, and goes on with the next', async () => {
    const keys = generateKeyPair();
    const results = await Promise.allSettled([sealer.seal(payload(1), keys.publicKey), sealer.seal(payload(2), new Uint8Array(5))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/Not an organiser public key/);
    expect(openStatement(await sealer.seal(payload(3), keys.publicKey), keys)).toEqual(payload(3));
  });

  it('once destroyed, still seals what is asked for (shutdown), on the calling thread', async () => {
    const closing = new StatementSealer();
    const keys = generateKeyPair();
    const queued = closing.seal(payload(7), keys.publicKey);
    await closing.onModuleDestroy();
    const completed = (closing as unknown as { pool: Piscina }).pool.completed;
    expect(openStatement(await queued, keys)).toEqual(payload(7));
    expect(openStatement(await closing.seal(payload(8), keys.publicKey), keys)).toEqual(payload(8));
    expect((closing as unknown as { pool: Piscina }).pool.completed).toBe(completed);
  });
});
