import { brusselsDay, isoDay } from './clock';

describe('isoDay and the cached brusselsDay', () => {
  it('gives the UTC calendar day', () => {
    expect(isoDay(new Date('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
  });

  it('dates by the Brussels calendar, across midnight and summer time', () => {
    expect(brusselsDay(new Date('2026-11-23T22:59:59Z'))).toBe('2026-11-23');
    expect(brusselsDay(new Date('2026-11-23T23:00:00Z'))).toBe('2026-11-24');
    expect(brusselsDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(brusselsDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
