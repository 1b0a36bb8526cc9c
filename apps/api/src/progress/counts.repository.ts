import type { CountsByCountry } from '@eci/progress';

/**
 * Statements per nationality, as committed. The implementation must not put a single counter row on
 * the signing path: it sums per-connection counter rows that triggers keep in the signing transaction.
 */
export interface CountsRepository {
  countByNationality(initiativeId: string): Promise<CountsByCountry>;
  countByNationalityForPartner(initiativeId: string, partnerId: string): Promise<CountsByCountry>;
}

export const COUNTS_REPOSITORY = Symbol('CountsRepository');
