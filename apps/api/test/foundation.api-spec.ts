import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

describe(`foundation (${target} database)`, () => {
  let t: TestApp;

  beforeAll(async () => {
    // A real first start: on the embedded database, an empty data dir (initdb, every migration, the demo).
    t = await startTestApp({ emptyDataDir: true });
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('reports health with the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the two demo initiatives created on first start: demo (2022, own online collection) and demo-cocs (2025, through the COCS)', async () => {
    const res = await t.http.get('/api/initiatives/demo').expect(200);
    expect(res.body).toMatchObject({
      slug: 'demo',
      registrationNumber: 'ECI(2022)000001',
      registrationDate: '2022-11-15',
      thresholdTable: '705',
      channels: { online: 'own-online' },
      demo: true,
    });
    const cocs = await t.http.get('/api/initiatives/demo-cocs').expect(200);
    expect(cocs.body).toMatchObject({ slug: 'demo-cocs', registrationDate: '2025-03-10', thresholdTable: '720', channels: { online: 'cocs' }, demo: true });
    expect(Object.keys(res.body.title)).toEqual(expect.arrayContaining(['en', 'fr', 'de']));
    expect(res.body.collectionStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.collectionEnd > res.body.collectionStart).toBe(true);
    expect(res.body.organisers.find((o: { role: string }) => o.role === 'representative').email).toContain('@');
    const rows = await t.sql<{ n: string }>('SELECT count(*) AS n FROM initiatives');
    expect(Number(rows[0].n)).toBe(2);
  });

  it('answers an unknown initiative with 404 in the error shape', async () => {
    const res = await t.http.get('/api/initiatives/nope').expect(404);
    expect(res.body).toEqual({ errors: [{ field: 'slug', code: 'initiative_not_found', message: expect.any(String) }] });
  });

  it('answers unknown API routes with 404 in the error shape, in the requested language', async () => {
    const res = await t.http.get('/api/no-such-thing').set('accept-language', 'fr-FR,fr;q=0.9').expect(404);
    expect(res.body).toEqual({ errors: [{ field: null, code: 'not_found', message: expect.any(String) }] });
    expect(res.headers['content-language']).toBe('fr');
    const post = await t.http.post('/no-such-page').send({}).expect(404);
    expect(post.body.errors[0].code).toBe('not_found');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http.get('/api/docs/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/initiatives/{slug}']));
    await t.http.get('/api/docs').expect(200);
  });

  it('serves the web app: / redirects to the page in the reader\'s language, deep links load it', async () => {
    const redirect = await t.http.get('/').set('accept-language', 'pl-PL,pl;q=0.9,en;q=0.5').expect(302);
    expect(redirect.headers.location).toBe('/pl/demo');
    const root = await t.http.get('/en/demo').expect(200);
    expect(root.headers['content-type']).toContain('text/html');
    expect(root.text).toContain('<div id="app">');
    const deep = await t.http.get('/fr/demo').expect(200);
    expect(deep.text).toContain('<div id="app">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(root.text)?.[1] as string;
    const js = await t.http.get(script).expect(200);
    expect(js.headers['content-type']).toContain('javascript');
  });

  it('writes structured JSON logs without bodies, addresses or query strings', async () => {
    await t.http.get('/api/initiatives/demo?lang=fr&secret=Kowalczyk').expect(200);
    const lines = t.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines.length).toBeGreaterThan(0);
    expect(requestLines.at(-1)).toMatchObject({ method: 'GET', route: '/api/initiatives/:slug', status: 200 });
    const all = t.logs.join('\n');
    expect(all).not.toContain('secret=');
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toContain('remoteAddress');
  });

  it('reports the database down (503) when it cannot be reached', async () => {
    await t.stopDatabase();
    const res = await t.http.get('/api/health').expect(503);
    expect(res.body).toMatchObject({ status: 'error', database: 'down' });
    expect(res.body.errors[0]).toMatchObject({ field: null, code: 'database_down' });
    const german = await t.http.get('/api/health').set('accept-language', 'de').expect(503);
    expect(german.body.errors[0].message).not.toBe(res.body.errors[0].message);
  });
});
