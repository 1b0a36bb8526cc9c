import { pesel, withWrongCheckDigit } from './fixtures/identity-numbers';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADULT_PESEL = pesel('1985-03-14', 1234);

function polishSigner(overrides: Record<string, unknown> = {}) {
  return {
    nationality: 'PL',
    lang: 'pl',
    fullFirstNames: 'Anna Maria',
    familyNames: 'Kowalska',
    idDocumentType: 'national.id.number',
    idDocumentNumber: ADULT_PESEL,
    certified: true,
    ...overrides,
  };
}

function frenchSigner(overrides: Record<string, unknown> = {}) {
  return {
    nationality: 'FR',
    lang: 'fr',
    fullFirstNames: 'Jean-Luc Émile',
    familyNames: 'Moreau',
    dateOfBirth: '1979-11-02',
    street: 'Rue de la République',
    streetNumber: '12 bis',
    postalCode: '69002',
    city: 'Lyon',
    residenceCountry: 'FR',
    certified: true,
    ...overrides,
  };
}

describe(`signing (${target} database)`, () => {
  let t: TestApp;
  const count = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM signatures'))[0].n);
  const sign = (body: unknown) => t.http.post('/api/initiatives/demo/signatures').send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  describe('GET /api/initiatives/{slug}/forms/{country}', () => {
    it('describes a part B form with national document names in the requested language', async () => {
      const res = await t.http.get('/api/initiatives/demo/forms/PL?lang=pl').expect(200);
      expect(res.body).toMatchObject({ country: 'PL', part: 'B', minAge: 18 });
      expect(res.body.fields.map((f: { name: string; required: boolean }) => [f.name, f.required])).toEqual([
        ['fullFirstNames', true],
        ['familyNames', true],
        ['idDocumentType', true],
        ['idDocumentNumber', true],
        ['confirmIdFormat', false],
      ]);
      expect(res.body.documents).toEqual([{ type: 'national.id.number', label: expect.stringContaining('PESEL'), hint: expect.any(String) }]);
      for (const field of res.body.fields) expect(field).toEqual({ name: field.name, required: field.required, label: expect.any(String), hint: expect.any(String) });
      const en = await t.http.get('/api/initiatives/demo/forms/PL?lang=en').expect(200);
      expect(en.body.fields[0].label).not.toBe(res.body.fields[0].label);
    });

    it('describes a part A form, accepts EL for Greece, and 404s an unknown country', async () => {
      const fr = await t.http.get('/api/initiatives/demo/forms/FR?lang=fr').expect(200);
      expect(fr.body).toMatchObject({ country: 'FR', part: 'A', minAge: 18, documents: [] });
      expect(fr.body.certification).toEqual({ field: 'certified', statement: expect.stringMatching(/^Je certifie par la présente que les informations/) });
      expect(fr.body.fields.map((f: { name: string }) => f.name)).toEqual(
        expect.arrayContaining(['fullFirstNames', 'familyNames', 'dateOfBirth', 'street', 'streetNumber', 'postalCode', 'city', 'residenceCountry']),
      );
      const el = await t.http.get('/api/initiatives/demo/forms/EL').expect(200);
      expect(el.body).toMatchObject({ country: 'GR', minAge: 17 });
      const xx = await t.http.get('/api/initiatives/demo/forms/XX').expect(404);
      expect(xx.body.errors[0]).toMatchObject({ field: 'country', code: 'unknown_country' });
    });
  });

  describe('POST /api/initiatives/{slug}/signatures', () => {
    it('accepts a part B statement (201 after commit) and its receipt confirms it', async () => {
      const before = await count();
      const res = await sign(polishSigner()).expect(201);
      expect(res.body).toEqual({ receipt: expect.stringMatching(/^[0-9a-f-]{36}$/), signedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(await count()).toBe(before + 1);
      const receipt = await t.http.get(`/api/receipts/${res.body.receipt}`).expect(200);
      expect(receipt.body).toEqual({ status: 'counted', initiative: 'demo', signedOn: res.body.signedOn });
    });

    it('accepts a part A statement', async () => {
      const res = await sign(frenchSigner()).expect(201);
      await t.http.get(`/api/receipts/${res.body.receipt}`).expect(200);
    });

    it('refuses a duplicate kindly (409 already_signed), whatever the separators, and stores nothing', async () => {
      const before = await count();
      const spaced = `${ADULT_PESEL.slice(0, 6)} ${ADULT_PESEL.slice(6)}`;
      const res = await sign(polishSigner({ idDocumentNumber: spaced, fullFirstNames: 'Anna' })).expect(409);
      expect(res.body.errors).toEqual([{ field: null, code: 'already_signed', message: expect.any(String) }]);
      expect(res.body.errors[0].message).not.toBe('already_signed');
      expect(await count()).toBe(before);
    });

    it('reports every problem at once (422) in the signer’s language, and stores nothing', async () => {
      const before = await count();
      const res = await sign({ nationality: 'PL', lang: 'pl', idDocumentType: 'national.id.number', idDocumentNumber: withWrongCheckDigit(pesel('1990-01-01', 7)), street: 'Długa' }).expect(422);
      const codes = res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(codes).toEqual(expect.arrayContaining(['fullFirstNames:required', 'familyNames:required', 'idDocumentNumber:checksum', 'street:not_allowed']));
      const checksum = res.body.errors.find((e: { code: string }) => e.code === 'checksum');
      expect(checksum.overridable).toBe(true);
      expect(res.headers['content-language']).toBe('pl');
      for (const e of res.body.errors) expect(typeof e.message).toBe('string');
      expect(await count()).toBe(before);
    });

    it('takes the language from Accept-Language when the body has none', async () => {
      const res = await sign({ nationality: 'FR' }).set('accept-language', 'de-DE,de;q=0.9').expect(422);
      expect(res.headers['content-language']).toBe('de');
    });

    it('refuses a statement without the Annex III certification (422 required on certified, translated) and stores nothing', async () => {
      const before = await count();
      const person = { idDocumentNumber: pesel('1971-03-03', 71) };
      const cases: Record<string, unknown>[] = [
        { certified: undefined },
        { certified: false },
        { certified: 'true' },
        { certified: 1 },
        { certified: null },
        { certified: [true] },
      ];
      for (const certification of cases) {
        const body: Record<string, unknown> = { ...polishSigner(person), ...certification };
        if (certification.certified === undefined) delete body.certified;
        const res = await sign(body).expect(422);
        expect(res.body.errors).toEqual([{ field: 'certified', code: 'required', message: 'To pole jest obowiązkowe.' }]);
      }
      const fr = await sign(frenchSigner({ certified: false })).expect(422);
      expect(fr.body.errors).toEqual([{ field: 'certified', code: 'required', message: 'Ce champ est obligatoire.' }]);
      expect(await count()).toBe(before);
      // The same person, certifying: signed once, and the certification is no column of the table.
      await sign(polishSigner(person)).expect(201);
      const columns = await t.sql<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'signatures'`);
      expect(columns.map((c) => c.name).filter((name) => /certif/i.test(name))).toEqual([]);
    });

    it('names a missing certification along with the other problems of the statement', async () => {
      const res = await sign({ nationality: 'FR', lang: 'en' }).expect(422);
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field: 'certified', code: 'required', message: 'This field is required.' }]));
    });

    it('refuses properties outside the contract (unknown_field), naming none of them', async () => {
      const res = await sign(polishSigner({ email: 'a@b.c', emailAddressOfTheSigner: 1, idDocumentNumber: pesel('1970-02-02', 42) })).expect(422);
      expect(res.body.errors).toEqual([{ field: null, code: 'unknown_field', message: expect.any(String) }]);
      expect(res.text).not.toMatch(/email/i);
    });

    it('accepts a doubted ID number the signatory confirms, flagged for the authority', async () => {
      const doubted = withWrongCheckDigit(pesel('1962-07-30', 555));
      await sign(polishSigner({ idDocumentNumber: doubted })).expect(422);
      const res = await sign(polishSigner({ idDocumentNumber: doubted, confirmIdFormat: true })).expect(201);
      const rows = await t.sql<{ id_format_confirmed: boolean }>('SELECT id_format_confirmed FROM signatures WHERE id = $1', [res.body.receipt]);
      expect(rows[0].id_format_confirmed).toBe(true);
    });

    it('refuses a Pole under 18 from the birth date in the PESEL, asking nothing more', async () => {
      const today = new Date();
      const seventeen = `${today.getUTCFullYear() - 17}-01-01`;
      const res = await sign(polishSigner({ idDocumentNumber: pesel(seventeen, 9) })).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'idDocumentNumber', code: 'too_young' })]);
    });

    it('404s an unknown initiative, 400s malformed JSON, 413s an oversize body; none stores anything', async () => {
      const before = await count();
      const unknown = await t.http.post('/api/initiatives/nope/signatures').send(polishSigner({ idDocumentNumber: pesel('1950-01-01', 1) })).expect(404);
      expect(unknown.body.errors[0].code).toBe('initiative_not_found');
      const malformed = await t.http.post('/api/initiatives/demo/signatures').set('content-type', 'application/json').send('{"nationality": "PL",').expect(400);
      expect(malformed.body).toEqual({ errors: [{ field: null, code: 'malformed_json', message: expect.any(String) }] });
      const big = await sign(polishSigner({ idDocumentNumber: pesel('1950-01-01', 2), city: 'x'.repeat(17 * 1024) })).expect(413);
      expect(big.body).toEqual({ errors: [{ field: null, code: 'payload_too_large', message: expect.any(String) }] });
      const notObject = await sign([1, 2]).expect(422);
      expect(notObject.body.errors[0]).toMatchObject({ field: null, code: 'format' });
      expect(await count()).toBe(before);
    });

    it('attributes a signature to a known partner and ignores an unknown partner slug', async () => {
      const [demo] = await t.sql<{ id: string }>(`SELECT id FROM initiatives WHERE slug = 'demo'`);
      await t.sql(`INSERT INTO partners (initiative_id, slug, name) VALUES ($1, 'edri', 'EDRi')`, [demo.id]);
      const known = await sign(polishSigner({ idDocumentNumber: pesel('1971-04-04', 11), partner: 'edri' })).expect(201);
      const unknown = await sign(polishSigner({ idDocumentNumber: pesel('1971-04-04', 12), partner: 'nobody' })).expect(201);
      const rows = await t.sql<{ id: string; slug: string | null }>(
        `SELECT s.id, p.slug FROM signatures s LEFT JOIN partners p ON p.id = s.partner_id WHERE s.id = ANY($1)`,
        [[known.body.receipt, unknown.body.receipt]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.slug]))).toEqual({ [known.body.receipt]: 'edri', [unknown.body.receipt]: null });
    });
  });

  describe('GET /api/receipts/{receipt}', () => {
    it('404s an unknown or malformed receipt, in the error shape', async () => {
      const unknown = await t.http.get('/api/receipts/00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'receipt', code: 'receipt_not_found' });
      await t.http.get('/api/receipts/not-a-uuid').expect(404);
    });
  });

  it('takes fifty concurrent statements of one person (typed differently) exactly once', async () => {
    const number = pesel('1988-08-08', 808);
    const typings = [number, `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`, `${number.slice(0, 6)}-${number.slice(6)}`, ` ${number} `, number.split('').join('.')];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => sign(polishSigner({ idDocumentNumber: typings[i % typings.length], familyNames: i % 2 ? 'Kowalska' : 'KOWALSKA' }))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of responses.filter((x) => x.status === 409)) expect(r.body.errors[0].code).toBe('already_signed');
  });

  // What the organisers' key opens from the table: sealed-statements.api-spec.ts.
  it('keeps no personal data in clear, in the table or the logs', async () => {
    const people = [
      polishSigner({ fullFirstNames: 'Zbigniew Teodor', familyNames: 'Wróblewski', idDocumentNumber: pesel('1966-06-16', 616) }),
      frenchSigner({ fullFirstNames: 'Hélène', familyNames: 'Duchâteau', dateOfBirth: '1958-12-24', street: 'Avenue Foch', city: 'Nancy', postalCode: '54000' }),
    ];
    for (const person of people) await sign(person).expect(201);

    const dump = JSON.stringify(
      await t.sql(`SELECT id::text, initiative_id::text, nationality, signed_on::text, channel, partner_id::text, id_format_confirmed::text,
                          encode(identity_hash, 'escape') AS hash_text, encode(ciphertext, 'escape') AS ct_text FROM signatures`),
    );
    const logs = t.logs.join('\n');
    const secrets = ['Zbigniew', 'Wróblewski', 'WRÓBLEWSKI', pesel('1966-06-16', 616), 'Hélène', 'Duchâteau', 'DUCHÂTEAU', '1958-12-24', 'Avenue Foch', 'Nancy', '54000'];
    for (const secret of secrets) {
      expect(dump).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
  });
});
