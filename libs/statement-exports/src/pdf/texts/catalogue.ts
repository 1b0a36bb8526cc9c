/**
 * The fixed texts of the export PDF (cover page, table pages, footer), one catalogue per official
 * EU language (`texts/<lang>.ts`). Placeholders are `{name}`, filled by `fill`; every catalogue
 * uses the placeholders of the English one (texts.spec.ts checks). Dates stay ISO `YYYY-MM-DD`
 * and page numbers "n / N" in every language.
 */
export interface LayoutTexts {
  readonly coverTitle: string;
  readonly coverSubtitle: string;
  readonly memberState: string;
  readonly initiativeSection: string;
  readonly title: string;
  readonly registrationNumber: string;
  readonly registrationDate: string;
  readonly registerUrl: string;
  readonly collectionPeriod: string;
  readonly contactSection: string;
  readonly representative: string;
  readonly substitute: string;
  /** `{country}`: the organiser's country of residence. */
  readonly residence: string;
  readonly noContact: string;
  readonly statementsSection: string;
  readonly statementsForState: string;
  readonly online: string;
  readonly paper: string;
  readonly totalAllStates: string;
  readonly annexPart: string;
  readonly partA: string;
  readonly partB: string;
  readonly declarationSection: string;
  readonly declaration: string;
  readonly date: string;
  readonly signature: string;
  /** `{signer}`: the certificate's subject. */
  readonly signatureText: string;
  /** `{xml}`: the XML file's name. */
  readonly filesNote: string;
  /** `{state}`, `{code}` (EU code), `{part}` (A or B). */
  readonly tableTitle: string;
  readonly noStatements: string;
  /** `{file}`, `{number}` (registration number), `{date}`. */
  readonly footer: string;
  readonly yes: string;
  readonly no: string;
  /** The PDF signature's /Reason. */
  readonly signatureReason: string;
  /** The PDF's title (metadata): `{number}`, `{code}`. */
  readonly documentTitle: string;
  readonly columns: ColumnHeadings;
}

export interface ColumnHeadings {
  readonly position: string;
  readonly statementId: string;
  readonly signedOn: string;
  readonly fullFirstNames: string;
  readonly familyNames: string;
  readonly street: string;
  readonly streetNumber: string;
  readonly postalCode: string;
  readonly city: string;
  readonly residenceCountry: string;
  readonly dateOfBirth: string;
  readonly idDocumentType: string;
  readonly idDocumentNumber: string;
  readonly formatConfirmed: string;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
