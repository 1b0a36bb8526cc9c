import { ERROR_CODES, translateError, type Translate, type ValidationError } from '@eci/rules';
import { CERTIFICATION_FIELD } from '@eci/api-contract';
import type { ApiErrorItem } from '../api/types';

/** A problem to show: in the summary, and next to its field when it has one. */
export interface ShownError {
  field: string | null;
  code: string;
  message: string;
  overridable: boolean;
}

const RULE_CODES = new Set<string>(ERROR_CODES);

/** The certification box left unticked: said in words that fit a box to tick (the API says `required` on `certified`). */
export function notCertified(t: Translate): ShownError {
  return { field: CERTIFICATION_FIELD, code: 'required', message: t('certification.required'), overridable: false };
}

/** A rules-library error, rendered exactly as the server renders it. */
export function fromValidation(error: ValidationError, t: Translate): ShownError {
  return { field: error.field, code: error.code, message: translateError(error, t), overridable: error.overridable === true };
}

/**
 * An error of the API's 422 answer, shown like the browser's own: rule codes rendered here from
 * code and params (same text as the server's), the proof of work with the page's own words.
 */
export function fromApi(item: ApiErrorItem, t: Translate): ShownError {
  const overridable = item.overridable === true;
  if (item.field === CERTIFICATION_FIELD) return notCertified(t);
  if (RULE_CODES.has(item.code)) {
    const error = { field: item.field, code: item.code, params: item.params, overridable: overridable || undefined } as ValidationError;
    return { field: item.field, code: item.code, message: translateError(error, t), overridable };
  }
  if (item.code === 'captcha') return { field: 'captcha', code: item.code, message: t('page.captcha.failed'), overridable: false };
  return { field: item.field, code: item.code, message: item.message, overridable };
}
