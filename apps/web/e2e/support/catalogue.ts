import { translateError, type ValidationError } from '@eci/rules';
import { createTranslator } from '../../../api/src/platform/i18n/message-catalog';

/** The server's i18next over i18n/*.json: what a message must read in a language. */
const catalogue = createTranslator();

export function text(lang: string, key: string, params: Record<string, string | number> = {}): string {
  return catalogue.t(key, { lng: lang, ...params });
}

export function errorText(lang: string, error: ValidationError): string {
  return translateError(error, (key, params) => text(lang, key, params));
}
