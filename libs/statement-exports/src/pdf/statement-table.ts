import type { ExportStatement } from '../types';
import { ContentBlock, type GlyphFont } from './glyph-text';
import { A4, drawFooter, type PageFonts } from './page-chrome';
import type { PageTotal } from './page-total';
import type { DocumentInternals } from './pdfkit-internals';
import { wrapText } from './wrap';
import { layoutColumns, type CellFont, type ColumnSpec, type TableColumn } from './table-columns';
import type { LayoutTexts } from './texts';

/** Landscape A4 geometry and type sizes of the statement tables (points). */
const PAGE = { width: A4.long, height: A4.short, margin: 28 } as const;
const TITLE_SIZE = 10.5;
const SUBTITLE_SIZE = 7.5;
const HEADING_SIZE = 6.8;
const HEADING_LINE = 8.2;
const BODY_SIZE = 7.5;
const MONO_SIZE = 6.8;
const BODY_LINE = 9;
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2.6;
const TABLE_TOP = 58;
const TABLE_BOTTOM = PAGE.height - PAGE.margin - 6;
const RULE_GRAY = 0.72;

export interface TablePageContext {
  readonly doc: DocumentInternals & { addPage(options: object): unknown; addContent(content: string): unknown };
  readonly fonts: PageFonts;
  readonly pageTotal: PageTotal;
  /** Title line, e.g. "Statements of support — Poland (PL) — Annex III, Part B". */
  readonly title: string;
  readonly registrationNumber: string;
  readonly initiativeTitle: string;
  readonly footerText: string;
  /** The fixed texts in the authority's language (column headings, "no statements"). */
  readonly texts: LayoutTexts;
  /** Called for every new page; returns its number. */
  readonly nextPageNumber: () => number;
}

/** Cuts `text` to fit `width`, ending with an ellipsis when shortened. */
function fitOneLine(font: GlyphFont, size: number, text: string, width: number): string {
  if (font.widthOf(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && font.widthOf(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * The statement tables in the Annex III layout: one row per statement, cells wrapped within
 * their column, the title and column headings repeated on every page. Pages are written out as
 * soon as they are full (pdfkit is not buffering pages), so memory does not grow with the rows.
 */
export class StatementTable {
  private readonly columns: readonly TableColumn[];
  private readonly headingLines: readonly (readonly string[])[];
  private readonly headingHeight: number;
  private block: ContentBlock | undefined;
  private y = 0;

  constructor(
    private readonly context: TablePageContext,
    specs: readonly ColumnSpec[],
  ) {
    const { fonts } = context;
    this.columns = layoutColumns(specs, context.texts.columns, PAGE.margin, PAGE.width - 2 * PAGE.margin, {
      valueWidth: (font, text) => this.fontOf(font).widthOf(text, this.sizeOf(font)),
      headingWidth: (text) => Math.max(...text.split(' ').map((word) => fonts.bold.widthOf(word, HEADING_SIZE))),
      cellPadding: CELL_PAD_X,
    });
    this.headingLines = this.columns.map((column) =>
      wrapText(column.heading, column.width - 2 * CELL_PAD_X, (text) => fonts.bold.widthOf(text, HEADING_SIZE)),
    );
    this.headingHeight = Math.max(...this.headingLines.map((lines) => lines.length)) * HEADING_LINE + 2 * CELL_PAD_Y;
  }

  addRow(item: ExportStatement, position: number): void {
    const cells = this.columns.map((column) => {
      const font = this.fontOf(column.font);
      const size = this.sizeOf(column.font);
      return wrapText(column.value(item, position), column.width - 2 * CELL_PAD_X, (text) => font.widthOf(text, size));
    });
    const height = Math.max(...cells.map((lines) => lines.length)) * BODY_LINE + 2 * CELL_PAD_Y;
    const block = !this.block || this.y + height > TABLE_BOTTOM ? this.startPage() : this.block;
    this.columns.forEach((column, i) => {
      const font = this.fontOf(column.font);
      const size = this.sizeOf(column.font);
      // Mono text is smaller: centre it on the body line.
      const shift = (BODY_LINE - size * 1.2) / 2;
      (cells[i] as string[]).forEach((line, n) => {
        block.text(font, size, column.x + CELL_PAD_X, this.y + CELL_PAD_Y + n * BODY_LINE + shift, line);
      });
    });
    this.y += height;
    block.line(PAGE.margin, this.y, PAGE.width - PAGE.margin, this.y, 0.3, RULE_GRAY);
  }

  /** Ends the last page (with a note when there were no statements at all). */
  finish(): void {
    if (!this.block) {
      const block = this.startPage();
      block.text(this.context.fonts.regular, BODY_SIZE, PAGE.margin + CELL_PAD_X, this.y + 6, this.context.texts.noStatements);
      this.y += 20;
    }
    this.endPage();
  }

  private fontOf(font: CellFont): GlyphFont {
    return font === 'mono' ? this.context.fonts.mono : this.context.fonts.regular;
  }

  private sizeOf(font: CellFont): number {
    return font === 'mono' ? MONO_SIZE : BODY_SIZE;
  }

  private startPage(): ContentBlock {
    this.endPage();
    const { doc, fonts } = this.context;
    doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    const block = new ContentBlock(PAGE.height);
    this.block = block;
    const right = PAGE.width - PAGE.margin;
    const numberWidth = fonts.bold.widthOf(this.context.registrationNumber, TITLE_SIZE);
    block.text(fonts.bold, TITLE_SIZE, PAGE.margin, PAGE.margin - 6, fitOneLine(fonts.bold, TITLE_SIZE, this.context.title, right - PAGE.margin - numberWidth - 20));
    block.textRight(fonts.bold, TITLE_SIZE, right, PAGE.margin - 6, this.context.registrationNumber);
    block.text(fonts.regular, SUBTITLE_SIZE, PAGE.margin, PAGE.margin + 9, fitOneLine(fonts.regular, SUBTITLE_SIZE, this.context.initiativeTitle, right - PAGE.margin), 0.3);

    block.fillRect(PAGE.margin, TABLE_TOP, right - PAGE.margin, this.headingHeight, 0.9);
    this.columns.forEach((column, i) => {
      (this.headingLines[i] as string[]).forEach((line, n) => {
        block.text(fonts.bold, HEADING_SIZE, column.x + CELL_PAD_X, TABLE_TOP + CELL_PAD_Y + n * HEADING_LINE, line);
      });
    });
    this.y = TABLE_TOP + this.headingHeight;
    block.line(PAGE.margin, this.y, right, this.y, 0.6, 0.35);
    return block;
  }

  private endPage(): void {
    const block = this.block;
    if (!block) return;
    const right = PAGE.width - PAGE.margin;
    // Column rules and the frame, now that the height of the page's rows is known.
    for (const column of this.columns.slice(1)) block.line(column.x, TABLE_TOP, column.x, this.y, 0.3, RULE_GRAY);
    block.line(PAGE.margin, TABLE_TOP, right, TABLE_TOP, 0.6, 0.35);
    block.line(PAGE.margin, TABLE_TOP, PAGE.margin, this.y, 0.6, 0.35);
    block.line(right, TABLE_TOP, right, this.y, 0.6, 0.35);
    block.line(PAGE.margin, this.y, right, this.y, 0.6, 0.35);
    drawFooter(block, PAGE, this.context.fonts, this.context.pageTotal, this.context.nextPageNumber(), this.context.footerText);
    this.flush(block);
    this.block = undefined;
  }

  private flush(block: ContentBlock): void {
    const { doc } = this.context;
    for (const font of block.fonts) doc.page.fonts[font.id] = font.ref();
    doc.addContent(block.toContent());
  }
}
