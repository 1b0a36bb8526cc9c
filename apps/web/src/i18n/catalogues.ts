import type { Language } from '@eci/rules';

export type Catalogue = Record<string, unknown>;

/*
 * One lazily loaded chunk per catalogue in i18n/: the page fetches its own language and English
 * (the fallback for keys not translated yet), never the other 22.
 */
const loaders = import.meta.glob<Catalogue>('../../../../i18n/??.json', { import: 'default' });

function loaderFor(lang: Language): (() => Promise<Catalogue>) | undefined {
  return loaders[`../../../../i18n/${lang}.json`];
}

/** The catalogues of `lang` (when one exists) and English. */
export async function loadCatalogues(lang: Language): Promise<Partial<Record<Language, Catalogue>>> {
  const wanted: Language[] = lang === 'en' ? ['en'] : ['en', lang];
  const loaded = await Promise.all(
    wanted.map(async (code) => {
      const load = loaderFor(code);
      return load ? ([code, await load()] as const) : undefined;
    }),
  );
  return Object.fromEntries(loaded.filter((entry) => entry !== undefined));
}
