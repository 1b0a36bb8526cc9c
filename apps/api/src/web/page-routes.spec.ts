import { classifyPagePath, splitUrl } from './page-routes';

describe('classifyPagePath', () => {
  it('recognises pages in a language', () => {
    expect(classifyPagePath('/pl/demo')).toEqual({ kind: 'page', lang: 'pl', slug: 'demo' });
    expect(classifyPagePath('/pl/demo/')).toEqual({ kind: 'page', lang: 'pl', slug: 'demo' });
    expect(classifyPagePath('/fr/clean-air/receipt/0b6c1c4e-7d0e-4e8e-9a51-2f7b1d2c3e4f')).toEqual({ kind: 'page', lang: 'fr', slug: 'clean-air' });
  });

  it('sends the bare address, a slug or a language to a page in the reader’s language', () => {
    expect(classifyPagePath('/')).toEqual({ kind: 'choose-language', slug: null });
    expect(classifyPagePath('/demo')).toEqual({ kind: 'choose-language', slug: 'demo' });
    expect(classifyPagePath('/de')).toEqual({ kind: 'choose-initiative', lang: 'de' });
  });

  it('knows nothing else', () => {
    for (const path of ['/xx/demo', '/pl/demo/receipt/nope', '/pl/demo/other', '/favicon.ico', '/pl/Demo', '/pl/demo/receipt/0b6c1c4e-7d0e-4e8e-9a51-2f7b1d2c3e4f/x', '/%2e%2e/demo']) {
      expect([path, classifyPagePath(path).kind]).toEqual([path, 'unknown']);
    }
  });
});

describe('splitUrl', () => {
  it('keeps the query string apart', () => {
    expect(splitUrl('/demo?partner=x')).toEqual({ path: '/demo', query: '?partner=x' });
    expect(splitUrl('/demo')).toEqual({ path: '/demo', query: '' });
  });
});
