import type { StringField } from '../types';

/**
 * Maximum lengths (UTF-16 code units, as HTML `maxlength`) of the normalised values.
 * `too_long` is reported for free-text fields and the document number; coded fields
 * (country codes, document type, date) fail their own checks instead.
 */
export const FIELD_MAX_LENGTH: Readonly<Record<StringField, number>> = {
  nationality: 2,
  fullFirstNames: 150,
  familyNames: 150,
  dateOfBirth: 10,
  street: 150,
  streetNumber: 20,
  postalCode: 16,
  city: 100,
  residenceCountry: 2,
  idDocumentType: 18,
  idDocumentNumber: 30,
};

/** Fields checked against FIELD_MAX_LENGTH with code `too_long`. */
export const LENGTH_CHECKED_FIELDS: ReadonlySet<StringField> = new Set<StringField>([
  'fullFirstNames', 'familyNames', 'street', 'streetNumber', 'postalCode', 'city', 'idDocumentNumber',
]);

/** Earliest accepted date of birth. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
