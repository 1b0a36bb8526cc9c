import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { PartnerContribution, PartnerProgress, PublicProgress } from '@eci/api-contract';
import { computeProgress, contributionByCountry } from '@eci/progress';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { InitiativesService } from '../initiatives/initiatives.service';
import type { Partner } from '../partners/partner';
import { COUNTS_REPOSITORY, type CountsRepository } from './counts.repository';
import { ShortLivedCache } from './short-lived-cache';

/** How long a process serves counts before reading the counter rows again. */
export const PROGRESS_TTL_MS = 2000;

/** Progress as served: the JSON text once per refresh, and its ETag. */
export interface SerialisedProgress {
  json: string;
  etag: string;
}

/**
 * Counts per initiative, nationality and partner, summed from the counter rows PostgreSQL keeps in
 * the signing transaction (per connection, so signing never queues on one counter row), kept for
 * two seconds per process and read again once for all concurrent readers. Statistics only: nothing
 * about a person, nothing finer than a count.
 */
@Injectable()
export class ProgressService {
  private readonly campaign: ShortLivedCache<PublicProgress>;
  private readonly serialised = new WeakMap<PublicProgress, SerialisedProgress>();
  private readonly partners: ShortLivedCache<PartnerContribution & { updatedAt: string }>;

  constructor(
    private readonly initiatives: InitiativesService,
    @Inject(COUNTS_REPOSITORY) private readonly counts: CountsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    const now = () => clock.now().getTime();
    this.campaign = new ShortLivedCache(PROGRESS_TTL_MS, now);
    this.partners = new ShortLivedCache(PROGRESS_TTL_MS, now);
  }

  async forInitiative(slug: string): Promise<PublicProgress> {
    const initiative = await this.initiatives.getBySlug(slug);
    return this.campaign.get(initiative.id, async () => {
      const counts = await this.counts.countByNationality(initiative.id);
      return { ...computeProgress(counts, initiative.registrationDate), updatedAt: this.clock.now().toISOString() };
    });
  }

  /** The same, serialised once per refresh rather than once per read. */
  async serialisedForInitiative(slug: string): Promise<SerialisedProgress> {
    const progress = await this.forInitiative(slug);
    let serialised = this.serialised.get(progress);
    if (!serialised) {
      const json = JSON.stringify(progress);
      serialised = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
      this.serialised.set(progress, serialised);
    }
    return serialised;
  }

  async forPartner(slug: string, partner: Partner): Promise<PartnerProgress> {
    const campaign = await this.forInitiative(slug);
    const own = await this.partners.get(partner.id, async () => ({
      slug: partner.slug,
      name: partner.name,
      ...contributionByCountry(await this.counts.countByNationalityForPartner(partner.initiativeId, partner.id)),
      updatedAt: this.clock.now().toISOString(),
    }));
    const { updatedAt, ...contribution } = own;
    return { campaign, partner: contribution, updatedAt };
  }
}
