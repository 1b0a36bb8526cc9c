import type { Initiative, NewInitiative } from './initiative';

/** What the initiatives service needs from storage; a TypeORM implementation and an in-memory fake implement it. */
export interface InitiativesRepository {
  findBySlug(slug: string): Promise<Initiative | null>;
  count(): Promise<number>;
  create(initiative: NewInitiative): Promise<Initiative>;
  /** Sets the organisers' public key; false if statements were already sealed to the current one. */
  setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean>;
}

export const INITIATIVES_REPOSITORY = Symbol('InitiativesRepository');
