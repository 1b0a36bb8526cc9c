import { Global, Module } from '@nestjs/common';
import { ERROR_CODES, translateError, type ValidationError } from '@eci/rules';
import type { i18n } from 'i18next';
import { I18N } from '../i18n/i18n.module';
import type { Translate } from './error-response';

/** Renders an error item in a language: rule codes through the rules library, the rest as `errors.<code>`. */
export const ERROR_TRANSLATE = Symbol('ErrorTranslate');

const RULE_CODES = new Set<string>(ERROR_CODES);

export function errorTranslate(i18n: i18n): Translate {
  return (item, lang) => {
    const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, { lng: lang, ...params });
    if (RULE_CODES.has(item.code)) return translateError(item as ValidationError, t);
    return t(`errors.${item.code}`, item.params);
  };
}

/** The house error shape's messages, in every language of the catalogue. */
@Global()
@Module({
  providers: [{ provide: ERROR_TRANSLATE, inject: [I18N], useFactory: errorTranslate }],
  exports: [ERROR_TRANSLATE],
})
export class ErrorsModule {}
