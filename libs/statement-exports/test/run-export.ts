import { Writable } from 'node:stream';
import { exportMemberState, makeSelfSignedCertificate, type MemberStateExport, type MemberStateExportProgress } from '../src';
import type { DeclaredCounts, ExportInitiative, ExportStatement } from '../src/types';
import { CREATED_AT, INITIATIVE, countsOf, streamOf } from './fixtures';
import { makeTempDir, readdirSync, removeDir } from './files';
import { readZip } from './zip-reader';

export const CERTIFICATE = makeSelfSignedCertificate({
  commonName: 'Clean Rivers Organisers (demo)',
  organisation: 'Clean Rivers citizens’ committee',
  country: 'BE',
  passphrase: 'demo passphrase',
  notBefore: new Date('2027-01-01T00:00:00Z'),
  validDays: 730,
});

/** Collects what is written to it (the tests' ZIPs are small). */
export class MemoryWritable extends Writable {
  readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface ExportRun {
  readonly result: MemberStateExport;
  readonly zip: Buffer;
  readonly entries: Map<string, Buffer>;
  /** Files left in the work directory after the export (must be none). */
  readonly leftovers: string[];
}

export async function runExport(
  country: string,
  statements: readonly ExportStatement[],
  options: { counts?: DeclaredCounts; initiative?: ExportInitiative; language?: string; onProgress?: (progress: MemberStateExportProgress) => void; output?: MemoryWritable } = {},
): Promise<ExportRun> {
  const workDir = makeTempDir();
  const output = options.output ?? new MemoryWritable();
  try {
    const result = await exportMemberState({
      initiative: options.initiative ?? INITIATIVE,
      country,
      language: options.language,
      counts: options.counts ?? countsOf(statements),
      statements: streamOf(statements),
      certificate: { p12: CERTIFICATE.p12, passphrase: CERTIFICATE.passphrase },
      createdAt: CREATED_AT,
      workDir,
      output,
      onProgress: options.onProgress,
    });
    const zip = output.bytes;
    return { result, zip, entries: readZip(zip), leftovers: readdirSync(workDir) };
  } finally {
    removeDir(workDir);
  }
}

/** Runs an export that must fail; returns the error, the bytes written and the leftovers. */
export async function runFailingExport(
  country: string,
  statements: readonly ExportStatement[],
  counts: DeclaredCounts,
  options: { initiative?: ExportInitiative } = {},
): Promise<{ error: unknown; written: number; leftovers: string[] }> {
  const workDir = makeTempDir();
  const output = new MemoryWritable();
  try {
    await exportMemberState({
      initiative: options.initiative ?? INITIATIVE,
      country,
      counts,
      statements: streamOf(statements),
      certificate: { p12: CERTIFICATE.p12, passphrase: CERTIFICATE.passphrase },
      createdAt: CREATED_AT,
      workDir,
      output,
    });
    return { error: undefined, written: output.bytes.length, leftovers: readdirSync(workDir) };
  } catch (error) {
    return { error, written: output.bytes.length, leftovers: readdirSync(workDir) };
  } finally {
    removeDir(workDir);
  }
}
