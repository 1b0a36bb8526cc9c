import { textIn } from '@eci/rules';
import { createHash, type X509Certificate } from 'node:crypto';
import type { SigningIdentity } from '../signing/certificate';
import { createDetachedSignature, verifyDetachedSignature } from '../signing/cms';
import type { ExportCounts, ExportInitiative, MemberStateInfo } from '../types';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SIGNATURE_FILE = 'manifest.json.p7s';
export const MANIFEST_FORMAT = 'eci-collector/member-state-export';

export interface ManifestFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** `manifest.json`: what the ZIP holds, for whom, how many statements, and each file's SHA-256. */
export interface ExportManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly formatVersion: 1;
  readonly initiative: {
    readonly registrationNumber: string;
    readonly registrationDate: string;
    readonly title: string;
  };
  readonly memberState: {
    /** EU code (Greece = EL). */
    readonly code: string;
    readonly isoCode: string;
    readonly name: string;
    readonly annexIIIPart: 'A' | 'B';
  };
  readonly counts: ExportCounts;
  /** Rule pack of the exporter (layout, document names). */
  readonly rulesVersion: string;
  /** Rule packs the statements were validated with at signing time. */
  readonly statementRulesVersions: readonly string[];
  readonly createdAt: string;
  readonly files: readonly ManifestFile[];
  readonly signature: {
    readonly file: typeof MANIFEST_SIGNATURE_FILE;
    readonly format: 'CMS SignedData (RFC 5652), detached, SHA-256, DER';
    readonly signer: string;
    /** SHA-256 fingerprint of the signing certificate (hex, upper case, colon-separated). */
    readonly certificateSha256: string;
  };
}

export interface ManifestInput {
  readonly initiative: ExportInitiative;
  readonly memberState: MemberStateInfo;
  readonly counts: ExportCounts;
  readonly rulesVersion: string;
  readonly statementRulesVersions: readonly string[];
  readonly createdAt: Date;
  readonly files: readonly ManifestFile[];
  readonly signer: X509Certificate;
  readonly signerName: string;
}

export function buildManifest(input: ManifestInput): ExportManifest {
  return {
    format: MANIFEST_FORMAT,
    formatVersion: 1,
    initiative: {
      registrationNumber: input.initiative.registrationNumber,
      registrationDate: input.initiative.registrationDate,
      title: textIn(input.initiative.title, ['en']).text,
    },
    memberState: {
      code: input.memberState.euCode,
      isoCode: input.memberState.isoCode,
      name: input.memberState.name,
      annexIIIPart: input.memberState.part,
    },
    counts: input.counts,
    rulesVersion: input.rulesVersion,
    statementRulesVersions: input.statementRulesVersions,
    createdAt: input.createdAt.toISOString(),
    files: input.files,
    signature: {
      file: MANIFEST_SIGNATURE_FILE,
      format: 'CMS SignedData (RFC 5652), detached, SHA-256, DER',
      signer: input.signerName,
      certificateSha256: input.signer.fingerprint256,
    },
  };
}

/** The exact bytes that are hashed, signed and zipped. */
export function serialiseManifest(manifest: ExportManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** `manifest.json.p7s`: a detached CMS signature over the manifest bytes, with signing time. */
export function signManifest(manifestBytes: Uint8Array, identity: SigningIdentity, signingTime: Date): Buffer {
  const digest = createHash('sha256').update(manifestBytes).digest();
  return createDetachedSignature({ digest, identity, signingTime });
}

/** A file's content, whole or as a stream of chunks (a Node readable stream is one). */
export type FileContent = Uint8Array | AsyncIterable<Uint8Array>;

export interface ManifestVerification {
  /** The signature is valid and every file given matches its hash and size. */
  readonly valid: boolean;
  readonly problems: readonly string[];
  readonly manifest?: ExportManifest;
  /** The certificate that signed the manifest: check it against the organisers' certificate. */
  readonly signer?: X509Certificate;
  readonly signingTime?: Date;
}

async function digestOf(content: FileContent): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = content instanceof Uint8Array ? [content] : content;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function parseManifest(bytes: Uint8Array): ExportManifest {
  const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== MANIFEST_FORMAT) {
    throw new Error('Not an export manifest');
  }
  const files = (value as { files?: unknown }).files;
  if (!Array.isArray(files)) throw new Error('The manifest lists no files');
  return value as ExportManifest;
}

/**
 * Verifies `manifest.json` with its detached signature and, for each file given by name, its
 * SHA-256 and size. Every file the manifest lists must be given unless `requireAllFiles` is false.
 * Whether the signer is the organisers' certificate is the caller's decision: compare `signer`.
 */
export async function verifyManifest(options: {
  readonly manifest: Uint8Array;
  readonly signature: Uint8Array;
  readonly files?: Readonly<Record<string, FileContent>>;
  readonly requireAllFiles?: boolean;
}): Promise<ManifestVerification> {
  const problems: string[] = [];
  const check = verifyDetachedSignature(options.signature, createHash('sha256').update(options.manifest).digest());
  problems.push(...check.problems.map((problem) => `${MANIFEST_SIGNATURE_FILE}: ${problem}`));
  let manifest: ExportManifest;
  try {
    manifest = parseManifest(options.manifest);
  } catch (error) {
    problems.push(`${MANIFEST_FILE}: ${error instanceof Error ? error.message : String(error)}`);
    return { valid: false, problems };
  }
  if (check.certificate && manifest.signature?.certificateSha256 !== check.certificate.fingerprint256) {
    problems.push(`${MANIFEST_FILE}: names another signing certificate than the one that signed it`);
  }
  const files = options.files ?? {};
  const listed = new Set(manifest.files.map((file) => file.name));
  for (const name of Object.keys(files)) if (!listed.has(name)) problems.push(`${name}: not listed in the manifest`);
  for (const entry of manifest.files) {
    const content = files[entry.name];
    if (content === undefined) {
      if (options.requireAllFiles !== false) problems.push(`${entry.name}: missing`);
      continue;
    }
    const actual = await digestOf(content);
    if (actual.sha256 !== entry.sha256 || actual.bytes !== entry.bytes) problems.push(`${entry.name}: does not match its SHA-256 in the manifest`);
  }
  return {
    valid: problems.length === 0,
    problems,
    manifest,
    ...(check.certificate ? { signer: check.certificate } : {}),
    ...(check.signingTime ? { signingTime: check.signingTime } : {}),
  };
}
