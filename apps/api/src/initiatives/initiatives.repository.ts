import type { Initiative, NewInitiative } from './initiative';

/** What organisers may change on an initiative: everything but its id, slug, early closure and demo flag. */
export type InitiativeChanges = Partial<Omit<NewInitiative, 'slug' | 'closedEarlyOn' | 'demo'>>;

/** What the initiatives service needs from storage; a TypeORM implementation and an in-memory fake implement it. */
export interface InitiativesRepository {
  findBySlug(slug: string): Promise<Initiative | null>;
  findByRegistrationNumber(registrationNumber: string): Promise<Initiative | null>;
  /** The initiatives with these slugs (every initiative without), ordered by slug. */
  list(slugs?: readonly string[]): Promise<Initiative[]>;
  count(): Promise<number>;
  create(initiative: NewInitiative): Promise<Initiative>;
  /**
   * Changes the given fields. With `onlyWithoutStatements`, changes nothing (and answers false) once
   * a statement of the initiative exists, in the same statement as the change. False for an unknown id.
   */
  update(id: string, changes: InitiativeChanges, onlyWithoutStatements: boolean): Promise<boolean>;
  /** Records the early closure on `day`; false if it was already closed (the first day stays) or unknown. */
  closeEarly(id: string, day: string): Promise<boolean>;
  /** Sets the organisers' public key; false if statements were already sealed to the current one. */
  setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean>;
}

export const INITIATIVES_REPOSITORY = Symbol('InitiativesRepository');
