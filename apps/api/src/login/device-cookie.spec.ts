import { DeviceCookies } from './device-cookie';
import { clientKey } from './login-throttle';

describe('device cookies', () => {
  const cookies = new DeviceCookies(Buffer.alloc(32, 1));

  it('are valid for the e-mail they were issued for, in any case, and for no other', () => {
    const cookie = cookies.issue('Owner@Example.org');
    const nonce = cookie.split('.')[0];
    expect(cookies.verify(cookie, 'owner@example.org')).toBe(nonce);
    expect(cookies.verify(cookie, ' OWNER@example.ORG ')).toBe(nonce);
    expect(cookies.verify(cookie, 'someone.else@example.org')).toBeNull();
    expect(new DeviceCookies(Buffer.alloc(32, 2)).verify(cookie, 'owner@example.org')).toBeNull();
  });

  it('refuse a changed nonce or MAC, and anything malformed', () => {
    const cookie = cookies.issue('owner@example.org');
    const [nonce, mac] = cookie.split('.');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const bad of [`${flip(nonce)}.${mac}`, `${nonce}.${flip(mac)}`, `${nonce}.`, '', 'x.y', `${cookie}x`, undefined]) {
      expect(cookies.verify(bad, 'owner@example.org')).toBeNull();
    }
  });

  it('are different on every issue', () => {
    expect(cookies.issue('owner@example.org')).not.toBe(cookies.issue('owner@example.org'));
  });
});

describe('client addresses as counted', () => {
  it('counts an IPv4 address as itself, also when mapped into IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64 network, however it is written', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
