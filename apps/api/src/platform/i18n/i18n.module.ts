import { Global, Module } from '@nestjs/common';
import { createTranslator } from './message-catalog';

/** The i18next instance over `i18n/*.json` (all 24 languages). */
export const I18N = Symbol('I18n');

@Global()
@Module({
  providers: [{ provide: I18N, useFactory: () => createTranslator() }],
  exports: [I18N],
})
export class I18nModule {}
