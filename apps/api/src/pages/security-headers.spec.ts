import { contentSecurityPolicy, isFramingOrigin, isKeyWorkerScript, keyWorkerHeaders, webHeaders } from './security-headers';

describe('security headers of the pages', () => {
  it('allow only the own origin, with no inline script or style', () => {
    const csp = contentSecurityPolicy().split('; ');
    expect(csp).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-ancestors 'self'",
      ]),
    );
    expect(webHeaders()).toMatchObject({ 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
  });

  it('let partner origins frame the page, without X-Frame-Options', () => {
    const headers = webHeaders(['https://edri.org', 'http://localhost:8080']);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self' https://edri.org http://localhost:8080");
    expect(headers['x-frame-options']).toBeUndefined();
  });

  it('never put anything but an origin into the policy', () => {
    for (const bad of ['*', 'https://*.example.org', "https://a.org; script-src 'unsafe-inline'", 'https://a.org/path', 'javascript:alert(1)', 'https://a.org ', 'data:']) {
      expect([bad, isFramingOrigin(bad)]).toEqual([bad, false]);
    }
    expect(webHeaders(["https://a.org; script-src 'unsafe-inline'"])['content-security-policy']).not.toContain('unsafe-inline');
    expect(webHeaders(['*'])['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('security headers of the key worker script', () => {
  it('allow compiling WebAssembly in that one script, and nothing else more than the pages', () => {
    const worker = keyWorkerHeaders();
    expect(worker['content-security-policy']).toBe(contentSecurityPolicy().replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    expect(worker['content-security-policy']).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect({ ...worker, 'content-security-policy': '' }).toEqual({ ...webHeaders(), 'content-security-policy': '' });
    expect(contentSecurityPolicy()).not.toContain('wasm');
  });

  it('go only to the built key worker', () => {
    expect(isKeyWorkerScript('/srv/eci/dist/web/assets/organiser-key.worker-Bx3_k9-Q.js')).toBe(true);
    expect(isKeyWorkerScript('/assets/organiser-key.worker-Bx3_k9-Q.js')).toBe(true);
    for (const other of ['/assets/index-Bx3_k9-Q.js', '/assets/organiser-key.worker-Bx3_k9-Q.js.map', '/organiser-key.worker-Bx3.js', '/assets/organiser-key.worker-a/b.js', '/assets/x-organiser-key.worker-abc.js']) {
      expect([other, isKeyWorkerScript(other)]).toEqual([other, false]);
    }
  });
});
