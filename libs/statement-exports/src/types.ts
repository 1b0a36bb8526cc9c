import type { AnnexPart, CountryCode, EuCode, NormalisedStatement } from '@eci/rules';

/** Text in several official languages, keyed by ISO 639-1 code; `en` is always present. */
/** Registered text keyed by language, at least one (pick with the rules library's `textIn`). */
export type Translated = Readonly<Record<string, string>>;

export type OrganiserRole = 'representative' | 'substitute' | 'member';

export interface ExportOrganiser {
  readonly role: OrganiserRole;
  readonly name: string;
  /** Member State of residence (ISO 3166-1 alpha-2; EL accepted for Greece). */
  readonly residence: string;
  /** Public contact address; the representative and the substitute carry one. */
  readonly email?: string;
}

/**
 * The initiative as registered with the Commission: the fields of the API's `Initiative`
 * that the exports print (structurally compatible, so an `Initiative` can be passed as is).
 * Dates are ISO `YYYY-MM-DD` calendar days.
 */
export interface ExportInitiative {
  readonly registrationNumber: string;
  readonly registrationDate: string;
  readonly title: Translated;
  readonly subject: Translated;
  readonly objectives: Translated;
  readonly organisers: readonly ExportOrganiser[];
  readonly registerUrl: string;
  readonly collectionStart: string;
  readonly collectionEnd: string;
  /** The day the organisers closed the collection early, if they did: statements after it are invalid. */
  readonly closedEarlyOn?: string | null;
}

export type CollectionChannel = 'online' | 'paper';

/** One decrypted statement of support, as the exporter receives it. */
export interface ExportStatement {
  /** The statement's UUID (the signatory's receipt), lower case. */
  readonly statementId: string;
  /** Day of signing, `YYYY-MM-DD` (the same as `statement.signingDate`). */
  readonly signedOn: string;
  readonly channel: CollectionChannel;
  /** The signatory confirmed an ID number that failed the format or check-digit test. */
  readonly idFormatConfirmed: boolean;
  /** Version of the rule pack the statement was validated with. */
  readonly rulesVersion: string;
  readonly statement: NormalisedStatement;
}

/**
 * The counts printed on the Annex V cover page. They are needed before the first statement is
 * written, so the caller counts first (one `COUNT … GROUP BY channel` in SQL); the exporter
 * checks them against the statements it actually receives and fails on any difference.
 */
export interface DeclaredCounts {
  /** Statements for this Member State collected online. */
  readonly online: number;
  /** Statements for this Member State collected on paper. */
  readonly paper: number;
  /** All statements collected for the initiative, all Member States together. */
  readonly totalAllMemberStates: number;
}

/** The organisers' signing certificate: a PKCS#12 (.p12/.pfx) file and its passphrase. */
export interface CertificateInput {
  readonly p12: Uint8Array;
  readonly passphrase: string;
}

/** The Member State being exported, as the documents name it. */
export interface MemberStateInfo {
  readonly isoCode: CountryCode;
  /** EU code, printed on every document (Greece = EL). */
  readonly euCode: EuCode;
  /** English short name. */
  readonly name: string;
  readonly part: AnnexPart;
}

/** Counts of what was actually exported. */
export interface ExportCounts {
  readonly total: number;
  readonly online: number;
  readonly paper: number;
  readonly formatConfirmed: number;
  readonly totalAllMemberStates: number;
}
