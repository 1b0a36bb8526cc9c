import type { NewInitiative } from './initiative';

/*
 * The domain checks of an initiative's registration data live in @eci/api-contract
 * (libs/api-contract/src/initiative-checks.ts): one implementation for the API, which refuses with
 * these problems, and the console, which says them while the organiser types.
 */
export { initiativeProblems, isRealDay, MIN_ORGANISERS, TEXT_LIMITS } from '@eci/api-contract';

export type InitiativeFields = Omit<NewInitiative, 'closedEarlyOn' | 'demo'>;
