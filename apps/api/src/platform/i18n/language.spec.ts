import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it('prefers an explicit supported choice', () => {
    expect(pickLanguage(['pl'], 'fr')).toBe('pl');
    expect(pickLanguage([undefined, 'EL'], 'fr')).toBe('el');
  });
  it('ignores unsupported explicit choices', () => {
    expect(pickLanguage(['xx', 'ru'], 'de-AT,de;q=0.8')).toBe('de');
  });
  it('ranks Accept-Language by quality', () => {
    expect(pickLanguage([], 'ru;q=1, fr;q=0.5, ga;q=0.7')).toBe('ga');
    expect(pickLanguage([], 'zh, ja')).toBe('en');
    expect(pickLanguage([], 'sv;q=0, fi')).toBe('fi');
  });
  it('falls back to English', () => {
    expect(pickLanguage([])).toBe('en');
  });
});
