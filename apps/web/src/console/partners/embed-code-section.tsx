import { useEffect, useState } from 'preact/hooks';
import type { ManagedInitiative, PublicPartner } from '@eci/api-contract';
import { isLanguage, LANGUAGES, languageNameKey, textIn, type Language } from '@eci/rules';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { CopyField } from '../forms/copy-field';
import { signingPageAddress, signingPageEmbed, widgetEmbed, type EmbedTarget } from './embed-code';
import { embedWords, withTitle, type EmbedWords } from './embed-words';
import { useCopyWords } from './use-copy-words';

/**
 * The code a partner pastes into its site, in the language the organiser chooses: the counter
 * widget's frame, the signing page's frame, and the signing page's address for a plain link. Each
 * carries `?partner=` so that statements are credited to the partner.
 */
export function EmbedCode({ slug, partner, initiative }: { slug: string; partner: PublicPartner; initiative: ManagedInitiative | null }) {
  const { t, lang } = useI18n();
  const copyWords = useCopyWords();
  const [embedLang, setEmbedLang] = useState<Language>(lang);
  const [words, setWords] = useState<{ lang: Language; words: EmbedWords } | null>(null);
  useEffect(() => {
    let current = true;
    void embedWords(embedLang).then((loaded) => {
      if (current) setWords({ lang: embedLang, words: loaded });
    });
    return () => {
      current = false;
    };
  }, [embedLang]);

  const id = (part: string) => `embed-${partner.slug}-${part}`;
  const target: EmbedTarget = { origin: location.origin, lang: embedLang, initiative: slug, partner: partner.slug };
  const title = initiative ? textIn(initiative.title, [embedLang]).text : slug;
  return (
    <details class="console-embed">
      <summary>
        {t('console.partners.embed.title')}
        <span class="visually-hidden"> – {partner.name}</span>
      </summary>
      <p>{t('console.partners.embed.intro')}</p>
      {partner.allowedOrigins.length === 0 && <p class="console-notice">{t('console.partners.embed.noOrigins')}</p>}
      <LabelledField name={id('lang')} label={t('console.partners.embed.language')} hint={t('console.partners.embed.languageHint')} errors={[]}>
        {(control) => (
          <select
            {...control}
            class="select"
            value={embedLang}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              if (isLanguage(chosen)) setEmbedLang(chosen);
            }}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(languageNameKey(code))}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      {words === null || words.lang !== embedLang || initiative === null ? (
        <p class="loading" role="status">
          {t('page.loading')}
        </p>
      ) : (
        <>
          <CopyField id={id('widget')} label={t('console.partners.embed.widget')} hint={t('console.partners.embed.widgetHint')} value={widgetEmbed(target, withTitle(words.words.widgetTitle, title))} words={copyWords} multiline />
          <CopyField id={id('signing')} label={t('console.partners.embed.signing')} hint={t('console.partners.embed.signingHint')} value={signingPageEmbed(target, withTitle(words.words.signingTitle, title))} words={copyWords} multiline />
          <CopyField id={id('link')} label={t('console.partners.embed.link')} hint={t('console.partners.embed.linkHint')} value={signingPageAddress(target)} words={copyWords} />
        </>
      )}
    </details>
  );
}
