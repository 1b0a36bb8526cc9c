import { API_ROUTES, apiPath } from './api-routes';

describe('apiPath', () => {
  it('fills the parameters in, URL-encoded, under /api', () => {
    expect(apiPath('initiative', { slug: 'demo' })).toBe('/api/initiatives/demo');
    expect(apiPath('signatures', { slug: 'demo' })).toBe('/api/initiatives/demo/signatures');
    expect(apiPath('partnerProgress', { slug: 'demo', partner: 'edri' })).toBe('/api/initiatives/demo/partners/edri/progress');
    expect(apiPath('receipt', { receipt: 'a/b?c' })).toBe('/api/receipts/a%2Fb%3Fc');
    expect(apiPath('captcha')).toBe('/api/captcha');
    expect(apiPath('authMe')).toBe('/api/auth/me');
    expect(apiPath('account', { slug: 'demo', id: '0c1d' })).toBe('/api/initiatives/demo/accounts/0c1d');
    expect(apiPath('exportCountry', { slug: 'demo', country: 'PL' })).toBe('/api/initiatives/demo/exports/PL');
  });

  it('refuses to build an address with a parameter missing', () => {
    expect(() => apiPath('progress', {} as { slug: string })).toThrow('no value for :slug');
  });

  it('declares routes relative to the prefix, parameters as :name', () => {
    for (const [name, route] of Object.entries(API_ROUTES)) {
      expect({ name, ok: /^[a-z-]+(?:\/(?:[a-z-]+|:[a-z]+))*$/.test(route) }).toEqual({ name, ok: true });
    }
  });
});
