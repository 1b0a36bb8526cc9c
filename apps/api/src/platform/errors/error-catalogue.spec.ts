import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API_ERROR_CODES } from '@eci/api-contract';
import { ERROR_CODES, LANGUAGES } from '@eci/rules';
import { errorTranslate } from './error-translate';
import { createTranslator, findI18nDir } from '../i18n/message-catalog';

/*
 * Every error code the API can answer with has a message in each of the 24 official languages.
 * The codes are enumerated twice, independently: from the closed lists (API_ERROR_CODES, the rules
 * library's ERROR_CODES) that the API's error type accepts, and by reading the API's source for
 * every code literal it writes. The second catches a code that slipped past the type (a cast, a
 * string built at run time from a literal).
 */

/** The whole API source (this file sits in platform/errors/). */
const SOURCE = join(__dirname, '..', '..');
const declared = new Set<string>([...API_ERROR_CODES, ...ERROR_CODES]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `code: 'x'`, `DomainError.of('x'`, `refuse('field', 'x')` … every literal in a code position. */
const CODE_LITERALS = [
  /\bcode:\s*'([a-z_]+)'/g,
  /DomainError\.of\(\s*'([a-z_]+)'/g,
  /\brefuse\(\s*'[a-zA-Z]+',\s*'([a-z_]+)'/g,
  /:\s*'([a-z_]+)',?\s*\/\/ error code/g,
];

function codesInSource(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of CODE_LITERALS) {
      for (const match of text.matchAll(pattern)) {
        const where = found.get(match[1]) ?? [];
        where.push(relative(SOURCE, file));
        found.set(match[1], where);
      }
    }
  }
  return found;
}

describe('error codes and their messages', () => {
  const inSource = codesInSource();

  it('finds the codes the API writes in its source (the scan works)', () => {
    expect([...inSource.keys()]).toEqual(expect.arrayContaining(['already_signed', 'initiative_not_found', 'invalid_credentials', 'internal_error']));
  });

  it('every code written in the source is on the closed lists', () => {
    const stray = [...inSource.entries()].filter(([code]) => !declared.has(code)).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(stray).toEqual([]);
  });

  const dir = findI18nDir();
  const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as { errors: Record<string, unknown> }]));
  const translate = errorTranslate(createTranslator());

  it.each([...declared].sort())('%s has a message in all 24 languages', (code) => {
    const missing = LANGUAGES.filter((lang) => {
      const entry = catalogues[lang].errors[code];
      const text = typeof entry === 'string' ? entry : (entry as { default?: unknown } | undefined)?.default;
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
    // Rendered as the API renders it (the fallback to English would hide a gap above).
    for (const lang of LANGUAGES) {
      const message = translate({ field: null, code: code as never, params: { receipt: 'R', reason: 'type', max: 1, minAge: 18, country: 'PL', start: 'S', end: 'E', hint: 'H', format: 'F' } }, lang);
      expect(message).not.toMatch(/^errors\./);
    }
  });
});
