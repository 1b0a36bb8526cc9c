import type { NewPartner, Partner } from './partner';

export interface PartnersRepository {
  /** `null` when the initiative already has a partner with this slug. */
  create(partner: NewPartner): Promise<Partner | null>;
  list(initiativeId: string): Promise<Partner[]>;
  findBySlug(initiativeId: string, slug: string): Promise<Partner | null>;
  /** The partner whose current, unrevoked token has this SHA-256. */
  findByTokenHash(tokenHash: Buffer): Promise<Partner | null>;
  setToken(partnerId: string, tokenHash: Buffer): Promise<void>;
  revokeToken(partnerId: string): Promise<void>;
  setAllowedOrigins(partnerId: string, origins: string[]): Promise<void>;
}

export const PARTNERS_REPOSITORY = Symbol('PartnersRepository');
