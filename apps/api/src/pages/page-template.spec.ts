import { renderPage } from './page-template';

const template = '<!doctype html>\n<html lang="en">\n<head><title>European Citizens\' Initiative</title></head><body>\n<!--noscript-->\n<div id="app"></div></body></html>';

describe('renderPage', () => {
  it('sets the language, the proof-of-work switch and an escaped noscript message', () => {
    const html = renderPage(template, { lang: 'pl', captcha: true, title: 'Europejska inicjatywa obywatelska', noscript: 'Włącz <JavaScript> & "spróbuj"' });
    expect(html).toContain('<html lang="pl" dir="ltr" data-captcha="on">');
    expect(html).toContain('<title>Europejska inicjatywa obywatelska</title>');
    expect(html).toContain('<noscript><p class="noscript">Włącz &#60;JavaScript&#62; &#38; &#34;spróbuj&#34;</p></noscript>');
    expect(renderPage(template, { lang: 'en', captcha: false, title: 'x', noscript: '' })).toContain('data-captcha="off"');
  });

  it('falls back to English for anything that is not a language code', () => {
    expect(renderPage(template, { lang: '"><script>', captcha: true, title: 'x', noscript: '' })).toContain('<html lang="en"');
  });
});
