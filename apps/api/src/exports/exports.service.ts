import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { ExportStage } from '@eci/api-contract';
import { getCountryRule, officialLanguages } from '@eci/rules';
import {
  DecryptionError,
  decryptKeyFileAsync,
  InvalidKeyFileError,
  KeyFileCostError,
  openStatement,
  WrongPassphraseError,
  type OrganiserKeyPair,
} from '@eci/statement-crypto';
import {
  CertificateError,
  createWorkspace,
  exportMemberState,
  fromSealedPayload,
  type ExportStatement,
  type Workspace,
} from '@eci/statement-exports';
import type { Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { DomainError, type ErrorItemCode } from '../platform/errors/domain-error';
import type { Initiative } from '../initiatives/initiative';
import { InitiativesService } from '../initiatives/initiatives.service';
import { EXPORT_ROWS_REPOSITORY, type ExportRowsRepository } from './export-rows.repository';
import { ExportProgressTracker } from './export-progress';

export interface ExportCredentials {
  keyFile: unknown;
  passphrase: string;
  certificate: Uint8Array;
  certificatePassphrase: string;
}

export interface ExportOptions {
  /**
   * Language of the PDF: one of the Member State's official EU languages (`officialLanguages`);
   * default its first. Anything else is refused (422 `format` on `language`).
   */
  language?: string;
  /**
   * The client's name for this export (a UUID, `X-Export-Id`): its progress is tracked under it
   * (ExportProgressTracker) from `unlocking` to `done` or `failed`.
   */
  progressId?: string;
}

export interface FinishedExport {
  fileName: string;
  sha256: string;
  bytes: number;
  /** The ZIP, decrypted as it is read; its temporary directory is removed when the stream closes. */
  open(): Readable;
  /** Removes the ZIP without reading it. */
  discard(): Promise<void>;
}

/** Tells the progress tracker where an export stands (nothing for an export without a progress id). */
type Report = (stage: ExportStage, counts?: { done?: number; total?: number }) => void;

const PAGE = 500;
/** Exports prepared at once by one process; more are refused with 429 `export_busy`. */
export const CONCURRENT_EXPORTS = 1;
/** Seconds a refused auditor is asked to wait (an export of 100,000 statements takes ~10–20 s). */
export const EXPORT_RETRY_AFTER_SECONDS = 30;

/**
 * Certified exports for a member state's authority. The organisers' private key is opened in
 * memory for this one export (Argon2id on the thread pool, at most the cost `npm run keys` uses)
 * and dropped afterwards; the statements are decrypted row by row from a keyset-paged query and
 * streamed into the export library, so memory stays bounded. Every temporary file (the library's
 * PDF and XML, and the ZIP here) is encrypted under a key held only in memory, in one private
 * directory per export that a later start removes if the process died. The ZIP is handed out only
 * when complete. One export at a time per process. Every export and every failed attempt is audited.
 */
@Injectable()
export class ExportsService {
  /** Exports being prepared now (key unlock included). */
  private running = 0;

  constructor(
    private readonly initiatives: InitiativesService,
    @Inject(EXPORT_ROWS_REPOSITORY) private readonly rows: ExportRowsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly progress: ExportProgressTracker,
  ) {}

  async exportCountry(actor: Actor, slug: string, country: string, credentials: ExportCredentials, options: ExportOptions = {}): Promise<FinishedExport> {
    const id = options.progressId;
    if (id === undefined) return this.exportTracked(actor, slug, country, credentials, options, () => undefined);
    this.progress.begin(id, actor, slug);
    try {
      const finished = await this.exportTracked(actor, slug, country, credentials, options, (stage, counts) => this.progress.report(id, stage, counts));
      this.progress.report(id, 'done');
      return finished;
    } catch (error) {
      this.progress.report(id, 'failed');
      throw error;
    }
  }

  private async exportTracked(actor: Actor, slug: string, country: string, credentials: ExportCredentials, options: ExportOptions, report: Report): Promise<FinishedExport> {
    const initiative = await this.initiatives.getBySlug(slug);
    const rule = getCountryRule(country);
    if (!rule) throw DomainError.of('unknown_country', 'country');
    const languages = officialLanguages(rule.code) ?? [];
    const language = options.language ?? languages[0];
    if (language === undefined || !(languages as readonly string[]).includes(language)) throw DomainError.of('format', 'language');
    if (this.running >= CONCURRENT_EXPORTS) {
      await this.audit.record(actor, 'export_failed', { initiative: slug, country: rule.euCode, reason: 'export_busy' });
      throw new DomainError([{ field: null, code: 'export_busy', params: { retryAfter: EXPORT_RETRY_AFTER_SECONDS } }], EXPORT_RETRY_AFTER_SECONDS);
    }
    this.running += 1;
    try {
      return await this.exportWithKey(actor, initiative, rule.code, rule.euCode, language, credentials, report);
    } finally {
      this.running -= 1;
    }
  }

  private async exportWithKey(
    actor: Actor,
    initiative: Initiative,
    country: string,
    euCode: string,
    language: string,
    credentials: ExportCredentials,
    report: Report,
  ): Promise<FinishedExport> {
    const slug = initiative.slug;
    report('unlocking', { done: 0, total: 0 });
    const keys = await this.openKey(actor, initiative, euCode, credentials);
    let workspace: Workspace | undefined;
    try {
      const counts = await this.rows.countByChannel(initiative.id, country);
      report('reading', { done: 0, total: counts.online + counts.paper });
      workspace = await createWorkspace(tmpdir());
      const zip = workspace.file(`statements-${euCode}.zip`);
      const output = zip.createWriteStream();
      const result = await exportMemberState({
        initiative,
        country,
        language,
        counts,
        statements: this.decrypted(initiative, country, keys),
        certificate: { p12: credentials.certificate, passphrase: credentials.certificatePassphrase },
        createdAt: this.clock.now(),
        workDir: workspace.dir,
        output,
        onProgress: ({ stage, done, total }) => report(stage, { done, total }),
      });
      await finished(output);
      await this.audit.record(actor, 'export', {
        initiative: slug,
        country: euCode,
        language,
        statements: result.manifest.counts,
        rulesVersion: result.manifest.rulesVersion,
        zipSha256: result.zip.sha256,
        files: result.manifest.files,
      });
      const done = workspace;
      // If removal fails, what stays is noise (its key is already zeroed); the next start removes it.
      const remove = () => void done.dispose().catch(() => undefined);
      return {
        fileName: result.fileName,
        sha256: result.zip.sha256,
        bytes: result.zip.bytes,
        open: () => zip.createReadStream().once('close', remove),
        discard: () => done.dispose(),
      };
    } catch (error) {
      await workspace?.dispose();
      const reason = error instanceof CertificateError ? 'certificate' : error instanceof DecryptionError ? 'wrong_key' : 'error';
      await this.audit.record(actor, 'export_failed', { initiative: slug, country: euCode, reason });
      if (error instanceof CertificateError) throw new DomainError([{ field: 'certificate', code: 'certificate' }]);
      if (error instanceof DecryptionError) throw new DomainError([{ field: 'keyFile', code: 'wrong_key' }]);
      throw error;
    } finally {
      keys.privateKey.fill(0);
    }
  }

  /**
   * Opens the key file with the passphrase and checks that it is this initiative's key. Refusals
   * are audited under the EU code (`EL`), as every other export entry.
   */
  private async openKey(actor: Actor, initiative: Initiative, euCode: string, credentials: ExportCredentials): Promise<OrganiserKeyPair> {
    const refuse = async (field: string, code: ErrorItemCode) => {
      await this.audit.record(actor, 'export_failed', { initiative: initiative.slug, country: euCode, reason: code });
      return new DomainError([{ field, code }]);
    };
    let keys: OrganiserKeyPair;
    try {
      keys = await decryptKeyFileAsync(credentials.keyFile, credentials.passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw await refuse('passphrase', 'wrong_passphrase');
      if (error instanceof KeyFileCostError) throw await refuse('keyFile', 'key_file_cost');
      if (error instanceof InvalidKeyFileError) throw await refuse('keyFile', 'format');
      throw error;
    }
    if (!initiative.publicKey || Buffer.compare(Buffer.from(initiative.publicKey), Buffer.from(keys.publicKey)) !== 0) {
      keys.privateKey.fill(0);
      throw await refuse('keyFile', 'wrong_key');
    }
    return keys;
  }

  private async *decrypted(initiative: Initiative, country: string, keys: OrganiserKeyPair): AsyncGenerator<ExportStatement> {
    for (let after: string | null = null; ; ) {
      const page = await this.rows.page(initiative.id, country, after, PAGE);
      if (page.length === 0) return;
      for (const row of page) {
        yield fromSealedPayload(openStatement(new Uint8Array(row.ciphertext), keys), row.channel, initiative.registrationNumber);
      }
      after = page[page.length - 1].id;
    }
  }
}
