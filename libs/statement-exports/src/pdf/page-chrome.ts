import { ContentBlock, type GlyphFont } from './glyph-text';
import type { PageTotal } from './page-total';

export const FOOTER_SIZE = 7;

export interface PageFonts {
  readonly regular: GlyphFont;
  readonly bold: GlyphFont;
  readonly mono: GlyphFont;
}

/** A4 in points. */
export const A4 = { short: 595.28, long: 841.89 } as const;

/**
 * The footer of every page: file, registration number and creation date on the left, "n / N"
 * on the right (N drawn by the shared page-total XObject).
 */
export function drawFooter(
  block: ContentBlock,
  page: { readonly width: number; readonly height: number; readonly margin: number },
  fonts: PageFonts,
  pageTotal: PageTotal,
  pageNumber: number,
  leftText: string,
): void {
  const top = page.height - page.margin + 8;
  const right = page.width - page.margin;
  block.line(page.margin, top - 4, right, top - 4, 0.4, 0.6);
  block.text(fonts.regular, FOOTER_SIZE, page.margin, top, leftText, 0.25);
  // Room for a five-digit total after "n / ".
  const totalX = right - fonts.regular.widthOf('88888', FOOTER_SIZE);
  block.textRight(fonts.regular, FOOTER_SIZE, totalX, top, `${pageNumber} / `, 0.25);
  pageTotal.drawOn(block, totalX, top + fonts.regular.ascent(FOOTER_SIZE));
}
