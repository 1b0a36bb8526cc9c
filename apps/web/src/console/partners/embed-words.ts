import type { Language } from '@eci/rules';
import type { Catalogue } from '../../i18n/catalogues';

/**
 * The frames' titles in the language of the embedded pages (not the console's): read from that
 * language's partners catalogue, fetched only when an organiser chooses it.
 */
const loaders = import.meta.glob<Catalogue>('../../../../../i18n/console/partners/??.json', { import: 'default' });

export interface EmbedWords {
  /** "Support the European citizens' initiative “{{title}}”" */
  signingTitle: string;
  /** "{{title}}: statements of support so far" */
  widgetTitle: string;
}

export async function embedWords(lang: Language): Promise<EmbedWords> {
  const load = loaders[`../../../../../i18n/console/partners/${lang}.json`] ?? loaders['../../../../../i18n/console/partners/en.json'];
  const catalogue = (await load()) as { embed: { frameTitles: EmbedWords } };
  return catalogue.embed.frameTitles;
}

/** `{{title}}` replaced (the catalogues' placeholder syntax). */
export function withTitle(template: string, title: string): string {
  return template.replace(/\{\{\s*title\s*\}\}/g, () => title);
}
