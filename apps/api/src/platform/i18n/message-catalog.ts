import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';

/** Finds the repository's `i18n/` folder from wherever the code runs (sources or dist). */
export function findI18nDir(start = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'i18n');
    if (existsSync(join(candidate, 'en.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the i18n/ folder with en.json');
    dir = parent;
  }
}

/** All language files as one i18next resource set. */
export function loadCatalog(dir = findI18nDir()): Resource {
  const resources: Resource = {};
  for (const file of readdirSync(dir)) {
    if (!/^[a-z]{2}\.json$/.test(file)) continue;
    resources[file.slice(0, 2)] = { translation: JSON.parse(readFileSync(join(dir, file), 'utf8')) };
  }
  return resources;
}

/** A synchronous i18next instance over the catalog; English is the fallback for any missing key. */
export function createTranslator(resources: Resource = loadCatalog()): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
