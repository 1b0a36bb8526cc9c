import { CHANNEL_RULES, lawfulChannels, onlineChannelFor } from './channels';
import { SOURCES } from './data/sources';

describe('lawful collection channels, decided by the registration date', () => {
  // eci-rules.md §0: "Regulation (EU) 2019/788 allowed organisers to run their own (individual) online
  // collection system only for initiatives registered by 31 December 2022; from then on online
  // collection is done through the Commission's Central Online Collection System (COCS)." [S7][S18][S20]
  it('own online collection only for registrations up to 31 December 2022', () => {
    expect(lawfulChannels('2022-12-31')).toEqual(['own-online', 'cocs', 'paper']);
    expect(lawfulChannels('2023-01-01')).toEqual(['cocs', 'paper']);
    expect(lawfulChannels('2025-01-15')).toEqual(['cocs', 'paper']);
  });

  it('paper always, the COCS from the Regulation on (1 January 2020)', () => {
    expect(lawfulChannels('2019-06-01')).toEqual(['own-online', 'paper']);
    for (const day of ['2012-05-01', '2020-01-01', '2022-06-30', '2026-12-05']) expect(lawfulChannels(day)).toContain('paper');
  });

  it('the online channel: own where lawful and no COCS address was given, else the COCS', () => {
    expect(onlineChannelFor('2022-03-01', false)).toBe('own-online');
    expect(onlineChannelFor('2022-03-01', true)).toBe('cocs');
    expect(onlineChannelFor('2025-01-15', false)).toBe('cocs');
    expect(onlineChannelFor('2025-01-15', true)).toBe('cocs');
    expect(onlineChannelFor('2019-06-01', true)).toBe('own-online');
  });

  it('every rule names a reason and sources the library knows', () => {
    for (const rule of CHANNEL_RULES) {
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const tag of rule.sources) expect(SOURCES[tag]).toMatch(/https?:\/\/|Regulation/);
    }
  });
});
