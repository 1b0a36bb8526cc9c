import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CAPTCHA_MAX_LENGTH, CERTIFICATION_FIELD, ENVELOPE_FIELDS, SLUG_MAX_LENGTH, SLUG_PATTERN, UUID_PATTERN, type ReceiptStatus, type SignedReceipt, type SigningForm } from '@eci/api-contract';
import { INPUT_FIELDS, PERIOD_ERROR_CODES, collectionState, identityKey, isLanguage, onlineChannelFor, periodParams, validateStatement, type CollectionPeriod, type StatementInput } from '@eci/rules';
import { deriveInitiativeKey, identityHash, sealedPayloadOf } from '@eci/statement-crypto';
import { CaptchaService, captchaSent } from './proof-of-work/captcha.service';
import { brusselsDay, CLOCK, type Clock } from '../platform/clock/clock';
import { APP_CONFIG } from '../platform/config/config.tokens';
import type { AppConfig } from '../platform/config/app-config';
import { DomainError, type ErrorItem } from '../platform/errors/domain-error';
import type { Initiative } from '../initiatives/initiative';
import { InitiativesService } from '../initiatives/initiatives.service';
import { SERVER_SECRET } from '../platform/keys/keys.tokens';
import { StatementSealer } from './statement-sealer';
import { PARTNER_LOOKUP, SIGNATURES_REPOSITORY, type CaptchaSpend, type InsertOutcome, type NewSignature, type PartnerLookup, type SignaturesRepository } from './signatures.repository';
import { CommitOutcomeUnknownError, isDatabaseUnavailable } from '../platform/database/database-errors';
import { DATABASE_RETRY_AFTER_SECONDS } from '../platform/errors/error-response';


const ALLOWED = new Set<string>([...INPUT_FIELDS, ...ENVELOPE_FIELDS]);

/**
 * Takes a statement of support: validates it with the rules library, checks the proof of work,
 * seals the personal data to the organisers' key, and stores it with a keyed hash of the signatory's
 * identity so that a second statement of the same person is refused without any plaintext.
 */
@Injectable()
export class SigningService {
  private readonly identityKeys = new Map<string, Uint8Array>();

  constructor(
    private readonly initiatives: InitiativesService,
    private readonly captcha: CaptchaService,
    private readonly sealer: StatementSealer,
    @Inject(SIGNATURES_REPOSITORY) private readonly signatures: SignaturesRepository,
    @Inject(PARTNER_LOOKUP) private readonly partners: PartnerLookup,
    @Inject(SERVER_SECRET) private readonly serverSecret: Uint8Array,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether the signing page takes statements for the initiative today: its collection state and online channel. */
  async status(slug: string): Promise<SigningStatus> {
    return signingStatus(await this.initiatives.getBySlug(slug), brusselsDay(this.clock.now()));
  }

  async sign(slug: string, body: unknown): Promise<SignedReceipt> {
    try {
      return await this.takeStatement(slug, body);
    } catch (error) {
      throw signingFailure(error);
    }
  }

  private async takeStatement(slug: string, body: unknown): Promise<SignedReceipt> {
    const initiative = await this.initiatives.getBySlug(slug);
    const signedOn = brusselsDay(this.clock.now());
    // Refusals that hold whatever the statement says come first: nothing sent is read, checked or kept.
    refuseOutsideOwnOnlineCollection(initiative, signedOn);
    if (!initiative.publicKey) throw new DomainError([{ field: null, code: 'initiative_not_ready' }]);

    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError([{ field: null, code: 'format' }]);
    }
    const input = body as Record<string, unknown>;
    const errors: ErrorItem[] = envelopeErrors(input);

    const statementInput: Record<string, unknown> = {};
    for (const field of INPUT_FIELDS) if (field in input) statementInput[field] = input[field];
    const result = validateStatement(statementInput as StatementInput, {
      signingDate: signedOn,
      collectionStart: initiative.collectionStart,
      collectionEnd: initiative.collectionEnd,
      closedEarlyOn: initiative.closedEarlyOn,
    });
    if (!result.ok) errors.push(...result.errors);
    // Annex III: the signatory certifies the data are correct and that this is their first
    // statement for the initiative. Required (exactly `true`), checked here, never stored.
    if (input[CERTIFICATION_FIELD] !== true) errors.push({ field: CERTIFICATION_FIELD, code: 'required' });

    let spend: CaptchaSpend | null = null;
    if (this.config.captcha) {
      // A bad statement does not burn the proof of work: the signatory corrects it and sends again.
      const check = errors.length === 0 ? await this.captcha.check(input.captcha) : { verdict: captchaSent(input.captcha) ? 'ok' : 'missing' };
      if (check.verdict !== 'ok') errors.push({ field: 'captcha', code: 'captcha', params: { reason: check.verdict } });
      else if ('signature' in check && check.signature && check.expiresAt) spend = { signature: check.signature, expiresAt: check.expiresAt };
    }
    if (errors.length > 0 || !result.ok) throw new DomainError(errors);

    const id = randomUUID();
    const sealing = this.sealer.seal(sealedPayloadOf(id, initiative, signedOn, result), initiative.publicKey);
    // A slug no partner can have is an unknown partner: ignored, like any other.
    const partnerId = typeof input.partner === 'string' && SLUG_PATTERN.test(input.partner) ? await this.partners.findPartnerId(initiative.id, input.partner) : null;
    const statement: NewSignature = {
      id,
      initiativeId: initiative.id,
      nationality: result.statement.nationality,
      signedOn,
      channel: 'online',
      partnerId,
      idFormatConfirmed: result.idFormatConfirmed,
      identityHash: identityHash(this.identityKeyFor(initiative), identityKey(result.statement)),
      ciphertext: await sealing,
    };
    let outcome: InsertOutcome;
    try {
      // The proof of work is spent in the statement's own transaction: a statement refused spends nothing.
      outcome = await this.signatures.insert(statement, spend, this.clock.now());
    } catch (error) {
      if (error instanceof CommitOutcomeUnknownError) {
        // Perhaps saved, perhaps not: the receipt tells later (GET /api/receipts/{id}).
        throw new DomainError([{ field: null, code: 'outcome_unknown', params: { receipt: id } }], DATABASE_RETRY_AFTER_SECONDS);
      }
      throw error;
    }
    if (outcome === 'duplicate') throw DomainError.of('already_signed');
    if (outcome === 'captcha_used') throw new DomainError([{ field: 'captcha', code: 'captcha', params: { reason: 'used' } }]);
    return { receipt: id, signedOn };
  }

  async receipt(id: string): Promise<ReceiptStatus> {
    const found = UUID_PATTERN.test(id) ? await this.signatures.findReceipt(id.toLowerCase()) : null;
    if (!found) throw DomainError.of('receipt_not_found', 'receipt');
    return { status: 'counted', initiative: found.initiativeSlug, signedOn: found.signedOn };
  }

  private identityKeyFor(initiative: Initiative): Uint8Array {
    let key = this.identityKeys.get(initiative.id);
    if (!key) {
      key = deriveInitiativeKey(this.serverSecret, initiative.id, 'identity-hash');
      this.identityKeys.set(initiative.id, key);
    }
    return key;
  }
}

export type SigningStatus = Pick<SigningForm, 'collectionState' | 'online'>;

function periodOf(initiative: Initiative): CollectionPeriod {
  return { start: initiative.collectionStart, end: initiative.collectionEnd, closedEarlyOn: initiative.closedEarlyOn };
}

/** The initiative's collection state on `today` (Brussels) and its online channel (`onlineChannelFor`). */
export function signingStatus(initiative: Initiative, today: string): SigningStatus {
  return { collectionState: collectionState(today, periodOf(initiative)), online: onlineChannelFor(initiative.registrationDate, initiative.cocsUrl !== null) };
}

/**
 * This signing page takes statements only for an initiative whose online channel is its own
 * system (registered up to 31 December 2022, no COCS address given: `onlineChannelFor`), and only
 * while it collects (`collectionState` on the Brussels day): 409 `online_through_cocs` with the
 * initiative's COCS address, or 409 `collection_not_started` / `collection_ended` /
 * `collection_closed_early` with the period's days.
 */
function refuseOutsideOwnOnlineCollection(initiative: Initiative, today: string): void {
  const status = signingStatus(initiative, today);
  if (status.online !== 'own-online') throw DomainError.of('online_through_cocs', null, initiative.cocsUrl ? { cocsUrl: initiative.cocsUrl } : undefined);
  if (status.collectionState !== 'collecting') throw DomainError.of(PERIOD_ERROR_CODES[status.collectionState], null, periodParams(periodOf(initiative)));
}

/**
 * A signer is told exactly what became of the statement: when the database could not be reached
 * before anything was written, 503 `database_down` (nothing saved, try again); an unknown commit
 * outcome has already become 503 `outcome_unknown` with the receipt to check.
 */
function signingFailure(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error) && !(error instanceof CommitOutcomeUnknownError)) {
    return new DomainError([{ field: null, code: 'database_down' }], DATABASE_RETRY_AFTER_SECONDS);
  }
  return error;
}

/**
 * Unknown properties and badly typed envelope fields (`lang`, `partner`, `captcha`), as
 * `SignStatementDto` documents them; checked by hand because this runs on every signature.
 */
function envelopeErrors(input: Record<string, unknown>): ErrorItem[] {
  const errors: ErrorItem[] = [];
  // Named by no field: the name was chosen by the sender, and answers echo nothing sent.
  if (Object.keys(input).some((key) => !ALLOWED.has(key))) errors.push({ field: null, code: 'unknown_field' });
  const optionalString = (value: unknown, max: number) => value === undefined || value === null || (typeof value === 'string' && value.length <= max);
  if (input.lang !== undefined && !isLanguage(input.lang)) errors.push({ field: 'lang', code: 'format' });
  if (!optionalString(input.partner, SLUG_MAX_LENGTH)) errors.push({ field: 'partner', code: 'format' });
  if (!optionalString(input.captcha, CAPTCHA_MAX_LENGTH)) errors.push({ field: 'captcha', code: 'captcha' });
  return errors;
}
