import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * pdf.js (legacy build for Node) run in a child Node process: it is an ES module, which jest can
 * load only through its experimental VM modules (broken on Node 26); a plain `node` loads it as
 * any ES module. The child reads the PDF on stdin and writes the pages' text as JSON.
 */
const EXTRACT = `
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const document = await pdfjs.getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0, isEvalSupported: false }).promise;
const pages = [];
for (let n = 1; n <= document.numPages; n++) {
  const content = await (await document.getPage(n)).getTextContent();
  pages.push(content.items.filter((item) => 'str' in item).map((item) => item.str.trim()).filter((text) => text !== '').join('\\n'));
}
await document.destroy();
process.stdout.write(JSON.stringify(pages));
`;

/** The text of every page, one (trimmed, non-blank) text item per line. */
export function extractPdfText(pdf: Uint8Array): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', EXTRACT], { cwd: resolve(__dirname, '../../..'), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`pdf.js failed (${code}): ${Buffer.concat(err).toString()}`));
      done(JSON.parse(Buffer.concat(out).toString('utf8')) as string[]);
    });
    child.stdin.end(Buffer.from(pdf));
  });
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
