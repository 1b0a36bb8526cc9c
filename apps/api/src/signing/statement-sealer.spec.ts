import { generateKeyPair, openStatement } from '@eci/statement-crypto';
import { StatementSealer } from './statement-sealer';

describe('StatementSealer', () => {
  const sealer = new StatementSealer();
  afterAll(() => sealer.onModuleDestroy());

  it('seals in a worker thread, batch by batch, to boxes the organisers’ key opens', async () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    const payloads = Array.from({ length: 50 }, (_, i) => ({ statementId: `s${i}`, familyNames: `Łukasiewicz-${i}` }));
    const sealed = await Promise.all(payloads.map((p, i) => sealer.seal(p, i % 2 ? b.publicKey : a.publicKey)));
    sealed.forEach((box, i) => expect(openStatement(box, i % 2 ? b : a)).toEqual(payloads[i]));
    expect(new Set(sealed.map((s) => Buffer.from(s).toString('hex'))).size).toBe(50);
  });
});
