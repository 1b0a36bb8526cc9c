import { CERTIFICATION_FIELD } from '@eci/api-contract';
import { fieldLabelKey, INPUT_FIELDS, type CountryForm, type InputField, type Translate } from '@eci/rules';

const FIELDS: ReadonlySet<string> = new Set(INPUT_FIELDS);

/** The label a field has on the form (a single document's own name for the ID number), for the error summary. */
export function fieldLabel(field: string | null, form: CountryForm | undefined, t: Translate): string | undefined {
  if (field === 'captcha') return t('page.captcha.title');
  if (field === CERTIFICATION_FIELD) return t('certification.title');
  if (field === null || !FIELDS.has(field)) return undefined;
  if (field === 'idDocumentNumber' && form?.documents.length === 1) return t(form.documents[0].labelKey);
  return t(fieldLabelKey(field as InputField));
}
