import type { EmbeddedFontInternals } from './pdfkit-internals';

interface GlyphEntry {
  /** Subset glyph id as 4 hex digits (pdfkit embeds fonts as Identity-H CID fonts). */
  readonly hex: string;
  /** Advance width in 1/1000 em. */
  readonly width: number;
  readonly missing: boolean;
}

/** Two decimals are plenty for positions in points. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Encodes text for one embedded font without text shaping: one glyph per code point (after NFC),
 * no kerning or ligatures. That is what table cells of names and numbers need, it keeps memory
 * flat (one cache entry per distinct character) and it is several times faster than pdfkit's
 * layout. Glyphs are registered in pdfkit's subset, widths and ToUnicode map exactly as pdfkit
 * does, so the embedded font and text extraction stay correct.
 */
export class GlyphFont {
  private readonly glyphs = new Map<number, GlyphEntry>();
  private readonly scale: number;
  /** Characters the font has no glyph for (drawn as the .notdef box). */
  missingGlyphs = 0;

  constructor(private readonly font: EmbeddedFontInternals) {
    this.scale = 1000 / font.font.unitsPerEm;
  }

  get id(): string {
    return this.font.id;
  }

  /** The pdfkit font dictionary reference (for page and XObject resources). */
  ref(): object {
    return this.font.ref();
  }

  /** Baseline offset below the top of a line, in points. */
  ascent(size: number): number {
    return (this.font.ascender / 1000) * size;
  }

  /** How many characters of `text` this font cannot draw (without registering any glyph). */
  countMissing(text: string): number {
    let missing = 0;
    for (const char of text.normalize('NFC')) if (!this.font.font.hasGlyphForCodePoint(char.codePointAt(0) as number)) missing += 1;
    return missing;
  }

  widthOf(text: string, size: number): number {
    let width = 0;
    for (const char of text.normalize('NFC')) width += this.entry(char.codePointAt(0) as number).width;
    return (width / 1000) * size;
  }

  /** The glyphs of `text` as a PDF hex string body. */
  encode(text: string): string {
    let hex = '';
    for (const char of text.normalize('NFC')) {
      const entry = this.entry(char.codePointAt(0) as number);
      if (entry.missing) this.missingGlyphs += 1;
      hex += entry.hex;
    }
    return hex;
  }

  private entry(codePoint: number): GlyphEntry {
    let entry = this.glyphs.get(codePoint);
    if (!entry) {
      const missing = !this.font.font.hasGlyphForCodePoint(codePoint);
      const glyph = this.font.font.glyphForCodePoint(codePoint);
      const gid = this.font.subset.includeGlyph(glyph.id);
      const width = glyph.advanceWidth * this.scale;
      if (this.font.widths[gid] == null) this.font.widths[gid] = width;
      if (this.font.unicode[gid] == null) this.font.unicode[gid] = [codePoint];
      entry = { hex: gid.toString(16).padStart(4, '0'), width, missing };
      this.glyphs.set(codePoint, entry);
    }
    return entry;
  }
}

/**
 * PDF content operators for one block, in standard PDF coordinates (origin bottom left). pdfkit
 * leaves the page's coordinate system flipped, so `toContent` wraps the block in a `q … Q` that
 * flips it back and isolates every state change.
 */
export class ContentBlock {
  private readonly ops: string[] = [];
  readonly fonts = new Set<GlyphFont>();

  constructor(private readonly pageHeight: number) {}

  /** Text with its baseline at `yTop` + ascent (y measured from the top of the page). */
  text(font: GlyphFont, size: number, x: number, yTop: number, text: string, gray = 0): this {
    if (text === '') return this;
    this.fonts.add(font);
    const baseline = this.pageHeight - yTop - font.ascent(size);
    this.ops.push(`BT ${num(gray)} g /${font.id} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(baseline)} Tm <${font.encode(text)}> Tj ET`);
    return this;
  }

  /** Right-aligned text ending at `xRight`. */
  textRight(font: GlyphFont, size: number, xRight: number, yTop: number, text: string, gray = 0): this {
    return this.text(font, size, xRight - font.widthOf(text, size), yTop, text, gray);
  }

  line(x1: number, y1Top: number, x2: number, y2Top: number, width: number, gray: number): this {
    const h = this.pageHeight;
    this.ops.push(`${num(gray)} G ${num(width)} w ${num(x1)} ${num(h - y1Top)} m ${num(x2)} ${num(h - y2Top)} l S`);
    return this;
  }

  fillRect(x: number, yTop: number, width: number, height: number, gray: number): this {
    this.ops.push(`${num(gray)} g ${num(x)} ${num(this.pageHeight - yTop - height)} ${num(width)} ${num(height)} re f`);
    return this;
  }

  /** Draws a Form XObject (registered on the page under `name`) with its origin at the baseline. */
  xobject(name: string, x: number, baselineTop: number): this {
    this.ops.push(`q 1 0 0 1 ${num(x)} ${num(this.pageHeight - baselineTop)} cm /${name} Do Q`);
    return this;
  }

  get isEmpty(): boolean {
    return this.ops.length === 0;
  }

  toContent(): string {
    return `q 1 0 0 -1 0 ${num(this.pageHeight)} cm\n${this.ops.join('\n')}\nQ`;
  }
}
