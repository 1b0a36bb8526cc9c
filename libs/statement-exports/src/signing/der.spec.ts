import { children, decodeOid, decodeTime, oid, readNode, setOf, TAG, time, tlv } from './der';

describe('DER', () => {
  it('encodes and decodes OIDs', () => {
    for (const dotted of ['1.2.840.113549.1.7.2', '2.16.840.1.101.3.4.2.1', '1.2.840.113549.1.9.16.2.47', '2.5.4.3']) {
      expect(decodeOid(readNode(oid(dotted)))).toBe(dotted);
    }
    expect(oid('1.2.840.113549.1.7.2').toString('hex')).toBe('06092a864886f70d010702');
  });

  it('uses UTCTime until 2049 and GeneralizedTime from 2050', () => {
    const utc = readNode(time(new Date('2027-06-10T09:30:05.250Z')));
    expect(utc.tag).toBe(TAG.UTC_TIME);
    expect(utc.content.toString('ascii')).toBe('270610093005Z');
    expect(decodeTime(utc)).toEqual(new Date('2027-06-10T09:30:05Z'));
    const generalized = readNode(time(new Date('2051-01-02T03:04:05Z')));
    expect(generalized.tag).toBe(TAG.GENERALIZED_TIME);
    expect(decodeTime(generalized)).toEqual(new Date('2051-01-02T03:04:05Z'));
  });

  it('sorts SET OF elements by their encodings and handles long lengths', () => {
    const set = readNode(setOf(tlv(TAG.OCTET_STRING, Buffer.alloc(300, 1)), tlv(TAG.INTEGER, Buffer.from([5])), tlv(TAG.INTEGER, Buffer.from([3]))));
    expect(children(set).map((node) => node.raw.subarray(0, 3).toString('hex'))).toEqual(['020103', '020105', '048201']);
    expect(children(set)[2]?.content.length).toBe(300);
  });

  it('refuses truncated input', () => {
    expect(() => readNode(Buffer.from([0x30, 0x05, 0x02]))).toThrow('Truncated DER');
  });
});
