import { DATE_ENCODING_CHECKS } from './checksums';
import { getCountryRule } from './countries';
import { FIELD_MAX_LENGTH } from './data/fields';
import { documentHintKey, documentLabelKey, fieldHintKey, fieldLabelKey } from './messages';
import { anchoredSource } from './patterns';
import {
  PART_A_FIELDS,
  PART_B_FIELDS,
  type AnnexPart,
  type CountryCode,
  type DocumentType,
  type EuCode,
  type InputField,
} from './types';

export interface FormField {
  readonly name: InputField;
  readonly required: boolean;
  /** Absent for the confirmation checkbox. */
  readonly maxLength?: number;
  readonly labelKey: string;
  readonly hintKey: string;
}

export interface FormDocument {
  readonly type: DocumentType;
  readonly labelKey: string;
  readonly hintKey: string;
  /** Anchored pattern `^(?:…)$` over the NORMALISED number (see normaliseDocumentNumber). */
  readonly pattern: string;
  readonly caseInsensitive: boolean;
  /** English/typed format hint (the translated one is at hintKey). */
  readonly formatHint: string;
  readonly hasCheckDigit: boolean;
  /** The number encodes the birth date, so the age is checked without asking for it. */
  readonly encodesBirthDate: boolean;
}

/** What a client needs to render the statement form for one nationality. */
export interface CountryForm {
  readonly country: CountryCode;
  readonly euCode: EuCode;
  readonly part: AnnexPart;
  readonly minAge: number;
  readonly fields: readonly FormField[];
  readonly documents: readonly FormDocument[];
}

function field(name: InputField, required: boolean): FormField {
  const maxLength = name === 'confirmIdFormat' || name === 'confirmPostcode' ? undefined : FIELD_MAX_LENGTH[name];
  return {
    name,
    required,
    ...(maxLength === undefined ? {} : { maxLength }),
    labelKey: fieldLabelKey(name),
    hintKey: fieldHintKey(name),
  };
}

/**
 * The form for a nationality (ISO code or EL), derived from the rule table; undefined for
 * other codes. Fields: nationality, then the Annex III part's fields in display order; Part B
 * forms end with the optional `confirmIdFormat` checkbox, Part A forms with `confirmPostcode`.
 */
export function formFor(country: string): CountryForm | undefined {
  const rule = getCountryRule(country);
  if (!rule) return undefined;
  const partFields: readonly InputField[] = rule.part === 'A' ? PART_A_FIELDS : PART_B_FIELDS;
  // The postcode is required only where the residence country has a postcode format
  // (postcodeRuleFor); the residence country is chosen on the form, so it is not marked required here.
  const fields = [field('nationality', true), ...partFields.map((name) => field(name, name !== 'postalCode'))];
  fields.push(field(rule.part === 'B' ? 'confirmIdFormat' : 'confirmPostcode', false));
  return {
    country: rule.code,
    euCode: rule.euCode,
    part: rule.part,
    minAge: rule.minAge,
    fields,
    documents: rule.documents.map((doc) => ({
      type: doc.type,
      labelKey: documentLabelKey(rule.code, doc.type),
      hintKey: documentHintKey(rule.code, doc.type),
      pattern: anchoredSource(doc.pattern),
      caseInsensitive: doc.caseInsensitive,
      formatHint: doc.formatHint,
      hasCheckDigit: doc.check !== undefined,
      encodesBirthDate: doc.check !== undefined && DATE_ENCODING_CHECKS.has(doc.check),
    })),
  };
}
