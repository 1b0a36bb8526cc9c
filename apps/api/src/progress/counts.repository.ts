import type { CountsByCountry } from '@eci/progress';

/** Counts straight from the statements: no counter row for signing to contend on. */
export interface CountsRepository {
  countByNationality(initiativeId: string): Promise<CountsByCountry>;
  countByNationalityForPartner(initiativeId: string, partnerId: string): Promise<CountsByCountry>;
}

export const COUNTS_REPOSITORY = Symbol('CountsRepository');
