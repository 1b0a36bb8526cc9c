import { ORIGIN_PATTERN, SLUG_MAX_LENGTH, SLUG_PATTERN } from './patterns';

describe('the slug format', () => {
  it('takes lower-case letters, digits and inner hyphens, up to 64 characters as the database does', () => {
    expect(SLUG_MAX_LENGTH).toBe(64);
    for (const slug of ['a', '0', 'demo', 'clean-air', 'a-b-c', 'x'.repeat(64)]) expect({ slug, ok: SLUG_PATTERN.test(slug) }).toEqual({ slug, ok: true });
    for (const slug of ['', '-a', 'a-', 'Demo', 'a_b', 'a b', 'é', 'x'.repeat(65)]) expect({ slug, ok: SLUG_PATTERN.test(slug) }).toEqual({ slug, ok: false });
  });

  it('is the CHECK of the initiatives and partners tables', () => {
    // Transcribed from the migrations (1763900000000-create-initiatives, 1763900100000-create-signatures).
    expect(SLUG_PATTERN.source).toBe('^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$');
  });
});

describe('the origin format', () => {
  it('takes a scheme, a host and an optional port, nothing else', () => {
    for (const origin of ['https://edri.org', 'http://localhost:8080', 'https://www.edri.org', 'https://a-b.example.eu']) {
      expect({ origin, ok: ORIGIN_PATTERN.test(origin) }).toEqual({ origin, ok: true });
    }
    for (const origin of ['https://edri.org/', 'https://*.edri.org', 'ftp://edri.org', 'https://edri.org; script-src *', 'https://EDRI.org', 'https://-a.org', 'https://edri.org:123456']) {
      expect({ origin, ok: ORIGIN_PATTERN.test(origin) }).toEqual({ origin, ok: false });
    }
  });
});
