import { X509Certificate, createHash, sign, verify } from 'node:crypto';
import { issuerAndSerial, type SigningIdentity } from './certificate';
import {
  children,
  contextTag,
  decodeOid,
  decodeTime,
  expectTag,
  nullValue,
  octetString,
  oid,
  readNode,
  sequence,
  setOf,
  smallInteger,
  TAG,
  time,
  tlv,
  type DerNode,
} from './der';

/*
 * Detached CMS SignedData (RFC 5652) over a SHA-256 digest computed by the caller, so that a
 * signature over a large file never needs the file in memory. Signed attributes: content type,
 * message digest, ESS signing-certificate-v2 (RFC 5035, required by CAdES/PAdES baseline) and,
 * unless disabled (PAdES puts the time in the signature dictionary), the signing time.
 */

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

export interface DetachedSignatureOptions {
  /** SHA-256 of the signed content. */
  readonly digest: Uint8Array;
  readonly identity: SigningIdentity;
  /** Adds the CMS signing-time attribute (leave out for PAdES). */
  readonly signingTime?: Date;
}

function attribute(type: string, value: Uint8Array): Buffer {
  return sequence(oid(type), setOf(value));
}

function essSigningCertificateV2(certificate: X509Certificate): Buffer {
  const certHash = createHash('sha256').update(certificate.raw).digest();
  const { issuer, serial } = issuerAndSerial(certificate);
  // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash, issuerSerial }
  const issuerSerial = sequence(sequence(tlv(contextTag(4), issuer)), serial);
  return sequence(sequence(sequence(octetString(certHash), issuerSerial)));
}

function signatureAlgorithm(identity: SigningIdentity): Buffer {
  switch (identity.privateKey.asymmetricKeyType) {
    case 'rsa':
      return sequence(oid(OID.rsaEncryption), nullValue());
    case 'ec':
      return sequence(oid(OID.ecdsaWithSha256));
    default:
      throw new RangeError(`Unsupported signing key type: ${identity.privateKey.asymmetricKeyType ?? 'unknown'}`);
  }
}

/** Builds a DER-encoded detached CMS SignedData (ContentInfo) signing `digest`. */
export function createDetachedSignature(options: DetachedSignatureOptions): Buffer {
  const { digest, identity } = options;
  if (digest.length !== 32) throw new RangeError('Expected a SHA-256 digest');
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(digest)),
    attribute(OID.signingCertificateV2, essSigningCertificateV2(identity.certificate)),
  ];
  if (options.signingTime) attributes.push(attribute(OID.signingTime, time(options.signingTime)));
  // The signature covers the attributes encoded as a SET OF; the message carries them as [0] IMPLICIT.
  const signedAttributes = setOf(...attributes);
  const signature = sign('sha256', signedAttributes, identity.privateKey);
  const { issuer, serial } = issuerAndSerial(identity.certificate);
  const sha256 = sequence(oid(OID.sha256));
  const signerInfo = sequence(
    smallInteger(1),
    sequence(issuer, serial),
    sha256,
    Buffer.concat([Buffer.from([contextTag(0)]), signedAttributes.subarray(1)]),
    signatureAlgorithm(identity),
    octetString(signature),
  );
  const signedData = sequence(
    smallInteger(1),
    setOf(sha256),
    sequence(oid(OID.data)),
    tlv(contextTag(0), ...identity.chain.map((cert) => cert.raw)),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), tlv(contextTag(0), signedData));
}

export interface DetachedSignatureCheck {
  /** True when the signature is intact and signs exactly the given digest. */
  readonly valid: boolean;
  /** What is wrong, in words (empty when valid). */
  readonly problems: readonly string[];
  /** The signer's certificate, as carried in the signature. */
  readonly certificate?: X509Certificate;
  readonly signingTime?: Date;
  /** The ESS signing-certificate-v2 attribute is present and names the signer's certificate. */
  readonly signingCertificateBound: boolean;
}

interface ParsedSignerInfo {
  readonly sid: DerNode;
  readonly signedAttributes: DerNode;
  readonly signatureAlgorithm: string;
  readonly signature: Buffer;
}

function parseSignerInfo(node: DerNode): ParsedSignerInfo {
  const [, sid, digestAlgorithm, signedAttributes, signatureAlgorithm, signature] = children(expectTag(node, TAG.SEQUENCE, 'SignerInfo'));
  expectTag(sid, TAG.SEQUENCE, 'issuerAndSerialNumber');
  if (decodeOid(children(expectTag(digestAlgorithm, TAG.SEQUENCE, 'digestAlgorithm'))[0] as DerNode) !== OID.sha256) {
    throw new Error('Only SHA-256 signatures are supported');
  }
  expectTag(signedAttributes, contextTag(0), 'signed attributes');
  const algorithm = decodeOid(children(expectTag(signatureAlgorithm, TAG.SEQUENCE, 'signatureAlgorithm'))[0] as DerNode);
  return {
    sid: sid as DerNode,
    signedAttributes: signedAttributes as DerNode,
    signatureAlgorithm: algorithm,
    signature: expectTag(signature, TAG.OCTET_STRING, 'signature').content,
  };
}

function attributeValues(signedAttributes: DerNode): Map<string, DerNode> {
  const values = new Map<string, DerNode>();
  for (const attr of children(signedAttributes)) {
    const [type, set] = children(expectTag(attr, TAG.SEQUENCE, 'Attribute'));
    const [value] = children(expectTag(set, TAG.SET, 'attribute values'));
    if (type && value) values.set(decodeOid(type), value);
  }
  return values;
}

/** The first ESSCertIDv2 (the signer's) carries the SHA-256 of the signer's certificate. */
function essNamesCertificate(value: DerNode, certificate: X509Certificate): boolean {
  const [certs] = children(expectTag(value, TAG.SEQUENCE, 'SigningCertificateV2'));
  const [first] = children(expectTag(certs, TAG.SEQUENCE, 'ESSCertIDv2 list'));
  const fields = children(expectTag(first, TAG.SEQUENCE, 'ESSCertIDv2'));
  let hashIndex = 0;
  if (fields[0]?.tag === TAG.SEQUENCE) {
    const algorithm = decodeOid(children(fields[0])[0] as DerNode);
    if (algorithm !== OID.sha256) return false;
    hashIndex = 1;
  }
  const hash = expectTag(fields[hashIndex], TAG.OCTET_STRING, 'certHash').content;
  return hash.equals(createHash('sha256').update(certificate.raw).digest());
}

function signerCertificate(certificates: readonly X509Certificate[], sid: DerNode): X509Certificate | undefined {
  return certificates.find((cert) => {
    const { issuer, serial } = issuerAndSerial(cert);
    return Buffer.concat([issuer, serial]).equals(sid.content);
  });
}

/** Checks a detached CMS signature against the SHA-256 `digest` of the content it should sign. */
export function verifyDetachedSignature(der: Uint8Array, digest: Uint8Array): DetachedSignatureCheck {
  const problems: string[] = [];
  try {
    const [contentType, wrapped] = children(expectTag(readNode(Buffer.from(der)), TAG.SEQUENCE, 'ContentInfo'));
    if (decodeOid(contentType as DerNode) !== OID.signedData) throw new Error('Not a CMS SignedData');
    const [signedData] = children(expectTag(wrapped, contextTag(0), '[0] content'));
    const fields = children(expectTag(signedData, TAG.SEQUENCE, 'SignedData'));
    const encapsulated = children(expectTag(fields[2], TAG.SEQUENCE, 'EncapsulatedContentInfo'));
    if (encapsulated.length > 1) problems.push('The signature is not detached (it embeds content)');
    const certificates = fields
      .filter((field) => field.tag === contextTag(0))
      .flatMap((field) => children(field))
      .map((cert) => new X509Certificate(cert.raw));
    const signerInfos = children(expectTag(fields[fields.length - 1], TAG.SET, 'signerInfos'));
    if (signerInfos.length !== 1) throw new Error(`Expected one signer, found ${signerInfos.length}`);
    const signer = parseSignerInfo(signerInfos[0] as DerNode);
    const attributes = attributeValues(signer.signedAttributes);

    const contentTypeValue = attributes.get(OID.contentType);
    if (!contentTypeValue || decodeOid(contentTypeValue) !== OID.data) problems.push('The content-type attribute is not id-data');
    const messageDigest = attributes.get(OID.messageDigest);
    if (!messageDigest || !expectTag(messageDigest, TAG.OCTET_STRING, 'messageDigest').content.equals(Buffer.from(digest))) {
      problems.push('The signed message digest does not match the content');
    }
    const certificate = signerCertificate(certificates, signer.sid);
    if (!certificate) throw new Error("The signer's certificate is not in the signature");

    // The signature covers the DER of the attributes with the SET OF tag instead of [0].
    const signedBytes = Buffer.concat([Buffer.from([TAG.SET]), signer.signedAttributes.raw.subarray(1)]);
    const algorithmOk = [OID.rsaEncryption, OID.sha256WithRsa, OID.ecdsaWithSha256].includes(
      signer.signatureAlgorithm as typeof OID.rsaEncryption,
    );
    if (!algorithmOk) problems.push(`Unsupported signature algorithm ${signer.signatureAlgorithm}`);
    else if (!verify('sha256', signedBytes, certificate.publicKey, signer.signature)) problems.push('The signature value does not verify');

    const essValue = attributes.get(OID.signingCertificateV2);
    const signingCertificateBound = essValue !== undefined && essNamesCertificate(essValue, certificate);
    if (essValue && !signingCertificateBound) problems.push('The signing-certificate-v2 attribute names another certificate');

    const timeValue = attributes.get(OID.signingTime);
    return {
      valid: problems.length === 0,
      problems,
      certificate,
      signingCertificateBound,
      ...(timeValue ? { signingTime: decodeTime(timeValue) } : {}),
    };
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return { valid: false, problems, signingCertificateBound: false };
  }
}
