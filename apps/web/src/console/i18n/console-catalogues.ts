import type { Language } from '@eci/rules';
import type { Catalogue } from '../../i18n/catalogues';

/*
 * The console's own words, apart from the public pages' catalogues so the signing page never
 * carries them: i18n/console/{feature}/{lang}.json, one folder per console feature (sign-in,
 * initiatives, keys, partners, people, progress, exports, audit…), each read as
 * `console.{feature}.…`. Only the page language and English (the fallback) are fetched.
 */
const loaders = import.meta.glob<Catalogue>('../../../../../i18n/console/*/??.json', { import: 'default' });

const FILE = /\/i18n\/console\/([a-z-]+)\/([a-z]{2})\.json$/;

/** `{ console: { feature: {...}, … } }` for one language. */
async function consoleCatalogue(lang: Language): Promise<Catalogue> {
  const features: Record<string, Catalogue> = {};
  await Promise.all(
    Object.entries(loaders).map(async ([path, load]) => {
      const match = FILE.exec(path);
      if (match && match[2] === lang) features[match[1]] = await load();
    }),
  );
  return { console: features };
}

/** The console catalogues of `lang` and English. */
export async function loadConsoleCatalogues(lang: Language): Promise<Partial<Record<Language, Catalogue>>> {
  const wanted: Language[] = lang === 'en' ? ['en'] : ['en', lang];
  return Object.fromEntries(await Promise.all(wanted.map(async (code) => [code, await consoleCatalogue(code)] as const)));
}
