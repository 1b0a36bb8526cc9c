import type { WorkFile } from '../io';
import type { SigningIdentity } from '../signing/certificate';
import { createDetachedSignature } from '../signing/cms';
import { BYTE_RANGE_PLACEHOLDER } from './signature-placeholder';

export class PadesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PadesError';
  }
}

/** Where the placeholders sit in the file (absolute byte offsets). */
export interface SignatureSlots {
  /** Start of `[0 /********** …]` and its length. */
  readonly byteRangeAt: number;
  readonly byteRangeLength: number;
  /** Offset of `<` and of `>` around the zero-filled `/Contents` hex string. */
  readonly contentsOpen: number;
  readonly contentsClose: number;
}

const BYTE_RANGE_KEY = '/ByteRange [';
const CONTENTS_KEY = '/Contents <';

/** Finds the placeholders in the signature dictionary written at `objectOffset`. */
export async function findSignatureSlots(file: WorkFile, objectOffset: number, signatureBytes: number): Promise<SignatureSlots> {
  const window = await file.readAt(objectOffset, 2 * signatureBytes + 4096);
  const text = window.toString('latin1');
  const endOfObject = text.indexOf('endobj');
  const byteRangeKey = text.indexOf(BYTE_RANGE_KEY);
  const contentsKey = text.indexOf(CONTENTS_KEY);
  if (endOfObject < 0 || byteRangeKey < 0 || contentsKey < 0 || byteRangeKey > endOfObject || contentsKey > endOfObject) {
    throw new PadesError('No signature placeholder at the recorded offset');
  }
  const byteRangeStart = byteRangeKey + BYTE_RANGE_KEY.length - 1;
  const byteRangeEnd = text.indexOf(']', byteRangeStart) + 1;
  const placeholder = `[0 /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER}]`;
  if (text.slice(byteRangeStart, byteRangeEnd) !== placeholder) throw new PadesError('Unexpected /ByteRange placeholder');
  const open = contentsKey + CONTENTS_KEY.length - 1;
  const close = text.indexOf('>', open);
  if (close - open - 1 !== 2 * signatureBytes || !/^0+$/.test(text.slice(open + 1, close))) {
    throw new PadesError('Unexpected /Contents placeholder');
  }
  return {
    byteRangeAt: objectOffset + byteRangeStart,
    byteRangeLength: byteRangeEnd - byteRangeStart,
    contentsOpen: objectOffset + open,
    contentsClose: objectOffset + close,
  };
}

/**
 * Signs a finished PDF file in place (PAdES, SubFilter ETSI.CAdES.detached): writes the final
 * /ByteRange (everything except the /Contents hex string), hashes those two ranges from disk,
 * and writes the CMS signature into /Contents. Memory use does not depend on the file size.
 */
export async function signPdfFile(file: WorkFile, objectOffset: number, signatureBytes: number, identity: SigningIdentity): Promise<void> {
  const slots = await findSignatureSlots(file, objectOffset, signatureBytes);
  const size = await file.size();
  const afterContents = slots.contentsClose + 1;
  const byteRange = `[0 ${slots.contentsOpen} ${afterContents} ${size - afterContents}]`;
  if (byteRange.length > slots.byteRangeLength) throw new PadesError('The /ByteRange does not fit its placeholder');
  await file.writeAt(slots.byteRangeAt, Buffer.from(byteRange.padEnd(slots.byteRangeLength, ' '), 'latin1'));

  const { sha256 } = await file.sha256([
    { start: 0, end: slots.contentsOpen },
    { start: afterContents, end: size },
  ]);
  const cms = createDetachedSignature({ digest: Buffer.from(sha256, 'hex'), identity });
  if (cms.length > signatureBytes) throw new PadesError(`The signature (${cms.length} bytes) exceeds the reserved ${signatureBytes} bytes`);
  await file.writeAt(slots.contentsOpen + 1, Buffer.from(cms.toString('hex').padEnd(2 * signatureBytes, '0'), 'latin1'));
}
