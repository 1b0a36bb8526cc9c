/** Which initiative the bare site address (`/`) leads to. */
export interface DefaultInitiativeRepository {
  /** The slug of the first initiative created, or null when there is none yet. */
  defaultSlug(): Promise<string | null>;
}

export const DEFAULT_INITIATIVE_REPOSITORY = Symbol('DefaultInitiativeRepository');
