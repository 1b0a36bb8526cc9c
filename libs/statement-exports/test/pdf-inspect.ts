interface TextItem {
  readonly str: string;
  readonly hasEOL: boolean;
}

interface PdfjsModule {
  getDocument(source: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly (TextItem | object)[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

// jest compiles `import()` to `require()`, which cannot load pdf.js (an ES module).
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<PdfjsModule>;

/** The text of every page, one (trimmed, non-blank) text item per line (pdf.js, legacy build for Node). */
export async function extractPdfText(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await importEsm('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(
        content.items
          .filter((item): item is TextItem => 'str' in item)
          .map((item) => item.str.trim())
          .filter((text) => text !== '')
          .join('\n'),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

export interface PdfSignatureParts {
  readonly byteRange: readonly [number, number, number, number];
  /** The DER signature (without the zero padding of the placeholder). */
  readonly cms: Buffer;
  /** The bytes the signature covers: the file minus the /Contents hex string. */
  readonly covered: Buffer;
  readonly subFilter: string | undefined;
}

function derLength(der: Buffer): number {
  const first = der[1] as number;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (der[2 + i] as number);
  return 2 + count + length;
}

/** Reads the (single) signature of a PDF and checks that its byte range spans the whole file. */
export function pdfSignatureParts(pdf: Buffer): PdfSignatureParts {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/g)];
  if (matches.length !== 1) throw new Error(`Expected one signed /ByteRange, found ${matches.length}`);
  const byteRange = (matches[0] as RegExpMatchArray).slice(1, 5).map(Number) as [number, number, number, number];
  const [start, firstLength, secondStart, secondLength] = byteRange;
  if (start !== 0 || secondStart + secondLength !== pdf.length) throw new Error('The byte range does not span the file');
  if (text[firstLength] !== '<' || text[secondStart - 1] !== '>') throw new Error('The gap is not the /Contents string');
  const hex = text.slice(firstLength + 1, secondStart - 1);
  if (!/^[0-9a-f]+$/i.test(hex)) throw new Error('The gap holds more than hex digits');
  const padded = Buffer.from(hex, 'hex');
  const subFilter = /\/SubFilter \/([\w.]+)/.exec(text)?.[1];
  return {
    byteRange,
    cms: padded.subarray(0, derLength(padded)),
    covered: Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(secondStart)]),
    subFilter,
  };
}
