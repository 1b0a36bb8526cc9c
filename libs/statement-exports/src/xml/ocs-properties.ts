import type { DocumentType, NormalisedStatement } from '@eci/rules';
import { printedCountryCode } from '../member-state';

/*
 * Signatory data as the Commission's Online Collection Software (OCS) groups it: property
 * groups `general`, `address` and `id` (OCS database names `oct.group.<name>`) holding
 * properties named with the OCS property names (database names `oct.property.<key>`). The OCS
 * has no separate "document type" property: the key of the id property IS the document type
 * (`national.id.number`, `id.card`, `passport`, ...) and its value is the number.
 */

export const GROUP_NAMES = ['general', 'address', 'id'] as const;
export type GroupName = (typeof GROUP_NAMES)[number];

export const GENERAL_KEYS = ['full.first.names', 'family.names', 'date.of.birth'] as const;
export const ADDRESS_KEYS = ['street', 'street.number', 'postal.code', 'city', 'country'] as const;

export interface PropertyGroup {
  readonly name: GroupName;
  readonly properties: readonly (readonly [key: string, value: string])[];
}

/** The property groups of a normalised statement, in OCS priority order. */
export function propertyGroups(statement: NormalisedStatement): PropertyGroup[] {
  if (statement.part === 'A') {
    return [
      {
        name: 'general',
        properties: [
          ['full.first.names', statement.fullFirstNames],
          ['family.names', statement.familyNames],
          ['date.of.birth', statement.dateOfBirth],
        ],
      },
      {
        name: 'address',
        properties: [
          ['street', statement.street],
          ['street.number', statement.streetNumber],
          ['postal.code', statement.postalCode],
          ['city', statement.city],
          ['country', printedCountryCode(statement.residenceCountry)],
        ],
      },
    ];
  }
  return [
    {
      name: 'general',
      properties: [
        ['full.first.names', statement.fullFirstNames],
        ['family.names', statement.familyNames],
      ],
    },
    { name: 'id', properties: [[statement.idDocumentType satisfies DocumentType, statement.idDocumentNumber]] },
  ];
}
