import type { Translate } from '@eci/rules';
import type { ApiErrorItem } from '../../api/types';
import type { ShownError } from '../../signing/error-messages';

/**
 * The API's errors as the console shows them: the API's own message (already in the console's
 * language, the same words every client gets), under the field it names. A failed network call
 * (status 0) or an answer without errors gets the page's own "could not reach" message.
 */
export function shownErrors(status: number, errors: ApiErrorItem[], t: Translate): ShownError[] {
  if (errors.length === 0) return [{ field: null, code: status === 0 ? 'network' : 'unexpected', message: t(status === 0 ? 'console.shell.errors.network' : 'console.shell.errors.unexpected'), overridable: false }];
  return errors.map((item) => ({ field: item.field, code: item.code, message: item.message, overridable: false }));
}

/** The messages of one field. */
export function messagesFor(errors: ShownError[], field: string): string[] {
  return errors.filter((error) => error.field === field).map((error) => error.message);
}
