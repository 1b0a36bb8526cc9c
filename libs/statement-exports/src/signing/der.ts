/*
 * The small part of ASN.1 DER that CMS signatures need: writing TLVs and reading them back
 * with their exact bytes (signature checks must hash the bytes as they are, not a re-encoding).
 */

export const TAG = {
  INTEGER: 0x02,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific tag `[n]`, constructed (EXPLICIT, or IMPLICIT over a constructed type). */
export function contextTag(n: number): number {
  return 0xa0 + n;
}

function lengthOctets(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, ...contents: readonly Uint8Array[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), lengthOctets(body.length), body]);
}

export function sequence(...items: readonly Uint8Array[]): Buffer {
  return tlv(TAG.SEQUENCE, ...items);
}

/** X.690 §11.6: DER sorts the elements of a SET OF by their encodings (shorter padded with 0). */
function compareDer(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function setOf(...items: readonly Uint8Array[]): Buffer {
  return tlv(TAG.SET, ...[...items].sort(compareDer));
}

export function smallInteger(value: number): Buffer {
  if (!Number.isInteger(value) || value < 0 || value > 127) throw new RangeError('Only 0..127 supported');
  return tlv(TAG.INTEGER, Buffer.from([value]));
}

export function octetString(bytes: Uint8Array): Buffer {
  return tlv(TAG.OCTET_STRING, bytes);
}

export function nullValue(): Buffer {
  return tlv(TAG.NULL);
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const [first, second, ...rest] = parts;
  if (first === undefined || second === undefined || parts.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new RangeError(`Not an OID: ${dotted}`);
  }
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const groups: number[] = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) groups.unshift((value % 128) | 0x80);
    bytes.push(...groups);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

/** RFC 5280: UTCTime for 1950-2049, GeneralizedTime otherwise; always UTC with seconds. */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(TAG.UTC_TIME, Buffer.from(`${digits.slice(2)}Z`, 'ascii'));
  return tlv(TAG.GENERALIZED_TIME, Buffer.from(`${digits}Z`, 'ascii'));
}

/** One decoded TLV, pointing into the original buffer. */
export interface DerNode {
  readonly tag: number;
  /** The whole TLV, exactly as encoded. */
  readonly raw: Buffer;
  /** The value octets. */
  readonly content: Buffer;
}

export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerError';
  }
}

/** Reads the TLV at `offset` (definite lengths only, as DER requires). */
export function readNode(buffer: Buffer, offset = 0): DerNode {
  if (offset + 2 > buffer.length) throw new DerError('Truncated DER');
  const tag = buffer[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('High tag numbers are not supported');
  let length = buffer[offset + 1] as number;
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('Unsupported DER length');
    if (offset + 2 + count > buffer.length) throw new DerError('Truncated DER');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buffer[offset + 2 + i] as number);
    header += count;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new DerError('Truncated DER');
  return { tag, raw: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

/** The elements of a constructed node. */
export function children(node: DerNode): DerNode[] {
  if ((node.tag & 0x20) === 0) throw new DerError('Not a constructed DER value');
  const items: DerNode[] = [];
  for (let offset = 0; offset < node.content.length; ) {
    const child = readNode(node.content, offset);
    items.push(child);
    offset += child.raw.length;
  }
  return items;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`Expected ${what}`);
  return node;
}

export function decodeOid(node: DerNode): string {
  expectTag(node, TAG.OID, 'an OID');
  const bytes = node.content;
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    }
  }
  const [head, ...rest] = arcs;
  if (head === undefined) throw new DerError('Empty OID');
  const first = head < 80 ? Math.floor(head / 40) : 2;
  return [first, head - first * 40, ...rest].join('.');
}

export function decodeTime(node: DerNode): Date {
  const text = node.content.toString('ascii');
  const match =
    node.tag === TAG.UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) throw new DerError('Unsupported time encoding');
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const year = node.tag === TAG.UTC_TIME ? (y >= 50 ? 1900 + y : 2000 + y) : y;
  return new Date(Date.UTC(year, mo - 1, d, h, mi, s));
}
