/** The origins typed in a text area: one per line (spaces and commas also separate), blanks dropped. */
export function originsFrom(text: string): string[] {
  return text.split(/[\s,]+/).filter((origin) => origin !== '');
}
