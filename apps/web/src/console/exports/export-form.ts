import { MEMBER_STATES, officialLanguages, type Language } from '@eci/rules';

/**
 * The plain parts of the export page: which Member States and PDF languages it offers (the rules
 * library's data), how a file becomes what the API reads, how the answer names its file.
 */

/** The 27 Member States, named in `lang` and sorted in its alphabetical order. */
export function memberStateOptions(lang: Language, countryName: (code: string) => string): { code: string; label: string }[] {
  const collator = new Intl.Collator(lang);
  return MEMBER_STATES.map((code) => ({ code, label: countryName(code) })).sort((a, b) => collator.compare(a.label, b.label));
}

/** The PDF languages of a Member State (its official EU languages, the first the default), named in `lang`. */
export function pdfLanguageOptions(country: string, lang: Language): { code: string; label: string }[] {
  const names = new Intl.DisplayNames([lang, 'en'], { type: 'language' });
  return (officialLanguages(country) ?? []).map((code) => ({ code, label: names.of(code) ?? code }));
}

/** A file's bytes in base64 (the certificate goes to the API so, inside the JSON body). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file name an answer's `Content-Disposition` gives (`attachment; filename="statements-PL.zip"`), else `fallback`. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match ? decodeURIComponent(match[1]).replace(/[/\\]/g, '') : '';
  return name === '' ? fallback : name;
}
