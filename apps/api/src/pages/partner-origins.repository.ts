/** The origins the organisers allow to embed an initiative's signing page (partners' sites). */
export interface PartnerOriginsRepository {
  /** Distinct allowed origins of the initiative's partners (e.g. `https://edri.org`). */
  allowedOrigins(initiativeSlug: string): Promise<string[]>;
}

export const PARTNER_ORIGINS_REPOSITORY = Symbol('PartnerOriginsRepository');
