import { Inject, Injectable } from '@nestjs/common';
import type { ManagedInitiative, PublicInitiative } from '@eci/api-contract';
import { collectionState, collectionWindow, lawfulChannels, onlineChannelFor, thresholdTableFor } from '@eci/rules';

import { CLOCK, type Clock, brusselsDay } from '../platform/clock/clock';
import { DomainError, type ErrorItem } from '../platform/errors/domain-error';
import type { Account, Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../accounts/accounts.repository';
import { demoCocsInitiative, demoInitiative } from './demo-initiative';
import type { Initiative, Organiser, Translated } from './initiative';
import { initiativeProblems, isRealDay, type InitiativeFields } from './initiative-checks';
import { INITIATIVES_REPOSITORY, type InitiativeChanges, type InitiativesRepository } from './initiatives.repository';

/** An initiative as organisers give it (`POST /api/initiatives`): the key in base64, the last day of collection left out (computed). */
export interface InitiativeInput {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  title: Translated;
  subject: Translated;
  objectives: Translated;
  organisers: Organiser[];
  registerUrl: string;
  collectionStart: string;
  publicKey?: string | null;
  cocsUrl?: string | null;
  website?: string | null;
  partialRegistration?: Translated | null;
  annex?: Translated | null;
}

/** The fields an edit changes (`PATCH /api/initiatives/{slug}`); `null` clears an optional one. */
export type InitiativeEdit = { [K in Exclude<keyof InitiativeInput, 'slug'>]?: InitiativeInput[K] | null };

/** The fields an initiative cannot be without: an edit may not clear them. */
const REQUIRED_FIELDS = ['registrationNumber', 'registrationDate', 'title', 'subject', 'objectives', 'organisers', 'registerUrl', 'collectionStart'] as const;

/** What statements, once given, fix: they were given to this registration, period and key. */
const FIXED_ONCE_SIGNED = ['registrationNumber', 'registrationDate', 'collectionStart', 'publicKey'] as const;


@Injectable()
export class InitiativesService {
  constructor(
    @Inject(INITIATIVES_REPOSITORY) private readonly initiatives: InitiativesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(ACCOUNTS_REPOSITORY) private readonly roles: Pick<AccountsRepository, 'grant'>,
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
    return toPublic(await this.getBySlug(slug), this.today());
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

  /**
   * Creates an initiative as registered with the Commission, never a demo one. A signed-in account
   * that creates it becomes its organiser; the organiser credential creates it for nobody in particular.
   */
  async create(actor: Actor, account: Account | undefined, input: InitiativeInput): Promise<ManagedInitiative> {
    const { publicKey, problems: keyProblems } = decodeKey(input.publicKey);
    const fields: InitiativeFields = {
      slug: input.slug,
      registrationNumber: input.registrationNumber,
      registrationDate: input.registrationDate,
      title: input.title,
      subject: input.subject,
      objectives: input.objectives,
      organisers: publishable(input.organisers),
      registerUrl: input.registerUrl,
      collectionStart: input.collectionStart,
      collectionEnd: lastDay(input.collectionStart),
      publicKey: publicKey ?? null,
      cocsUrl: input.cocsUrl ?? null,
      website: input.website ?? null,
      partialRegistration: input.partialRegistration ?? null,
      annex: input.annex ?? null,
    };
    const problems = [...initiativeProblems(fields, new Set(Object.keys(fields) as (keyof InitiativeFields)[]), this.today()), ...keyProblems];
    if (problems.length > 0) throw new DomainError(problems);
    await this.refuseTaken(fields.slug, fields.registrationNumber);
    let created: Initiative;
    try {
      created = await this.initiatives.create({ ...fields, closedEarlyOn: null, demo: false });
    } catch (error) {
      // Another request took the slug or number in between: the same answer as above.
      await this.refuseTaken(fields.slug, fields.registrationNumber);
      throw error;
    }
    await this.audit.record(actor, 'initiative_created', { initiative: created.slug, registrationNumber: created.registrationNumber });
    if (account) {
      await this.roles.grant(account.id, created.slug, 'organiser');
      await this.audit.record(actor, 'role_granted', { account: account.id, initiative: created.slug, role: 'organiser' });
    }
    return toManaged(created, this.today());
  }

  /** The initiatives a signed-in account holds a role on, or every one (the organiser credential), by slug. */
  async list(account: Account | undefined): Promise<ManagedInitiative[]> {
    const slugs = account ? [...new Set(account.roles.map((r) => r.initiative))] : undefined;
    return (await this.initiatives.list(slugs)).map((initiative) => toManaged(initiative, this.today()));
  }

  /**
   * Changes the given fields (the slug, the early closure and the demo flag never change here; the
   * last day of collection follows the kick-off). Once statements exist the registration, the
   * kick-off and the key are fixed: `statements_exist` (`key_in_use` for the key alone).
   */
  async update(actor: Actor, slug: string, edit: InitiativeEdit): Promise<ManagedInitiative> {
    const current = await this.initiatives.findBySlug(slug);
    if (!current) throw DomainError.of('initiative_not_found', 'slug');
    const changes: InitiativeChanges = {};
    const problems: ErrorItem[] = REQUIRED_FIELDS.filter((field) => edit[field] === null).map((field) => ({ field, code: 'required' as const }));
    if (problems.length > 0) throw new DomainError(problems);
    for (const [field, value] of Object.entries(edit) as [keyof InitiativeEdit, unknown][]) {
      if (value === undefined) continue;
      if (field === 'publicKey') {
        const key = decodeKey(value as string | null);
        problems.push(...key.problems);
        changes.publicKey = key.publicKey ?? null;
      } else if (field === 'organisers') changes.organisers = publishable(value as Organiser[]);
      else (changes as Record<string, unknown>)[field] = value;
    }
    if (changes.collectionStart !== undefined) changes.collectionEnd = lastDay(changes.collectionStart);
    const merged: InitiativeFields = { ...current, ...changes };
    const changed = new Set(Object.keys(changes) as (keyof InitiativeFields)[]);
    problems.push(...initiativeProblems(merged, changed, this.today()));
    if (problems.length > 0) throw new DomainError(problems);
    if (changed.size === 0) return toManaged(current, this.today());
    if (changes.registrationNumber !== undefined && changes.registrationNumber !== current.registrationNumber) {
      const holder = await this.initiatives.findByRegistrationNumber(changes.registrationNumber);
      if (holder && holder.id !== current.id) throw DomainError.of('initiative_exists', 'registrationNumber');
    }
    const fixed = FIXED_ONCE_SIGNED.filter((f) => changed.has(f) && !sameValue(current[f], merged[f]));
    if (!(await this.initiatives.update(current.id, changes, fixed.length > 0))) {
      const other = fixed.find((f) => f !== 'publicKey');
      throw other ? DomainError.of('statements_exist', other) : DomainError.of('key_in_use', 'publicKey');
    }
    this.cache.delete(slug);
    await this.audit.record(actor, 'initiative_changed', { initiative: slug, fields: [...changed].sort() });
    return toManaged((await this.initiatives.findBySlug(slug)) as Initiative, this.today());
  }

  /**
   * Closes collection early, from today in Brussels (Art. 8): statements from today on are refused.
   * Only while collecting: `close_not_started`, `close_ended`, `collection_already_closed`.
   */
  async closeEarly(actor: Actor, slug: string): Promise<ManagedInitiative> {
    const current = await this.initiatives.findBySlug(slug);
    if (!current) throw DomainError.of('initiative_not_found', 'slug');
    const today = this.today();
    const state = collectionState(today, { start: current.collectionStart, end: current.collectionEnd, closedEarlyOn: current.closedEarlyOn });
    if (state === 'not-started') throw DomainError.of('close_not_started');
    if (state === 'ended') throw DomainError.of('close_ended');
    if (state === 'closed-early' || !(await this.initiatives.closeEarly(current.id, today))) throw DomainError.of('collection_already_closed');
    this.cache.delete(slug);
    await this.audit.record(actor, 'initiative_closed', { initiative: slug, closedEarlyOn: today });
    return toManaged({ ...current, closedEarlyOn: today }, today);
  }

  private today(): string {
    return brusselsDay(this.clock.now());
  }

  private async refuseTaken(slug: string, registrationNumber: string): Promise<void> {
    if (await this.initiatives.findBySlug(slug)) throw DomainError.of('initiative_exists', 'slug');
    if (await this.initiatives.findByRegistrationNumber(registrationNumber)) throw DomainError.of('initiative_exists', 'registrationNumber');
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
    const today = this.today();
    return [await this.initiatives.create(demoInitiative(today, publicKey)), await this.initiatives.create(demoCocsInitiative(today, publicKey))];
  }
}

/** The organisers' view on `today` (a Brussels day): the public one with the key. */
export function toManaged(i: Initiative, today: string): ManagedInitiative {
  return { ...toPublic(i, today), publicKey: i.publicKey ? Buffer.from(i.publicKey).toString('base64') : null };
}

/** Only the representative and the substitute publish an e-mail address; nothing else is kept. */
function publishable(organisers: Organiser[]): Organiser[] {
  return organisers.map(({ role, name, residence, email }) => ({ role, name, residence, ...(role !== 'member' && email ? { email } : {}) }));
}

/** The last day of a collection starting on `start` (12 months); the start itself while it is no real day (refused anyway). */
function lastDay(start: string): string {
  return isRealDay(start) ? collectionWindow(start).end : start;
}

/** A base64 X25519 public key (32 bytes, canonical base64); `null`/absent is no key. */
function decodeKey(base64: string | null | undefined): { publicKey: Uint8Array | null; problems: ErrorItem[] } {
  if (base64 === null || base64 === undefined) return { publicKey: null, problems: [] };
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32 || key.toString('base64') !== base64) return { publicKey: null, problems: [{ field: 'publicKey', code: 'format' }] };
  return { publicKey: new Uint8Array(key), problems: [] };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  return a === b;
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
