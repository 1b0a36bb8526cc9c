import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';

/** Registered text, in paragraphs, marked with its language when it is not the page's. */
export function RegisteredText({ text, class: className }: { text: Record<string, string>; class?: string }) {
  const { lang } = useI18n();
  const shown = localised(text, lang);
  return (
    <div class={className} lang={shown.lang === lang ? undefined : shown.lang}>
      {shown.text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
