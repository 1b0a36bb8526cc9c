/*
 * The few pdfkit (0.20) internals this library relies on, typed narrowly and checked at run
 * time so that a pdfkit upgrade that changes them fails loudly instead of producing a broken
 * file. They are needed for: fast glyph encoding of table cells (pdfkit's text layout keeps a
 * per-word cache that grows with every distinct value and is ~5x slower), the deferred page
 * total, the signature field, and the position of the signature dictionary in the file.
 */

export interface FontkitGlyph {
  readonly id: number;
  readonly advanceWidth: number;
}

export interface FontkitFont {
  readonly unitsPerEm: number;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** pdfkit's EmbeddedFont. */
export interface EmbeddedFontInternals {
  /** Resource name, e.g. `F1`. */
  readonly id: string;
  readonly font: FontkitFont;
  readonly subset: { includeGlyph(glyphId: number): number };
  /** Advance widths per subset glyph id, in 1/1000 em (the PDF /W array). */
  readonly widths: number[];
  /** Code points per subset glyph id (the ToUnicode map, which text extraction uses). */
  readonly unicode: (readonly number[])[];
  /** In 1/1000 em. */
  readonly ascender: number;
  ref(): object;
}

/** pdfkit's PDFReference: an indirect object. */
export interface ReferenceInternals {
  readonly id: number;
  readonly data: Record<string, unknown>;
  /** Byte offset of `n 0 obj` in the output, set when the object is written. */
  readonly offset?: number;
  write(chunk: string): void;
  end(chunk?: string): void;
}

export interface PageInternals {
  readonly width: number;
  readonly height: number;
  readonly fonts: Record<string, unknown>;
  readonly xobjects: Record<string, unknown>;
  readonly annotations: unknown[];
  readonly dictionary: ReferenceInternals;
}

export interface DocumentInternals {
  readonly _font: EmbeddedFontInternals;
  readonly _root: ReferenceInternals;
  readonly page: PageInternals;
  ref(data?: Record<string, unknown>): ReferenceInternals;
}

function fail(what: string): never {
  throw new Error(`Unsupported pdfkit version: ${what} not found`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The internals of a document, after checking that they look as expected. */
export function internalsOf(doc: PDFKit.PDFDocument): DocumentInternals {
  const view = doc as unknown as DocumentInternals;
  if (!isObject(view._root) || !isObject(view._root.data)) fail('document catalog');
  if (typeof view.ref !== 'function') fail('doc.ref()');
  return view;
}

/** The current font as an embedded font (a TTF registered with registerFont). */
export function currentFont(doc: PDFKit.PDFDocument): EmbeddedFontInternals {
  const font = internalsOf(doc)._font as unknown;
  if (!isObject(font)) return fail('current font');
  const candidate = font as unknown as EmbeddedFontInternals;
  if (
    typeof candidate.id !== 'string' ||
    !isObject(candidate.subset) ||
    typeof candidate.subset.includeGlyph !== 'function' ||
    !Array.isArray(candidate.widths) ||
    !Array.isArray(candidate.unicode) ||
    !isObject(candidate.font) ||
    typeof candidate.font.glyphForCodePoint !== 'function'
  ) {
    fail('embedded font internals');
  }
  return candidate;
}
