import { demoInitiative } from '../../src/initiatives/demo-initiative';
import type { NewInitiative } from '../../src/initiatives/initiative';

let registered = 0;

/**
 * An initiative to seed under `slug` (the demo's texts, a registration number of its own). Slugs
 * in the people contracts are plain lowercase words: PostgreSQL orders by the database's collation,
 * which may weigh a hyphen differently from a byte comparison.
 */
export function initiativeNamed(slug: string): NewInitiative {
  registered++;
  return { ...demoInitiative('2026-01-01', new Uint8Array(32)), slug, registrationNumber: `ECI(2026)${String(registered).padStart(6, '0')}` };
}

/** A 32-byte key or hash, distinct per `label`. */
export function bytes32(label: string): Buffer {
  return Buffer.alloc(32, label);
}

/** Instants in 2040: far from the real clock, so that an app's own sweeps never touch the rows of a case. */
export function at(minutes: number): Date {
  return new Date(Date.UTC(2040, 0, 1, 12, 0, 0) + minutes * 60_000);
}
