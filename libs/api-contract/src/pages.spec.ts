import { classifyPagePath, pagePath, partnerFrom, partnerQuery, type PageRoute } from './pages';

const RECEIPT = '0b6c1c4e-7d0e-4e8e-9a51-2f7b1d2c3e4f';

describe('classifyPagePath', () => {
  it('recognises the signing and receipt pages in a language', () => {
    expect(classifyPagePath('/pl/demo')).toEqual({ kind: 'page', route: { page: 'sign', lang: 'pl', slug: 'demo' } });
    expect(classifyPagePath('/pl/demo/')).toEqual({ kind: 'page', route: { page: 'sign', lang: 'pl', slug: 'demo' } });
    expect(classifyPagePath(`/fr/clean-air/receipt/${RECEIPT}`)).toEqual({ kind: 'page', route: { page: 'receipt', lang: 'fr', slug: 'clean-air', receipt: RECEIPT } });
    expect(classifyPagePath(`/fr/clean-air/receipt/${RECEIPT.toUpperCase()}`)).toEqual({ kind: 'page', route: { page: 'receipt', lang: 'fr', slug: 'clean-air', receipt: RECEIPT } });
  });

  it('recognises the progress page, a partner’s page and the widget (framed like the signing page)', () => {
    expect(classifyPagePath('/el/demo/progress')).toEqual({ kind: 'page', route: { page: 'progress', lang: 'el', slug: 'demo' } });
    expect(classifyPagePath('/el/demo/progress/')).toEqual({ kind: 'page', route: { page: 'progress', lang: 'el', slug: 'demo' } });
    expect(classifyPagePath('/pl/demo/partners/clean-air-network')).toEqual({ kind: 'page', route: { page: 'partner', lang: 'pl', slug: 'demo', partner: 'clean-air-network' } });
    expect(classifyPagePath('/en/demo/widget')).toEqual({ kind: 'page', route: { page: 'widget', lang: 'en', slug: 'demo' } });
  });

  it('sends the bare address, a slug or a language to a page in the reader’s language', () => {
    expect(classifyPagePath('/')).toEqual({ kind: 'choose-language', slug: null });
    expect(classifyPagePath('/demo')).toEqual({ kind: 'choose-language', slug: 'demo' });
    expect(classifyPagePath('/de')).toEqual({ kind: 'choose-initiative', lang: 'de' });
  });

  it('accepts slugs of up to 64 characters, as the database does', () => {
    const longest = `a${'-'.repeat(62)}z`;
    expect(longest).toHaveLength(64);
    expect(classifyPagePath(`/pl/${longest}`)).toEqual({ kind: 'page', route: { page: 'sign', lang: 'pl', slug: longest } });
    expect(classifyPagePath(`/pl/${longest}/partners/${longest}`).kind).toBe('page');
    expect(classifyPagePath(`/${longest}`)).toEqual({ kind: 'choose-language', slug: longest });
    expect(classifyPagePath(`/pl/${longest}a`)).toEqual({ kind: 'unknown', lang: 'pl' });
    expect(classifyPagePath(`/pl/demo/partners/${longest}a`)).toEqual({ kind: 'unknown', lang: 'pl' });
    expect(classifyPagePath(`/${longest}a`)).toEqual({ kind: 'unknown', lang: null });
  });

  it('knows nothing else, keeping the language when the address has one', () => {
    for (const path of ['/xx/demo', '/favicon.ico', '/%2e%2e/demo', '/Demo']) {
      expect([path, classifyPagePath(path)]).toEqual([path, { kind: 'unknown', lang: null }]);
    }
    for (const path of [
      '/pl/demo/receipt/nope',
      '/pl/demo/receipt',
      '/pl/demo/other',
      '/pl/Demo',
      '/pl//progress',
      `/pl/demo/receipt/${RECEIPT}/x`,
      '/pl/demo/progress/x',
      '/pl/demo/widget/x',
      '/pl/demo/partners',
      '/pl/demo/partners/EDRi',
      '/pl/demo/partners/-edri',
      '/pl/demo/partners/edri/x',
    ]) {
      expect([path, classifyPagePath(path)]).toEqual([path, { kind: 'unknown', lang: 'pl' }]);
    }
  });
});

describe('pagePath', () => {
  it('writes each page’s address, which classifies back to the same page', () => {
    const routes: PageRoute[] = [
      { page: 'sign', lang: 'pl', slug: 'demo' },
      { page: 'receipt', lang: 'fr', slug: 'clean-air', receipt: RECEIPT },
      { page: 'progress', lang: 'el', slug: 'demo' },
      { page: 'partner', lang: 'de', slug: 'demo', partner: 'edri' },
      { page: 'widget', lang: 'en', slug: 'demo' },
    ];
    expect(routes.map(pagePath)).toEqual(['/pl/demo', `/fr/clean-air/receipt/${RECEIPT}`, '/el/demo/progress', '/de/demo/partners/edri', '/en/demo/widget']);
    for (const route of routes) expect(classifyPagePath(pagePath(route))).toEqual({ kind: 'page', route });
  });
});

describe('the ?partner= of an embedding site', () => {
  it('is kept when it is a well-formed slug, lower-cased', () => {
    expect(partnerFrom('?partner=EDRi')).toBe('edri');
    expect(partnerFrom('?x=1&partner=%20edri%20')).toBe('edri');
    expect(partnerFrom('?partner=-edri')).toBeUndefined();
    expect(partnerFrom('?partner=')).toBeUndefined();
    expect(partnerFrom('')).toBeUndefined();
  });

  it('is carried on links as the only query parameter', () => {
    expect(partnerQuery('edri')).toBe('?partner=edri');
    expect(partnerQuery(undefined)).toBe('');
  });
});
