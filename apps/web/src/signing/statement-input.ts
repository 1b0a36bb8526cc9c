import type { CountryForm, StatementInput } from '@eci/rules';

/** What the signatory typed or chose, by field name (strings only; the checkbox is separate). */
export type FieldValues = Readonly<Record<string, string>>;

/**
 * The statement as the API takes it: the nationality, then exactly the fields of that
 * nationality's form (nothing typed for another nationality leaks in). A Part B country with a
 * single accepted document has no choice to make: its type is filled in.
 */
export function statementInput(
  form: CountryForm | undefined,
  nationality: string,
  values: FieldValues,
  confirmIdFormat: boolean,
  confirmPostcode = false,
): StatementInput {
  const input: Record<string, string | boolean> = { nationality };
  if (!form) return input;
  for (const field of form.fields) {
    if (field.name === 'nationality') continue;
    if (field.name === 'confirmIdFormat') {
      if (confirmIdFormat) input.confirmIdFormat = true;
    } else if (field.name === 'confirmPostcode') {
      if (confirmPostcode) input.confirmPostcode = true;
    } else {
      input[field.name] = values[field.name] ?? '';
    }
  }
  if (form.documents.length === 1) input.idDocumentType = form.documents[0].type;
  return input;
}
