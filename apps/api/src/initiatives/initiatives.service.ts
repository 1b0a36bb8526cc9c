import { Inject, Injectable } from '@nestjs/common';
import { thresholdTableFor, type ThresholdTable } from '@eci/rules';
import { CLOCK, type Clock, isoDay } from '../clock/clock';
import { ApiError } from '../errors/api-error';
import { demoInitiative } from './demo-initiative';
import type { Initiative } from './initiative';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from './initiatives.repository';

export interface PublicInitiative {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  organisers: { role: string; name: string; residence: string; email?: string }[];
  registerUrl: string;
  collectionStart: string;
  collectionEnd: string;
  thresholdTable: ThresholdTable;
}

@Injectable()
export class InitiativesService {
  constructor(
    @Inject(INITIATIVES_REPOSITORY) private readonly initiatives: InitiativesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async getBySlug(slug: string): Promise<Initiative> {
    const initiative = await this.initiatives.findBySlug(slug);
    if (!initiative) throw ApiError.notFound('initiative_not_found', 'slug');
    return initiative;
  }

  async getPublic(slug: string): Promise<PublicInitiative> {
    return toPublic(await this.getBySlug(slug));
  }

  /** Creates the demo initiative when the database holds no initiative at all. Returns it if created. */
  async ensureDemo(): Promise<Initiative | null> {
    if ((await this.initiatives.count()) > 0) return null;
    return this.initiatives.create(demoInitiative(isoDay(this.clock.now())));
  }
}

export function toPublic(i: Initiative): PublicInitiative {
  return {
    slug: i.slug,
    registrationNumber: i.registrationNumber,
    registrationDate: i.registrationDate,
    title: i.title,
    subject: i.subject,
    objectives: i.objectives,
    organisers: i.organisers.map(({ role, name, residence, email }) => ({ role, name, residence, ...(email ? { email } : {}) })),
    registerUrl: i.registerUrl,
    collectionStart: i.collectionStart,
    collectionEnd: i.collectionEnd,
    thresholdTable: thresholdTableFor(i.registrationDate),
  };
}
