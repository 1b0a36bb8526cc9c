import type { Writable } from 'node:stream';
import { RULES_VERSION, brusselsDay, validStatementDays } from '@eci/rules';
import { createWorkspace, FileSink, type Workspace } from './io';
import { buildManifest, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, serialiseManifest, signManifest, type ExportManifest } from './manifest/manifest';
import { exportFileNames, exportLanguages, memberStateInfo, memberStateRule } from './member-state';
import { signPdfFile } from './pdf/pades';
import { yieldToEventLoop } from './streams';
import { SIGNATURE_BYTES, StatementsPdfWriter } from './pdf/statements-pdf';
import { loadSigningIdentity } from './signing/certificate';
import { checkDeclaredCounts, StatementTally } from './statement-checks';
import type { CertificateInput, DeclaredCounts, ExportInitiative, ExportStatement } from './types';
import { SupportFormXmlWriter } from './xml/support-form-writer';
import { writeZip } from './zip/export-zip';

export interface ExportMemberStateOptions {
  readonly initiative: ExportInitiative;
  /** The Member State (ISO code or EU code; `EL` and `GR` both mean Greece). */
  readonly country: string;
  /**
   * Language of the PDF's texts: one of the Member State's official EU languages
   * (`officialLanguages` of @eci/rules); default its first. Anything else throws
   * `UnsupportedLanguageError` before anything is written.
   */
  readonly language?: string;
  /** Counted beforehand (see DeclaredCounts); checked against the statements received. */
  readonly counts: DeclaredCounts;
  /**
   * The statements of that Member State, one at a time (e.g. decrypted row by row from a
   * database cursor). Iterated exactly once; never collected.
   */
  readonly statements: AsyncIterable<ExportStatement> | Iterable<ExportStatement>;
  readonly certificate: CertificateInput;
  readonly createdAt: Date;
  /**
   * A directory for temporary files: a private subdirectory is created there and removed
   * afterwards. Its files are encrypted under keys held only in memory (see `WorkFile`).
   */
  readonly workDir: string;
  /** Receives the ZIP; nothing is written to it unless every statement was exported and signed. */
  readonly output: Writable;
  /**
   * Told where the export stands (no personal data): `reading` as statements are laid out (every
   * STATEMENTS_PER_TURN and at the end), then `pdf` (finishing and PAdES-signing the PDF),
   * `signing` (the manifest's signature) and `zipping`. `total` is the declared count of the
   * Member State's statements. A listener's error is the export's error.
   */
  readonly onProgress?: (progress: MemberStateExportProgress) => void;
}

/** The stages of `exportMemberState`, in order. */
export const MEMBER_STATE_EXPORT_STAGES = ['reading', 'pdf', 'signing', 'zipping'] as const;

export interface MemberStateExportProgress {
  readonly stage: (typeof MEMBER_STATE_EXPORT_STAGES)[number];
  /** Statements laid out so far. */
  readonly done: number;
  readonly total: number;
}

/**
 * Statements laid out between two turns of the event loop (~0.1 ms each): an export running in a
 * server leaves it free to answer other requests every few milliseconds.
 */
const STATEMENTS_PER_TURN = 50;

export interface MemberStateExport {
  /** Suggested name of the ZIP: `statements-{CC}.zip`. */
  readonly fileName: string;
  readonly manifest: ExportManifest;
  readonly zip: { readonly bytes: number; readonly sha256: string };
  readonly pdf: {
    readonly pages: number;
    /** Characters drawn as a box because no embedded font has them, every occurrence (the XML keeps them). */
    readonly missingGlyphs: number;
  };
}


/**
 * Exports the statements of support of one Member State as the ZIP for its competent
 * authority: `statements-{CC}.pdf` (Annex V cover + Annex III tables, PAdES-signed),
 * `statements-{CC}.xml` (OCS-style support form), `manifest.json` (counts and SHA-256 of the
 * files) and `manifest.json.p7s` (its detached CMS signature).
 *
 * One pass over the statements: PDF and XML are written to files as they come, so memory stays
 * bounded whatever their number; those files are encrypted under keys that exist only in this
 * process's memory, so nothing personal reaches the disk in clear, even if the process dies. The
 * cover page needs the counts first: the caller provides them, and the export fails (writing
 * nothing to `output`) if the statements do not match.
 */
export async function exportMemberState(options: ExportMemberStateOptions): Promise<MemberStateExport> {
  const rule = memberStateRule(options.country);
  const memberState = memberStateInfo(rule);
  const languages = exportLanguages(rule, options.language);
  checkDeclaredCounts(options.counts);
  const identity = loadSigningIdentity(options.certificate.p12, options.certificate.passphrase);
  await yieldToEventLoop(); // the steps before the first statement take tens of ms each
  const names = exportFileNames(rule);
  const { initiative, createdAt } = options;
  const total = options.counts.online + options.counts.paper;
  let laidOut = 0;
  const report = (stage: MemberStateExportProgress['stage']) => options.onProgress?.({ stage, done: laidOut, total });

  const workspace: Workspace = await createWorkspace(options.workDir);
  const pdfFile = workspace.file(names.pdf);
  const xmlFile = workspace.file(names.xml);
  let pdf: StatementsPdfWriter | undefined;
  let xmlSink: FileSink | undefined;
  const pdfOutput = pdfFile.createWriteStream();
  try {
    pdf = await StatementsPdfWriter.start(
      {
        rule,
        initiative,
        counts: options.counts,
        createdAt,
        createdOn: brusselsDay(createdAt),
        signerName: identity.signerName,
        fileName: names.pdf,
        xmlFileName: names.xml,
        ...languages,
        output: pdfOutput,
      },
      yieldToEventLoop,
    );
    xmlSink = new FileSink(xmlFile);
    const xml = new SupportFormXmlWriter(xmlSink);
    await xml.start({ initiative, memberState, rulesVersion: RULES_VERSION, createdAt });

    // Valid statements were given inside the period, up to the early closure day if the organisers closed early.
    const validDays = validStatementDays({ start: initiative.collectionStart, end: initiative.collectionEnd, closedEarlyOn: initiative.closedEarlyOn ?? null });
    const tally = new StatementTally(rule, validDays, options.counts.totalAllMemberStates);
    report('reading');
    for await (const item of options.statements) {
      const position = tally.add(item);
      pdf.addStatement(item, position);
      await xml.addSignature(item);
      await pdf.relieve();
      laidOut = position;
      if (position % STATEMENTS_PER_TURN === 0) {
        report('reading');
        await yieldToEventLoop();
      }
    }
    const counts = tally.assertMatches(options.counts);
    if (laidOut % STATEMENTS_PER_TURN !== 0) report('reading');
    report('pdf');

    await xml.end();
    const xmlWritten = await xmlSink.close();
    const written = await pdf.finish();
    await yieldToEventLoop();
    await signPdfFile(pdfFile, written.signatureOffset, SIGNATURE_BYTES, identity);
    const pdfWritten = await pdfFile.sha256();

    report('signing');
    const manifest = buildManifest({
      initiative,
      memberState,
      counts,
      rulesVersion: RULES_VERSION,
      statementRulesVersions: tally.statementRulesVersions(),
      createdAt,
      files: [
        { name: names.pdf, mediaType: 'application/pdf', ...pdfWritten },
        { name: names.xml, mediaType: 'application/xml', ...xmlWritten },
      ],
      signer: identity.certificate,
      signerName: identity.signerName,
    });
    const manifestBytes = serialiseManifest(manifest);
    const manifestSignature = signManifest(manifestBytes, identity, createdAt);

    report('zipping');
    const zip = await writeZip(
      [
        { name: names.pdf, open: () => pdfFile.createReadStream(), size: pdfWritten.bytes, compress: false },
        { name: names.xml, open: () => xmlFile.createReadStream(), size: xmlWritten.bytes, compress: true },
        { name: MANIFEST_FILE, data: manifestBytes, compress: true },
        { name: MANIFEST_SIGNATURE_FILE, data: manifestSignature, compress: false },
      ],
      options.output,
      createdAt,
    );
    return { fileName: names.zip, manifest, zip, pdf: { pages: written.pages, missingGlyphs: written.missingGlyphs } };
  } catch (error) {
    pdf?.abort();
    pdfOutput.destroy();
    xmlSink?.abort();
    throw error;
  } finally {
    await workspace.dispose();
  }
}
