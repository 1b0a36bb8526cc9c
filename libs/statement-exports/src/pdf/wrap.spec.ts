import { wrapText } from './wrap';

/** One unit per code point. */
const measure = (text: string): number => Array.from(text).length;

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Jan Kowalski', 20, measure)).toEqual(['Jan Kowalski']);
    expect(wrapText('', 5, measure)).toEqual(['']);
  });

  it('breaks at spaces, dropping the space', () => {
    expect(wrapText('Anna Maria Zofia', 10, measure)).toEqual(['Anna Maria', 'Zofia']);
  });

  it('breaks after hyphens, keeping the hyphen', () => {
    expect(wrapText('Szczebrzeszyńska-Grzegorzewska', 20, measure)).toEqual(['Szczebrzeszyńska-', 'Grzegorzewska']);
    expect(wrapText('Jean-Pierre Lefèvre', 12, measure)).toEqual(['Jean-Pierre', 'Lefèvre']);
  });

  it('breaks a word longer than the line between characters, never inside a surrogate pair', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('𝔄𝔅𝔆𝔇𝔈', 2, measure)).toEqual(['𝔄𝔅', '𝔆𝔇', '𝔈']);
  });

  it('loses no character (joined back, the lines give the text)', () => {
    const text = 'Krzysztof Aleksander Maksymilian Bartłomiej-Grzegorz Władysław';
    for (const width of [3, 7, 12, 25]) {
      const lines = wrapText(text, width, measure);
      expect(lines.every((line) => measure(line) <= width)).toBe(true);
      expect(lines.join(' ').replace(/- /g, '-').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
  });
});
