import { createReadStream, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { getCountryRule } from '@eci/rules';
import { DecryptionError, decryptKeyFile, InvalidKeyFileError, openStatement, WrongPassphraseError, type OrganiserKeyPair } from '@eci/statement-crypto';
import {
  CertificateError,
  exportMemberState,
  fromSealedPayload,
  type ExportStatement,
  type SealedStatementPayload,
} from '@eci/statement-exports';
import { AuditService, type Actor } from '../audit/audit.service';
import { CLOCK, type Clock } from '../clock/clock';
import { ApiError, type ErrorItemCode } from '../errors/api-error';
import type { Initiative } from '../initiatives/initiative';
import { InitiativesService } from '../initiatives/initiatives.service';
import { EXPORT_ROWS_REPOSITORY, type ExportRowsRepository } from './export-rows.repository';

export interface ExportCredentials {
  keyFile: unknown;
  passphrase: string;
  certificate: Uint8Array;
  certificatePassphrase: string;
}

export interface FinishedExport {
  fileName: string;
  sha256: string;
  bytes: number;
  /** The ZIP; its temporary directory is removed when the stream closes. */
  open(): Readable;
  discard(): void;
}

const PAGE = 500;

/**
 * Certified exports for a member state's authority. The organisers' private key is opened in
 * memory for this one export and dropped afterwards; the statements are decrypted row by row from
 * a keyset-paged query and streamed into the export library, so memory stays bounded. The ZIP is
 * written to a private temporary directory and handed out only when complete. Every export and
 * every failed attempt is audited.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly initiatives: InitiativesService,
    @Inject(EXPORT_ROWS_REPOSITORY) private readonly rows: ExportRowsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async exportCountry(actor: Actor, slug: string, country: string, credentials: ExportCredentials): Promise<FinishedExport> {
    const initiative = await this.initiatives.getBySlug(slug);
    const rule = getCountryRule(country);
    if (!rule) throw ApiError.notFound('unknown_country', 'country');
    const keys = await this.openKey(actor, initiative, rule.code, credentials);
    const counts = await this.rows.countByChannel(initiative.id, rule.code);
    const workDir = mkdtempSync(join(tmpdir(), 'eci-export-'));
    const zipPath = join(workDir, `statements-${rule.euCode}.zip`);
    const output = createWriteStream(zipPath, { fd: openSync(zipPath, 'w', 0o600) });
    try {
      const result = await exportMemberState({
        initiative,
        country: rule.code,
        counts,
        statements: this.decrypted(initiative, rule.code, keys),
        certificate: { p12: credentials.certificate, passphrase: credentials.certificatePassphrase },
        createdAt: this.clock.now(),
        workDir,
        output,
      });
      await new Promise<void>((resolve, reject) => (output.closed ? resolve() : output.once('close', resolve).once('error', reject)));
      await this.audit.record(actor, 'export', {
        initiative: slug,
        country: rule.euCode,
        statements: result.manifest.counts,
        rulesVersion: result.manifest.rulesVersion,
        zipSha256: result.zip.sha256,
        files: result.manifest.files,
      });
      return {
        fileName: result.fileName,
        sha256: result.zip.sha256,
        bytes: result.zip.bytes,
        open: () => createReadStream(zipPath).once('close', () => rmSync(workDir, { recursive: true, force: true })),
        discard: () => rmSync(workDir, { recursive: true, force: true }),
      };
    } catch (error) {
      output.destroy();
      rmSync(workDir, { recursive: true, force: true });
      const reason = error instanceof CertificateError ? 'certificate' : error instanceof DecryptionError ? 'wrong_key' : 'error';
      await this.audit.record(actor, 'export_failed', { initiative: slug, country: rule.euCode, reason });
      if (error instanceof CertificateError) throw ApiError.unprocessable([{ field: 'certificate', code: 'certificate' }]);
      if (error instanceof DecryptionError) throw ApiError.unprocessable([{ field: 'keyFile', code: 'wrong_key' }]);
      throw error;
    } finally {
      keys.privateKey.fill(0);
    }
  }

  /** Opens the key file with the passphrase and checks that it is this initiative's key. */
  private async openKey(actor: Actor, initiative: Initiative, country: string, credentials: ExportCredentials): Promise<OrganiserKeyPair> {
    const refuse = async (field: string, code: ErrorItemCode) => {
      await this.audit.record(actor, 'export_failed', { initiative: initiative.slug, country, reason: code });
      return ApiError.unprocessable([{ field, code }]);
    };
    let keys: OrganiserKeyPair;
    try {
      keys = decryptKeyFile(credentials.keyFile, credentials.passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw await refuse('passphrase', 'wrong_passphrase');
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
        yield fromSealedPayload(openStatement<SealedStatementPayload>(new Uint8Array(row.ciphertext), keys), row.channel, initiative.registrationNumber);
      }
      after = page[page.length - 1].id;
    }
  }
}
