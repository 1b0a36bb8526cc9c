/*
 * Every text the PDF prints around the data, in English. Translating them into the authority's
 * language is a later step (see docs/exports.md): keep them here, in one place.
 */
export const LAYOUT_TEXTS = {
  coverTitle: 'Form for submitting statements of support to the competent authority of a Member State',
  coverSubtitle: 'Annex V to Regulation (EU) 2019/788 on the European citizens’ initiative',
  memberState: 'Member State',
  initiativeSection: '1. The initiative',
  title: 'Title',
  registrationNumber: 'Commission registration number',
  registrationDate: 'Date of registration',
  registerUrl: 'Entry in the Commission register',
  collectionPeriod: 'Collection period',
  contactSection: '2. Contact persons',
  representative: 'Representative',
  substitute: 'Substitute',
  noContact: 'not registered',
  statementsSection: '3. Statements of support',
  statementsForState: 'Number of statements of support submitted for this Member State',
  online: 'collected online',
  paper: 'collected on paper',
  totalAllStates: 'Total number of statements of support collected (all Member States)',
  annexPart: 'Data collected (Annex III)',
  partA: 'Part A: full first names, family names, residence (street, number, postcode, city, country), date of birth',
  partB: 'Part B: full first names, family names, type and number of the personal identification document or number',
  declarationSection: '4. Declaration',
  declaration:
    'We hereby declare that the information provided in this form is correct and that the statements of support ' +
    'listed in this file were collected in accordance with Regulation (EU) 2019/788.',
  date: 'Date',
  signature: 'Signature',
  signatureText: (signer: string) =>
    `Electronically signed by ${signer}; the signature (PAdES) is embedded in this PDF file.`,
  filesNote: (xml: string) =>
    `The same statements are attached in machine-readable form (${xml}), listed with their SHA-256 in the signed manifest.json.`,
  tableTitle: (state: string, code: string, part: string) => `Statements of support — ${state} (${code}) — Annex III, Part ${part}`,
  noStatements: 'No statements of support for this Member State.',
  footer: (file: string, registrationNumber: string, created: string) => `${file} · ${registrationNumber} · created ${created}`,
  pageOf: (page: number) => `${page} / `,
  yes: 'Yes',
  no: 'No',
  signatureReason: 'Statements of support submitted under Article 12 of Regulation (EU) 2019/788',
} as const;

/** Column headings of the statement tables. */
export const COLUMN_HEADINGS = {
  position: 'No.',
  statementId: 'Statement ID',
  signedOn: 'Date of signing',
  fullFirstNames: 'Full first names',
  familyNames: 'Family names',
  street: 'Street',
  streetNumber: 'Number',
  postalCode: 'Postcode',
  city: 'City',
  residenceCountry: 'Country',
  dateOfBirth: 'Date of birth',
  idDocumentType: 'Document type',
  idDocumentNumber: 'Document number',
  formatConfirmed: 'Format confirmed by signatory',
} as const;
