import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translateError, type ValidationError } from '@eci/rules';
import { createTranslator } from '../../../api/src/platform/i18n/message-catalog';

/** The server's i18next over i18n/*.json: what a message must read in a language. */
const catalogue = createTranslator();

const CONSOLE_CATALOGUES = join(__dirname, '../../../../i18n/console');

export function text(lang: string, key: string, params: Record<string, string | number> = {}): string {
  return catalogue.t(key, { lng: lang, ...params });
}

export function errorText(lang: string, error: ValidationError): string {
  return translateError(error, (key, params) => text(lang, key, params));
}

/** A console word as a language's catalogue has it: `consoleText('de', 'sign-in.title')` reads i18n/console/sign-in/de.json. */
export function consoleText(lang: string, key: string, params: Record<string, string> = {}): string {
  const [feature, ...path] = key.split('.');
  let value: unknown = JSON.parse(readFileSync(join(CONSOLE_CATALOGUES, feature, `${lang}.json`), 'utf8'));
  for (const part of path) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`No console text ${key} in ${lang}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}
