import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { textIn, type CountryRule, type Language } from '@eci/rules';
import PDFDocument from 'pdfkit';
import { memberStateInfo } from '../member-state';
import { waitForDrain, yieldToEventLoop } from '../streams';
import type { DeclaredCounts, ExportInitiative, ExportStatement } from '../types';
import { COVER_PAGE, drawCoverPage } from './cover-page';
import { FONT_FILES, type FontName } from './fonts';
import { ContentBlock, GlyphFont } from './glyph-text';
import { exportTexts, type ExportTexts } from './layout-texts';
import { drawFooter, FOOTER_SIZE, type PageFonts } from './page-chrome';
import { PageTotal } from './page-total';
import { currentFont, internalsOf, type DocumentInternals, type ReferenceInternals } from './pdfkit-internals';
import { addSignaturePlaceholder } from './signature-placeholder';
import { StatementTable } from './statement-table';
import { columnSpecs } from './table-columns';
import { fill } from './texts';

/** Bytes reserved in the file for the CMS signature (a 4096-bit chain of three certificates fits). */
export const SIGNATURE_BYTES = 16_384;
/** pdfkit output waiting for the disk before the writer pauses. */
const BUFFER_LIMIT = 4 * 1024 * 1024;

export interface StatementsPdfOptions {
  readonly rule: CountryRule;
  readonly initiative: ExportInitiative;
  readonly counts: DeclaredCounts;
  readonly createdAt: Date;
  /** `YYYY-MM-DD` of `createdAt` in Brussels. */
  readonly createdOn: string;
  readonly signerName: string;
  readonly fileName: string;
  readonly xmlFileName: string;
  /**
   * The language of the fixed texts, one of the Member State's official languages; the
   * initiative's title is printed in the first of `titleLanguages` it is registered in (else
   * English, else as `textIn` picks).
   */
  readonly language: Language;
  readonly titleLanguages: readonly Language[];
  /** Where the PDF bytes go (a file: the signature is added in place afterwards). */
  readonly output: Writable;
}

export interface WrittenPdf {
  readonly pages: number;
  /** Byte offset of the signature dictionary (`n 0 obj`) in the file. */
  readonly signatureOffset: number;
  /** Characters that no embedded font could draw (counted, never logged). */
  readonly missingGlyphs: number;
}

type PdfkitDocument = PDFKit.PDFDocument & DocumentInternals & { initForm(): unknown; readableLength: number };

/**
 * Writes `statements-{CC}.pdf` as the statements arrive: the Annex V cover page first (with the
 * declared counts), then the Annex III tables, streaming every full page to `output`.
 */
export class StatementsPdfWriter {
  private readonly doc: PdfkitDocument;
  private readonly fonts: PageFonts;
  private readonly pageTotal: PageTotal;
  private readonly texts: ExportTexts;
  private readonly title: string;
  private table!: StatementTable;
  private signature!: ReferenceInternals;
  private pages = 0;
  private failure: Error | undefined;
  /** Characters of the cover page (drawn by pdfkit's own text layout) the fonts lack. */
  private coverMissingGlyphs = 0;

  /**
   * Starts the PDF: the document, its fonts and the Annex V cover page. The steps take tens of
   * milliseconds each; `pause` is awaited between them (a server lets its event loop run there).
   */
  static async start(options: StatementsPdfOptions, pause: () => Promise<void> = () => Promise.resolve()): Promise<StatementsPdfWriter> {
    const writer = new StatementsPdfWriter(options);
    await pause();
    await writer.drawCover(pause);
    return writer;
  }

  private constructor(private readonly options: StatementsPdfOptions) {
    const { initiative, rule, createdAt } = options;
    const memberState = memberStateInfo(rule);
    this.texts = exportTexts(options.language);
    this.title = textIn(initiative.title, options.titleLanguages).text;
    this.doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: false,
      pdfVersion: '1.7',
      lang: options.language,
      displayTitle: true,
      info: {
        Title: fill(this.texts.t.documentTitle, { number: initiative.registrationNumber, code: memberState.euCode }),
        Subject: this.title,
        Author: options.signerName,
        Creator: 'eci-collector statement exports',
        CreationDate: createdAt,
      },
    }) as PdfkitDocument;
    internalsOf(this.doc);
    options.output.on('error', (error: Error) => {
      this.failure = error;
    });
    this.doc.pipe(options.output);

    const glyphFont = (name: FontName): GlyphFont => {
      this.doc.registerFont(name, FONT_FILES[name]);
      this.doc.font(name);
      return new GlyphFont(currentFont(this.doc));
    };
    this.fonts = { regular: glyphFont('regular'), bold: glyphFont('bold'), mono: glyphFont('mono') };
    this.doc.font('regular');
    this.pageTotal = new PageTotal(this.doc, this.fonts.regular, FOOTER_SIZE);
  }

  private async drawCover(pause: () => Promise<void>): Promise<void> {
    const { options } = this;
    const { initiative, rule, createdAt } = options;
    const memberState = memberStateInfo(rule);
    const { t } = this.texts;
    const footerText = fill(t.footer, { file: options.fileName, number: initiative.registrationNumber, date: options.createdOn });

    this.doc.addPage({ size: 'A4', layout: 'portrait', margin: COVER_PAGE.margin });
    await drawCoverPage(
      this.doc,
      {
        initiative,
        memberState,
        counts: options.counts,
        createdOn: options.createdOn,
        signerName: options.signerName,
        xmlFileName: options.xmlFileName,
        texts: this.texts,
        title: this.title,
      },
      pause,
    );
    const coverTexts = [this.title, initiative.registerUrl, options.signerName, ...initiative.organisers.filter((o) => o.role !== 'member').flatMap((o) => [o.name, o.email ?? ''])];
    this.coverMissingGlyphs = coverTexts.reduce((sum, text) => sum + this.fonts.bold.countMissing(text), 0);
    this.signature = addSignaturePlaceholder(this.doc, this.doc.page, {
      signatureBytes: SIGNATURE_BYTES,
      signerName: options.signerName,
      reason: t.signatureReason,
      signingTime: createdAt,
    });
    const cover = new ContentBlock(COVER_PAGE.height);
    drawFooter(cover, COVER_PAGE, this.fonts, this.pageTotal, this.nextPageNumber(), footerText);
    for (const font of cover.fonts) this.doc.page.fonts[font.id] = font.ref();
    this.doc.addContent(cover.toContent());

    this.table = new StatementTable(
      {
        doc: this.doc,
        fonts: this.fonts,
        pageTotal: this.pageTotal,
        title: fill(t.tableTitle, { state: this.texts.countryName(memberState.isoCode), code: memberState.euCode, part: memberState.part }),
        registrationNumber: initiative.registrationNumber,
        initiativeTitle: this.title,
        footerText,
        texts: t,
        nextPageNumber: () => this.nextPageNumber(),
      },
      columnSpecs(rule, t),
    );
  }

  addStatement(item: ExportStatement, position: number): void {
    this.table.addRow(item, position);
  }

  /** Waits while the disk is behind (bounded memory whatever the number of statements). */
  async relieve(): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.options.output.writableNeedDrain) await waitForDrain(this.options.output);
      else if (this.doc.readableLength > BUFFER_LIMIT) await yieldToEventLoop();
      else return;
    }
  }

  async finish(): Promise<WrittenPdf> {
    this.table.finish();
    this.pageTotal.finish(this.pages);
    this.doc.end();
    await finished(this.options.output);
    if (this.failure) throw this.failure;
    const offset = this.signature.offset;
    if (offset === undefined) throw new Error('pdfkit did not record the signature dictionary offset');
    const fonts = Object.values(this.fonts) as GlyphFont[];
    const missingGlyphs = fonts.reduce((sum, font) => sum + font.missingGlyphs, this.coverMissingGlyphs);
    return { pages: this.pages, signatureOffset: offset, missingGlyphs };
  }

  /** Stops writing after a failure elsewhere. */
  abort(): void {
    this.doc.unpipe(this.options.output);
    this.options.output.destroy();
  }

  private nextPageNumber(): number {
    this.pages += 1;
    return this.pages;
  }
}
