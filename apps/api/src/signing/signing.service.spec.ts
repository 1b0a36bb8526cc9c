import { randomUUID } from 'node:crypto';
import { addDays } from '@eci/rules';
import { openStatement } from '@eci/statement-crypto';
import { SigningWorld, signingService } from '../../test/fixtures/signing-world';
import { french, polish } from '../../test/fixtures/statements';
import type { Initiative } from '../initiatives/initiative';
import { CommitOutcomeUnknownError, DatabaseUnavailableError } from '../platform/database/database-errors';
import { DomainError, type ErrorItem } from '../platform/errors/domain-error';
import { DATABASE_RETRY_AFTER_SECONDS } from '../platform/errors/error-response';
import type { CaptchaSpend, InsertOutcome, NewSignature, Receipt, SignaturesRepository } from './signatures.repository';
import type { SigningService } from './signing.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The DomainError a promise is rejected with (fails the case if it resolves or throws something else). */
async function refusal(promise: Promise<unknown>): Promise<{ items: ErrorItem[]; retryAfterSeconds?: number }> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a DomainError, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw error;
  return { items: error.items, retryAfterSeconds: error.retryAfterSeconds };
}

/** The world's statement store, but `insert` does `fail` instead (after storing, if `commitFirst`). */
class FailingSignatures implements SignaturesRepository {
  constructor(
    private readonly inner: SignaturesRepository,
    private readonly fail: () => Error,
    private readonly commitFirst = false,
  ) {}

  async insert(signature: NewSignature, captcha: CaptchaSpend | null, now: Date): Promise<InsertOutcome> {
    if (this.commitFirst) await this.inner.insert(signature, captcha, now);
    throw this.fail();
  }

  findReceipt(id: string): Promise<Receipt | null> {
    return this.inner.findReceipt(id);
  }
}

describe('SigningService', () => {
  // One world for the file (one sealer worker); each case signs on an initiative of its own.
  const world = new SigningWorld();
  afterAll(() => world.close());
  let cases = 0;
  let slug: string;
  let service: SigningService;
  let demo: Initiative;

  beforeEach(async () => {
    slug = `demo-${++cases}`;
    service = signingService(world);
    demo = await world.createInitiative(slug);
  });

  /** The statements stored for an initiative (this case's by default). */
  const stored = (initiative: Initiative = demo) => [...world.tables.signatures.values()].filter((s) => s.initiativeId === initiative.id);

  const sign = async (statement: Record<string, unknown>, extra: Record<string, unknown> = {}, to = slug) =>
    service.sign(to, { ...statement, captcha: await world.solvedCaptcha(), ...extra });

  describe('a valid statement', () => {
    it('is stored and answered with its receipt and the day of signing in Brussels', async () => {
      const answer = await sign(polish(1));

      expect(answer).toEqual({ receipt: expect.stringMatching(/^[0-9a-f-]{36}$/), signedOn: world.today() });
      const row = world.tables.signatures.get(answer.receipt);
      expect(row).toMatchObject({ initiativeId: demo.id, nationality: 'PL', signedOn: world.today(), channel: 'online', partnerId: null, idFormatConfirmed: false });
      expect(row?.identityHash).toHaveLength(32);
    });

    it('is stored sealed: the organisers\' key opens it into the statement sent (the certification is not kept)', async () => {
      const sent = french(1);
      const fields: Record<string, unknown> = { ...sent };
      delete fields.certified;
      const { receipt, signedOn } = await sign(sent, { lang: 'fr' });

      const row = world.tables.signatures.get(receipt);
      const ciphertext = Buffer.from(row?.ciphertext ?? []);
      expect(ciphertext.includes(Buffer.from(sent.familyNames))).toBe(false);
      const payload = openStatement(new Uint8Array(ciphertext), world.organiserKeys);
      expect(payload).toEqual({
        version: 1,
        statementId: receipt,
        initiative: { registrationNumber: demo.registrationNumber, slug },
        signedOn,
        rulesVersion: expect.any(String),
        idFormatConfirmed: false,
        statement: { ...fields, part: 'A', signingDate: signedOn },
      });
    });

    it('of a person who signed another initiative is taken (the identity hash is per initiative)', async () => {
      const other = await world.createInitiative(`${slug}-other`);
      await sign(polish(1));

      await expect(sign(polish(1), {}, other.slug)).resolves.toMatchObject({ signedOn: world.today() });
      expect([stored(), stored(other)].map((rows) => rows.length)).toEqual([1, 1]);
    });

    it('needs no CAPTCHA when the CAPTCHA is off', async () => {
      const unchecked = signingService(world, { captcha: false });

      const spent = world.tables.captchaSpent.size;
      const { receipt } = await unchecked.sign(slug, polish(1));
      expect(world.tables.signatures.has(receipt)).toBe(true);
      expect(world.tables.captchaSpent.size).toBe(spent);
    });
  });

  describe('receipt()', () => {
    it('tells the initiative and day of a stored statement', async () => {
      const { receipt, signedOn } = await sign(polish(1));

      await expect(service.receipt(receipt)).resolves.toEqual({ status: 'counted', initiative: slug, signedOn });
    });

    it('reads an id in upper case as the same receipt', async () => {
      const { receipt, signedOn } = await sign(polish(1));

      await expect(service.receipt(receipt.toUpperCase())).resolves.toEqual({ status: 'counted', initiative: slug, signedOn });
    });

    it('refuses an unknown id and a string that is no UUID alike', async () => {
      for (const id of [randomUUID(), 'not-a-uuid', '', `${randomUUID()}0`]) {
        expect({ id, ...(await refusal(service.receipt(id))) }).toEqual({ id, items: [{ field: 'receipt', code: 'receipt_not_found' }] });
      }
    });
  });

  describe('the initiative', () => {
    it('must exist', async () => {
      // Decided before the CAPTCHA is looked at: none is solved.
      expect(await refusal(service.sign('nowhere', polish(1)))).toEqual({ items: [{ field: 'slug', code: 'initiative_not_found' }] });
    });

    it('must have the organisers\' public key', async () => {
      const keyless = await world.createInitiative(`${slug}-keyless`, { publicKey: null });

      expect(await refusal(service.sign(keyless.slug, polish(1)))).toEqual({ items: [{ field: null, code: 'initiative_not_ready' }] });
      expect(stored()).toEqual([]);
    });

    it('must be collecting: after its end a statement is refused alone, whatever else is wrong', async () => {
      // A world of its own: its clock is moved for good.
      const late = new SigningWorld();
      try {
        const initiative = await late.createInitiative();
        late.clock.advance(Date.parse(`${initiative.collectionEnd}T12:00:00Z`) - Date.now() + 2 * DAY_MS);
        expect(late.today() > initiative.collectionEnd).toBe(true);

        expect(await refusal(signingService(late).sign(initiative.slug, { ...polish(1), lang: 'xx' }))).toEqual({
          items: [{ field: null, code: 'collection_ended', params: { start: initiative.collectionStart, end: initiative.collectionEnd } }],
        });
        expect(late.tables.signatures.size).toBe(0);
      } finally {
        await late.close();
      }
    });
  });

  describe('the collection period (collectionState on the Brussels day of the clock)', () => {
    const day = (offset: number) => addDays(world.today(), offset);

    /** Signs with a solved proof of work; the answer, and whether the proof of work was spent. */
    const attempt = async (to: string, body: Record<string, unknown> = polish(1)) => {
      const spent = world.tables.captchaSpent.size;
      const outcome = await service.sign(to, { ...body, captcha: await world.solvedCaptcha() }).then(
        (receipt) => ({ receipt }),
        (error: unknown) => {
          if (!(error instanceof DomainError)) throw error;
          return { items: error.items };
        },
      );
      return { ...outcome, captchaSpent: world.tables.captchaSpent.size > spent };
    };

    it('refuses the day before the kick-off (collection_not_started), storing nothing and spending no proof of work', async () => {
      const early = await world.createInitiative(`${slug}-early`, { collectionStart: day(1), collectionEnd: day(100) });
      expect(await attempt(early.slug)).toEqual({ items: [{ field: null, code: 'collection_not_started', params: { start: day(1), end: day(100) } }], captchaSpent: false });
      expect(stored(early)).toEqual([]);
    });

    it('takes statements on the kick-off day and on the last day', async () => {
      const lastDay = await world.createInitiative(`${slug}-last`, { collectionStart: day(-364), collectionEnd: day(0) });
      expect(await attempt(slug)).toMatchObject({ receipt: { signedOn: world.today() }, captchaSpent: true });
      expect(await attempt(lastDay.slug)).toMatchObject({ receipt: { signedOn: world.today() }, captchaSpent: true });
    });

    it('refuses the day after the last day (collection_ended)', async () => {
      const over = await world.createInitiative(`${slug}-over`, { collectionStart: day(-365), collectionEnd: day(-1) });
      expect(await attempt(over.slug)).toEqual({ items: [{ field: null, code: 'collection_ended', params: { start: day(-365), end: day(-1) } }], captchaSpent: false });
      expect(stored(over)).toEqual([]);
    });

    it('refuses from the day of an early closure on (collection_closed_early), and takes statements the day before', async () => {
      const closing = await world.createInitiative(`${slug}-closing`, { closedEarlyOn: day(1) });
      expect(await attempt(closing.slug)).toMatchObject({ receipt: { signedOn: world.today() } });
      const closed = await world.createInitiative(`${slug}-closed`, { closedEarlyOn: day(0) });
      expect(await attempt(closed.slug)).toEqual({
        items: [{ field: null, code: 'collection_closed_early', params: { start: closed.collectionStart, end: closed.collectionEnd, closedEarlyOn: day(0) } }],
        captchaSpent: false,
      });
      expect(stored(closed)).toEqual([]);
    });

    it('tells the signing page where the collection stands (status)', async () => {
      await world.createInitiative(`${slug}-soon`, { collectionStart: day(3), collectionEnd: day(300) });
      await world.createInitiative(`${slug}-shut`, { closedEarlyOn: day(-1) });
      await expect(service.status(slug)).resolves.toEqual({ collectionState: 'collecting', online: 'own-online' });
      await expect(service.status(`${slug}-soon`)).resolves.toEqual({ collectionState: 'not-started', online: 'own-online' });
      await expect(service.status(`${slug}-shut`)).resolves.toEqual({ collectionState: 'closed-early', online: 'own-online' });
    });
  });

  describe('the online channel (onlineChannelFor)', () => {
    const COCS = 'https://eci.ec.europa.eu/045/public/';

    it('refuses own online statements for an initiative registered in 2025 (online_through_cocs with its COCS address) before reading the body', async () => {
      const cocs = await world.createInitiative(`${slug}-cocs`, { registrationDate: '2025-03-10', cocsUrl: COCS });
      for (const body of [polish(1), { ...polish(1), lang: 'xx', isAdmin: true }, null]) {
        const spent = world.tables.captchaSpent.size;
        const { items } = await refusal(service.sign(cocs.slug, body === null ? null : { ...body, captcha: await world.solvedCaptcha() }));
        expect(items).toEqual([{ field: null, code: 'online_through_cocs', params: { cocsUrl: COCS } }]);
        expect(JSON.stringify(items)).not.toContain('Zieli');
        expect(world.tables.captchaSpent.size).toBe(spent);
      }
      expect(stored(cocs)).toEqual([]);
      await expect(service.status(cocs.slug)).resolves.toEqual({ collectionState: 'collecting', online: 'cocs' });
    });

    it('refuses it too for a 2025 registration without a COCS address yet, and for a 2022 one whose organisers chose the COCS; even outside the period', async () => {
      const noAddress = await world.createInitiative(`${slug}-noaddress`, { registrationDate: '2025-03-10', cocsUrl: null });
      const chose = await world.createInitiative(`${slug}-chose`, { registrationDate: '2022-11-15', cocsUrl: COCS });
      const ended = await world.createInitiative(`${slug}-cocs-ended`, { registrationDate: '2025-03-10', cocsUrl: COCS, collectionStart: addDays(world.today(), -365), collectionEnd: addDays(world.today(), -1) });
      expect((await refusal(sign(polish(1), {}, noAddress.slug))).items).toEqual([{ field: null, code: 'online_through_cocs' }]);
      expect((await refusal(sign(polish(1), {}, chose.slug))).items).toEqual([{ field: null, code: 'online_through_cocs', params: { cocsUrl: COCS } }]);
      expect((await refusal(sign(polish(1), {}, ended.slug))).items).toEqual([{ field: null, code: 'online_through_cocs', params: { cocsUrl: COCS } }]);
      expect([...stored(noAddress), ...stored(chose), ...stored(ended)]).toEqual([]);
    });

    it('takes own online statements for an initiative registered on 31 December 2022 without a COCS address', async () => {
      const last = await world.createInitiative(`${slug}-2022`, { registrationDate: '2022-12-31', cocsUrl: null });
      await expect(sign(polish(1), {}, last.slug)).resolves.toMatchObject({ signedOn: world.today() });
    });
  });

  describe('the body', () => {
    it('must be an object', async () => {
      for (const body of [null, undefined, 'PL', 42, [polish(1)]]) {
        expect({ body, ...(await refusal(service.sign(slug, body))) }).toEqual({ body, items: [{ field: null, code: 'format' }] });
      }
    });

    it('may hold no field beyond the statement and the envelope, and the stranger is not named', async () => {
      const { items } = await refusal(sign(polish(1), { isAdmin: true }));

      expect(items).toEqual([{ field: null, code: 'unknown_field' }]);
      expect(JSON.stringify(items)).not.toContain('isAdmin');
    });

    it('reports a bad language, partner or CAPTCHA of the envelope', async () => {
      expect((await refusal(sign(polish(1), { lang: 'xx' }))).items).toEqual([{ field: 'lang', code: 'format' }]);
      expect((await refusal(sign(polish(1), { partner: 7 }))).items).toEqual([{ field: 'partner', code: 'format' }]);
      expect((await refusal(sign(polish(1), { partner: 'a'.repeat(65) }))).items).toEqual([{ field: 'partner', code: 'format' }]);
      expect((await refusal(service.sign(slug, { ...polish(1), captcha: 'x'.repeat(4097) }))).items).toEqual([{ field: 'captcha', code: 'captcha' }]);
      expect((await refusal(service.sign(slug, { ...polish(1), captcha: { solved: true } }))).items).toEqual([{ field: 'captcha', code: 'captcha' }]);
      for (const captcha of [false, 0]) {
        expect({ captcha, items: (await refusal(service.sign(slug, { ...polish(1), captcha }))).items }).toEqual({ captcha, items: [{ field: 'captcha', code: 'captcha' }] });
      }
    });

    it('reports the envelope\'s, the rules\' and the CAPTCHA\'s problems together, in that order', async () => {
      const { items } = await refusal(service.sign(slug, { nationality: 'XX', lang: 'xx', unexpected: 1 }));

      expect(items).toEqual([
        { field: null, code: 'unknown_field' },
        { field: 'lang', code: 'format' },
        { field: 'nationality', code: 'unknown_country' },
        { field: 'fullFirstNames', code: 'required' },
        { field: 'familyNames', code: 'required' },
        { field: 'certified', code: 'required' },
        { field: 'captcha', code: 'captcha', params: { reason: 'missing' } },
      ]);
    });

    it('reports every rule broken by the statement', async () => {
      const { items } = await refusal(sign({ nationality: 'PL', fullFirstNames: 'Ewa', certified: true }));

      expect(items).toEqual([
        { field: 'familyNames', code: 'required' },
        { field: 'idDocumentType', code: 'required' },
        { field: 'idDocumentNumber', code: 'required' },
      ]);
    });
  });

  describe('the Annex III certification', () => {
    it('refuses a statement the signatory has not certified (anything but true), and stores nothing', async () => {
      for (const certified of [undefined, false, null, 'true', 1, {}]) {
        const body: Record<string, unknown> = { ...polish(1), certified };
        if (certified === undefined) delete body.certified;
        expect({ certified, items: (await refusal(sign(body))).items }).toEqual({ certified, items: [{ field: 'certified', code: 'required' }] });
      }
      expect(stored()).toEqual([]);
    });
  });

  describe('one statement per person', () => {
    it('refuses the same person again with already_signed', async () => {
      await sign(polish(1));

      expect(await refusal(sign(polish(1, { fullFirstNames: 'Ewa Maria' })))).toEqual({ items: [{ field: null, code: 'already_signed' }] });
      expect(stored()).toHaveLength(1);
    });
  });

  describe('the CAPTCHA', () => {
    it('must be sent', async () => {
      for (const captcha of [undefined, null, '']) {
        const { items } = await refusal(service.sign(slug, { ...polish(1), captcha }));
        expect({ captcha, items }).toEqual({ captcha, items: [{ field: 'captcha', code: 'captcha', params: { reason: 'missing' } }] });
      }
    });

    it('must be a solution of a challenge of this server', async () => {
      const other = new SigningWorld();
      const foreign = await other.solvedCaptcha();

      for (const captcha of ['not base64 json', foreign]) {
        const { items } = await refusal(service.sign(slug, { ...polish(1), captcha }));
        expect(items).toEqual([{ field: 'captcha', code: 'captcha', params: { reason: 'invalid' } }]);
      }
    });

    it('is good once: a statement let in spends it', async () => {
      const captcha = await world.solvedCaptcha();
      await service.sign(slug, { ...polish(1), captcha });

      expect((await refusal(service.sign(slug, { ...polish(2), captcha }))).items).toEqual([{ field: 'captcha', code: 'captcha', params: { reason: 'used' } }]);
      expect(stored()).toHaveLength(1);
    });

    it('is not spent by a statement refused for its content: corrected, it goes through with it', async () => {
      const captcha = await world.solvedCaptcha();

      await refusal(service.sign(slug, { ...polish(1), familyNames: '', captcha }));
      await refusal(service.sign(slug, { ...polish(1), lang: 'xx', captcha }));
      const { receipt } = await service.sign(slug, { ...polish(1), captcha });
      expect(world.tables.signatures.has(receipt)).toBe(true);
    });

    it('is not spent by a duplicate statement: another person can then use it', async () => {
      await sign(polish(1));
      const captcha = await world.solvedCaptcha();

      expect((await refusal(service.sign(slug, { ...polish(1), captcha }))).items).toEqual([{ field: null, code: 'already_signed' }]);
      const { receipt } = await service.sign(slug, { ...polish(2), captcha });
      expect(world.tables.signatures.has(receipt)).toBe(true);
    });

    it('is not checked while the statement has other problems, so a bad one is not reported then', async () => {
      const { items } = await refusal(service.sign(slug, { ...polish(1), lang: 'xx', captcha: 'not base64 json' }));

      expect(items).toEqual([{ field: 'lang', code: 'format' }]);
    });
  });

  describe('partner attribution', () => {
    // The CAPTCHA has no say in attribution: off here, to spare the solving.
    let person = 0;
    const partnerOf = async (partner: unknown) => {
      const { receipt } = await signingService(world, { captcha: false }).sign(slug, { ...polish(++person), partner });
      return world.tables.signatures.get(receipt)?.partnerId;
    };

    it('credits a partner of the initiative by its slug', async () => {
      const id = world.addPartner(demo, 'friends-of-air');

      expect(await partnerOf('friends-of-air')).toBe(id);
    });

    it('ignores an unknown or malformed slug, another initiative\'s partner and an empty one', async () => {
      const other = await world.createInitiative(`${slug}-other`);
      world.addPartner(other, 'elsewhere');
      world.addPartner(demo, 'friends-of-air');

      for (const partner of ['nobody', 'Friends-Of-Air', 'friends of air', '-x', 'elsewhere', '', null]) {
        expect({ partner, partnerId: await partnerOf(partner) }).toEqual({ partner, partnerId: null });
      }
    });
  });

  describe('when the database fails', () => {
    it('answers outcome_unknown with the receipt to check and when to try again; the receipt tells what became of it', async () => {
      const committed = signingService(world, { signatures: new FailingSignatures(world.signatures, () => new CommitOutcomeUnknownError(), true) });
      const lost = signingService(world, { signatures: new FailingSignatures(world.signatures, () => new CommitOutcomeUnknownError()) });

      const saved = await refusal(committed.sign(slug, { ...polish(1), captcha: await world.solvedCaptcha() }));
      const notSaved = await refusal(lost.sign(slug, { ...polish(2), captcha: await world.solvedCaptcha() }));

      for (const answer of [saved, notSaved]) {
        expect(answer).toEqual({ items: [{ field: null, code: 'outcome_unknown', params: { receipt: expect.stringMatching(/^[0-9a-f-]{36}$/) } }], retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
      }
      const receiptOf = (answer: { items: ErrorItem[] }) => String(answer.items[0].params?.receipt);
      await expect(service.receipt(receiptOf(saved))).resolves.toEqual({ status: 'counted', initiative: slug, signedOn: world.today() });
      expect((await refusal(service.receipt(receiptOf(notSaved)))).items).toEqual([{ field: 'receipt', code: 'receipt_not_found' }]);
    });

    it('answers database_down, nothing saved, when the database could not be reached', async () => {
      const down = signingService(world, { signatures: new FailingSignatures(world.signatures, () => new DatabaseUnavailableError()) });
      const captcha = await world.solvedCaptcha();

      expect(await refusal(down.sign(slug, { ...polish(1), captcha }))).toEqual({ items: [{ field: null, code: 'database_down' }], retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
      expect(stored()).toEqual([]);
      await expect(service.sign(slug, { ...polish(1), captcha })).resolves.toMatchObject({ signedOn: world.today() });
    });

    it('answers database_down for a raw lost connection too', async () => {
      const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      const down = signingService(world, { signatures: new FailingSignatures(world.signatures, () => reset) });

      expect(await refusal(down.sign(slug, { ...polish(1), captcha: await world.solvedCaptcha() }))).toEqual({ items: [{ field: null, code: 'database_down' }], retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    });

    it('passes an error it does not recognise through as it is', async () => {
      const bug = new TypeError('cannot read properties of undefined');
      const broken = signingService(world, { signatures: new FailingSignatures(world.signatures, () => bug) });

      await expect(broken.sign(slug, { ...polish(1), captcha: await world.solvedCaptcha() })).rejects.toBe(bug);
    });
  });
});
