/** Text in several official languages, keyed by ISO 639-1 code; `en` is always present. */
export type Translated = Record<string, string> & { en: string };

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
}

export type NewInitiative = Omit<Initiative, 'id'>;
