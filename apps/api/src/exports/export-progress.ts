import { Inject, Injectable } from '@nestjs/common';
import type { ExportProgress, ExportStage } from '@eci/api-contract';
import type { Actor } from '../access/identity';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { DomainError } from '../platform/errors/domain-error';

/** Exports whose progress is kept at most; beyond, the least recently updated is forgotten. */
export const TRACKED_EXPORTS = 100;
/** An export's progress is forgotten this long after its last change (a finished one, in practice). */
export const PROGRESS_TTL_MS = 15 * 60_000;

interface Tracked {
  owner: Actor;
  slug: string;
  progress: ExportProgress;
  updatedAt: number;
}

/**
 * Where each export named by its client (`X-Export-Id`) stands, in this process's memory only:
 * a stage and two counts per export, with who started it and for which initiative. No personal
 * data, nothing on disk; bounded (TRACKED_EXPORTS) and expiring (PROGRESS_TTL_MS). Only the
 * account that started an export, asking on the same initiative, reads its progress. Several API
 * processes each know their own exports.
 */
@Injectable()
export class ExportProgressTracker {
  private readonly exports = new Map<string, Tracked>();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Starts tracking an export at `unlocking`; 409 `conflict` (field `X-Export-Id`) for an id already tracked. */
  begin(id: string, owner: Actor, slug: string): void {
    this.prune();
    const key = id.toLowerCase();
    if (this.exports.has(key)) throw DomainError.of('conflict', 'X-Export-Id');
    while (this.exports.size >= TRACKED_EXPORTS) {
      let oldest: [string, Tracked] | undefined;
      for (const entry of this.exports) if (!oldest || entry[1].updatedAt < oldest[1].updatedAt) oldest = entry;
      this.exports.delete((oldest as [string, Tracked])[0]);
    }
    this.exports.set(key, { owner, slug, progress: { stage: 'unlocking', done: 0, total: 0 }, updatedAt: this.clock.now().getTime() });
  }

  /** The export's new stage and counts (the counts kept when not given); ignored for an id not tracked. */
  report(id: string, stage: ExportStage, counts: { done?: number; total?: number } = {}): void {
    const tracked = this.exports.get(id.toLowerCase());
    if (!tracked) return;
    tracked.progress = { stage, done: counts.done ?? tracked.progress.done, total: counts.total ?? tracked.progress.total };
    tracked.updatedAt = this.clock.now().getTime();
  }

  /** The progress of an export started by `owner` on `slug`; null for any other id, owner or initiative, and once forgotten. */
  read(id: string, owner: Actor, slug: string): ExportProgress | null {
    this.prune();
    const tracked = this.exports.get(id.toLowerCase());
    return tracked && tracked.owner === owner && tracked.slug === slug ? { ...tracked.progress } : null;
  }

  /** How many exports are tracked now (for tests of the bound). */
  get size(): number {
    return this.exports.size;
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [id, tracked] of this.exports) if (now - tracked.updatedAt >= PROGRESS_TTL_MS) this.exports.delete(id);
  }
}
