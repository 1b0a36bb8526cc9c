/** One Member State against its minimum (`GET /api/initiatives/{slug}/progress`). */
export interface CountryProgress {
  /** ISO 3166-1 alpha-2 (Greece is `GR`). */
  code: string;
  count: number;
  threshold: number;
  reached: boolean;
}

/** `GET /api/initiatives/{slug}/progress`: statistics only, nothing about a person. */
export interface PublicProgress {
  total: number;
  goal: number;
  countriesRequired: number;
  countriesReached: number;
  thresholdTable: '750' | '751' | '705' | '720';
  /** When these counts were computed (ISO 8601). */
  updatedAt: string;
  /** The 27 Member States, in EU protocol order. */
  countries: CountryProgress[];
}

/** A partner's own contribution: its statements per Member State of nationality. */
export interface PartnerContribution {
  slug: string;
  name: string;
  total: number;
  countries: { code: string; count: number }[];
}

/** `GET /api/initiatives/{slug}/partners/{partner}/progress` with the partner's read token. */
export interface PartnerProgress {
  campaign: PublicProgress;
  partner: PartnerContribution;
  updatedAt: string;
}
