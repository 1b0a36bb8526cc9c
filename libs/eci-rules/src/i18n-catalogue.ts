/*
 * Checks of translation catalogues against the English source (i18n/en.json), used by the
 * i18n tests and usable by translator tooling. Pure: the caller reads the files.
 */

/** Flattens a nested catalogue to dotted keys; non-string leaves are reported under `invalid`. */
export function flattenCatalogue(catalogue: unknown): { entries: Map<string, string>; invalid: string[] } {
  const entries = new Map<string, string>();
  const invalid: string[] = [];
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'string') {
      entries.set(prefix, node);
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
    } else {
      invalid.push(prefix);
    }
  };
  walk(catalogue, '');
  return { entries, invalid };
}

/** Sorted, de-duplicated `{{name}}` placeholders of a message. */
export function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g), (m) => m[1] as string))].sort();
}

/**
 * Whether a message contains words that need translating: words of 3+ ASCII letters, other
 * than placeholders and all-capital tokens (format patterns such as YYMMDD-NNNN, acronyms
 * such as PESEL or DNI). Non-ASCII words (ЕГН, Isikukood's national names…) never count.
 */
export function hasTranslatableWords(message: string): boolean {
  const withoutPlaceholders = message.replace(/\{\{[^}]*\}\}/g, ' ');
  const words = withoutPlaceholders.match(/(?<![\p{L}\p{N}])[A-Za-z]{3,}(?![\p{L}\p{N}])/gu) ?? [];
  return words.some((word) => word !== word.toUpperCase());
}

/**
 * Allowlist of keys whose translation may equal the English text, per language code, with
 * `"*"` for all languages. An entry ending in `.*` covers a whole subtree (`languages.*`).
 */
export type IdenticalAllowlist = Readonly<Record<string, readonly string[]>>;

export function isAllowlisted(key: string, language: string, allowlist: IdenticalAllowlist): boolean {
  const entries = [...(allowlist['*'] ?? []), ...(allowlist[language] ?? [])];
  return entries.some((entry) => (entry.endsWith('.*') ? key.startsWith(entry.slice(0, -1)) : key === entry));
}

export interface CatalogueProblem {
  readonly key: string;
  readonly problem: 'missing' | 'extra' | 'not_a_string' | 'placeholders' | 'untranslated';
}

/**
 * Problems of a translation compared with the English catalogue: key sets must be equal,
 * placeholders identical, and a value equal to the English one must either contain nothing
 * to translate or be allowlisted.
 */
export function checkTranslation(
  english: unknown,
  translation: unknown,
  language: string,
  allowlist: IdenticalAllowlist = {},
): CatalogueProblem[] {
  const source = flattenCatalogue(english).entries;
  const target = flattenCatalogue(translation);
  const problems: CatalogueProblem[] = target.invalid.map((key) => ({ key, problem: 'not_a_string' }));
  for (const [key, text] of source) {
    const translated = target.entries.get(key);
    if (translated === undefined) {
      if (!target.invalid.includes(key)) problems.push({ key, problem: 'missing' });
    } else if (placeholders(translated).join() !== placeholders(text).join()) {
      problems.push({ key, problem: 'placeholders' });
    } else if (translated === text && hasTranslatableWords(text) && !isAllowlisted(key, language, allowlist)) {
      problems.push({ key, problem: 'untranslated' });
    }
  }
  for (const key of target.entries.keys()) if (!source.has(key)) problems.push({ key, problem: 'extra' });
  return problems;
}
