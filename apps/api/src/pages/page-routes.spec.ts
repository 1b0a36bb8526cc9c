import { classifyPagePath, splitUrl } from './page-routes';

describe('classifyPagePath', () => {
  it('recognises pages in a language', () => {
    expect(classifyPagePath('/pl/demo')).toEqual({ kind: 'page', lang: 'pl', slug: 'demo' });
    expect(classifyPagePath('/pl/demo/')).toEqual({ kind: 'page', lang: 'pl', slug: 'demo' });
    expect(classifyPagePath('/fr/clean-air/receipt/0b6c1c4e-7d0e-4e8e-9a51-2f7b1d2c3e4f')).toEqual({ kind: 'page', lang: 'fr', slug: 'clean-air' });
  });

  it('recognises the progress page, a partner’s page and the widget (framed like the signing page)', () => {
    expect(classifyPagePath('/el/demo/progress')).toEqual({ kind: 'page', lang: 'el', slug: 'demo' });
    expect(classifyPagePath('/el/demo/progress/')).toEqual({ kind: 'page', lang: 'el', slug: 'demo' });
    expect(classifyPagePath('/pl/demo/partners/clean-air-network')).toEqual({ kind: 'page', lang: 'pl', slug: 'demo' });
    expect(classifyPagePath('/en/demo/widget')).toEqual({ kind: 'page', lang: 'en', slug: 'demo' });
  });

  it('sends the bare address, a slug or a language to a page in the reader’s language', () => {
    expect(classifyPagePath('/')).toEqual({ kind: 'choose-language', slug: null });
    expect(classifyPagePath('/demo')).toEqual({ kind: 'choose-language', slug: 'demo' });
    expect(classifyPagePath('/de')).toEqual({ kind: 'choose-initiative', lang: 'de' });
  });

  it('knows nothing else', () => {
    for (const path of [
      '/xx/demo',
      '/pl/demo/receipt/nope',
      '/pl/demo/other',
      '/favicon.ico',
      '/pl/Demo',
      '/pl/demo/receipt/0b6c1c4e-7d0e-4e8e-9a51-2f7b1d2c3e4f/x',
      '/%2e%2e/demo',
      '/pl/demo/progress/x',
      '/pl/demo/widget/x',
      '/pl/demo/partners',
      '/pl/demo/partners/EDRi',
      '/pl/demo/partners/-edri',
      '/pl/demo/partners/edri/x',
    ]) {
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
