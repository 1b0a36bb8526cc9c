/** A coalition partner as organisers see it (`GET /api/initiatives/{slug}/partners`): never its token. */
export interface PublicPartner {
  slug: string;
  name: string;
  /** Origins allowed to embed the pages (see ORIGIN_PATTERN). */
  allowedOrigins: string[];
  hasToken: boolean;
}

/** `POST /api/initiatives/{slug}/partners`. */
export interface CreatePartnerRequest {
  name: string;
  /** Public slug used in `?partner=` links (SLUG_PATTERN). */
  slug: string;
  allowedOrigins?: string[];
}

/** `POST /api/initiatives/{slug}/partners` → 201: the partner and its read token, shown this once. */
export interface CreatedPartner {
  partner: PublicPartner;
  token: string;
}

/** `PUT /api/initiatives/{slug}/partners/{partner}/origins`. */
export interface UpdatePartnerOriginsRequest {
  allowedOrigins: string[];
}

/** `POST /api/initiatives/{slug}/partners/{partner}/token` → 201: a new read token, shown this once. */
export interface PartnerToken {
  token: string;
}
