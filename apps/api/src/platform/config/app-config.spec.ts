import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, captcha: true, rateLimitPerMinute: 30, demo: true, production: false, databaseUrl: undefined });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/eci',
      ECI_SECRET: 'a-server-secret-of-at-least-32-characters',
      ECI_DATA_DIR: '/var/lib/eci',
      ECI_CAPTCHA: 'off',
      ECI_RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db:5432/eci', dataDir: '/var/lib/eci', captcha: false, rateLimitPerMinute: 0 });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['ECI_CAPTCHA', 'maybe'],
    ['ECI_RATE_LIMIT_PER_MINUTE', '-1'],
    ['ECI_RATE_LIMIT_PER_MINUTE', 'lots'],
    ['NODE_ENV', 'staging'],
    ['ECI_SECRET', 'too-short'],
    ['ECI_TRUST_PROXY', 'everyone'],
  ])('stops on a bad %s, naming it without echoing the value', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain(value);
    }
  });

  it.each([
    ['32 spaces', ' '.repeat(32)],
    ['one character repeated', 'a'.repeat(64)],
    ['two characters alternating', 'ab'.repeat(32)],
    ['a line break inside', `${'x1Y2z3W4'.repeat(4)}\n${'Q9r8S7t6'.repeat(4)}`],
  ])('refuses a weak server secret or organiser token (%s), without echoing it', (_name, weak) => {
    for (const name of ['ECI_SECRET', 'ECI_ADMIN_TOKEN']) {
      expect(() => loadConfig({ NODE_ENV: 'production', [name]: weak })).toThrow(new RegExp(`${name}: too easy to guess`));
      try {
        loadConfig({ [name]: weak });
      } catch (error) {
        expect((error as Error).message).not.toContain(weak.trim() || weak);
      }
    }
  });

  it('accepts secrets made the documented way', () => {
    const secret = 'Z8qP3xV1mK7tR2wY9bN4cH6jL0sD5fG8aQ1eU3iO7pX=';
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/eci', ECI_SECRET: secret, ECI_ADMIN_TOKEN: `t-${secret}` })).toMatchObject({ secret, production: true });
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ PORT: 'x', ECI_CAPTCHA: 'y' })).toThrow(/PORT[\s\S]*ECI_CAPTCHA|ECI_CAPTCHA[\s\S]*PORT/);
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ ECI_TRUST_PROXY: 'loopback' }).trustProxy).toBe('127.0.0.1/8,::1/128');
    expect(loadConfig({ ECI_TRUST_PROXY: '10.0.0.0/8,192.168.1.2' }).trustProxy).toBe('10.0.0.0/8,192.168.1.2');
  });

  it('requires a server secret outside the database with a real PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/eci' })).toThrow(/ECI_SECRET/);
  });

  it('refuses insecure switches in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ECI_CAPTCHA: 'off' })).toThrow(/ECI_CAPTCHA/);
    expect(() => loadConfig({ NODE_ENV: 'production', ECI_DEMO: 'on' })).toThrow(/ECI_DEMO/);
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, captcha: true, demo: false });
  });
});
