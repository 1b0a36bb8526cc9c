/** Text in one or more of the 24 official languages, keyed by ISO 639-1 code (`el` for Greek); at least one. */
export type Translated = Record<string, string>;

export interface Organiser {
  role: 'representative' | 'substitute' | 'member';
  name: string;
  /** Member State of residence (ISO 3166-1 alpha-2). */
  residence: string;
  /** Public contact address; only the representative and substitute carry one. */
  email?: string;
}

/** An initiative as registered with the Commission. Dates are ISO `YYYY-MM-DD` calendar days. */
export interface Initiative {
  id: string;
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  title: Translated;
  subject: Translated;
  objectives: Translated;
  organisers: Organiser[];
  registerUrl: string;
  /** First day of collection (inclusive). */
  collectionStart: string;
  /** Last day of collection (inclusive). */
  collectionEnd: string;
  /** The organisers' public key (X25519) that every statement is sealed to; `null` = not yet set. */
  publicKey: Uint8Array | null;
  /** The initiative's signing page on the Commission's central online collection system (COCS), if it collects online there. */
  cocsUrl: string | null;
  /** The initiative's own website, if any. */
  website: string | null;
  /** The partial-registration notice (Art. 6(3)), where the Commission registered the initiative in part. */
  partialRegistration: Translated | null;
  /** The optional annex registered with the initiative (Annex II). */
  annex: Translated | null;
  /** The day the organisers closed collection early, if they did (statements from then on are refused). */
  closedEarlyOn: string | null;
  /** A demonstration initiative: every page says statements given there have no legal effect. */
  demo: boolean;
}

export type NewInitiative = Omit<Initiative, 'id'>;
