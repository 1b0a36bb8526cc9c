import { Inject, Injectable } from '@nestjs/common';
import type { PublicInitiative } from '@eci/api-contract';
import { collectionState, lawfulChannels, onlineChannelFor, thresholdTableFor } from '@eci/rules';

import { CLOCK, type Clock, brusselsDay } from '../platform/clock/clock';
import { DomainError } from '../platform/errors/domain-error';
import type { Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { demoCocsInitiative, demoInitiative } from './demo-initiative';
import type { Initiative } from './initiative';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from './initiatives.repository';


@Injectable()
export class InitiativesService {
  constructor(
    @Inject(INITIATIVES_REPOSITORY) private readonly initiatives: InitiativesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Initiatives change rarely and are read on every signature: keep each for a few seconds. */
  private readonly cache = new Map<string, { initiative: Initiative; until: number }>();
  private static readonly CACHE_MS = 5000;

  async getBySlug(slug: string): Promise<Initiative> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(slug);
    if (cached && cached.until > now) return cached.initiative;
    const initiative = await this.initiatives.findBySlug(slug);
    if (!initiative) throw DomainError.of('initiative_not_found', 'slug');
    this.cache.set(slug, { initiative, until: now + InitiativesService.CACHE_MS });
    return initiative;
  }

  async getPublic(slug: string): Promise<PublicInitiative> {
    return toPublic(await this.getBySlug(slug), brusselsDay(this.clock.now()));
  }

  /**
   * Sets the organisers' public key (base64, 32 bytes) that statements are sealed to. Refused once
   * statements exist: they could no longer be opened with one key.
   */
  async setPublicKey(actor: Actor, slug: string, publicKeyBase64: string): Promise<{ publicKey: string }> {
    const initiative = await this.getBySlug(slug);
    const key = Buffer.from(publicKeyBase64, 'base64');
    if (key.length !== 32 || key.toString('base64') !== publicKeyBase64) throw new DomainError([{ field: 'publicKey', code: 'format' }]);
    if (!(await this.initiatives.setPublicKeyIfNoStatements(initiative.id, key))) throw DomainError.of('key_in_use', 'publicKey');
    this.cache.delete(slug);
    await this.audit.record(actor, 'key_changed', { initiative: slug, publicKey: publicKeyBase64 });
    return { publicKey: publicKeyBase64 };
  }

  async isEmpty(): Promise<boolean> {
    return (await this.initiatives.count()) === 0;
  }

  /**
   * Creates the two demo initiatives, their statements sealed to `publicKey`, collecting from today
   * in Brussels (the day statements are dated by): `demo` on this signing page (registered in 2022)
   * and `demo-cocs`, which collects online on the Commission's COCS (registered in 2025).
   */
  async createDemo(publicKey: Uint8Array): Promise<Initiative[]> {
    const today = brusselsDay(this.clock.now());
    return [await this.initiatives.create(demoInitiative(today, publicKey)), await this.initiatives.create(demoCocsInitiative(today, publicKey))];
  }
}

/** The public view of an initiative on `today` (a Brussels day: where its collection stands). */
export function toPublic(i: Initiative, today: string): PublicInitiative {
  return {
    slug: i.slug,
    registrationNumber: i.registrationNumber,
    registrationDate: i.registrationDate,
    title: i.title,
    subject: i.subject,
    objectives: i.objectives,
    organisers: i.organisers.map(({ role, name, residence, email }) => ({ role, name, residence, ...(email ? { email } : {}) })),
    annex: i.annex,
    partialRegistration: i.partialRegistration,
    registerUrl: i.registerUrl,
    website: i.website,
    collectionStart: i.collectionStart,
    collectionEnd: i.collectionEnd,
    closedEarlyOn: i.closedEarlyOn,
    thresholdTable: `${thresholdTableFor(i.registrationDate).id}`,
    channels: { lawful: lawfulChannels(i.registrationDate), online: onlineChannelFor(i.registrationDate, i.cocsUrl !== null) },
    cocsUrl: i.cocsUrl,
    demo: i.demo,
    collectionState: collectionState(today, { start: i.collectionStart, end: i.collectionEnd, closedEarlyOn: i.closedEarlyOn }),
  };
}
