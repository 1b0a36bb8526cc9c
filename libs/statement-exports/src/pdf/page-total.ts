import { ContentBlock, GlyphFont } from './glyph-text';
import type { DocumentInternals, ReferenceInternals } from './pdfkit-internals';

export const PAGE_TOTAL_XOBJECT = 'EciPageTotal';

/**
 * The "N" of "n / N". Pages are streamed out as they fill, before the number of pages is
 * known, so every page draws one shared Form XObject whose content, the total, is written
 * once at the end. No page has to stay in memory and no second pass is needed.
 */
export class PageTotal {
  private readonly ref: ReferenceInternals;

  constructor(
    private readonly doc: DocumentInternals,
    private readonly font: GlyphFont,
    private readonly size: number,
  ) {
    this.ref = doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, -size, size * 6, size * 1.5],
      Resources: { Font: { [font.id]: font.ref() } },
    });
  }

  /** Draws the total with its baseline origin at (x, baseline) on the current page. */
  drawOn(block: ContentBlock, x: number, baselineTop: number): void {
    this.doc.page.xobjects[PAGE_TOTAL_XOBJECT] = this.ref;
    block.xobject(PAGE_TOTAL_XOBJECT, x, baselineTop);
  }

  /** Writes the total; call before the document ends (the glyphs must enter the font subset). */
  finish(total: number): void {
    this.ref.end(`BT 0.25 g /${this.font.id} ${this.size} Tf 0 0 Td <${this.font.encode(String(total))}> Tj ET`);
  }
}
