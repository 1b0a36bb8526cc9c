import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { children, expectTag, readNode, TAG } from './der';

/** The organisers' signing key and certificate (chain), ready to sign. */
export interface SigningIdentity {
  /** The certificate of the signing key. */
  readonly certificate: X509Certificate;
  /** Every certificate in the PKCS#12 file, signing certificate first (all go into the signatures). */
  readonly chain: readonly X509Certificate[];
  readonly privateKey: KeyObject;
  /** The subject's common name (or the whole subject), printed on the cover page. */
  readonly signerName: string;
}

export class CertificateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateError';
  }
}

/** Issuer and serial number, exactly as encoded in the certificate (CMS names its signer by them). */
export interface IssuerAndSerial {
  readonly issuer: Buffer;
  readonly serial: Buffer;
}

export function issuerAndSerial(certificate: X509Certificate): IssuerAndSerial {
  const [tbs] = children(readNode(certificate.raw));
  const fields = children(expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate'));
  // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, ...
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = expectTag(fields[offset], TAG.INTEGER, 'serialNumber');
  const issuer = expectTag(fields[offset + 2], TAG.SEQUENCE, 'issuer');
  return { issuer: issuer.raw, serial: serial.raw };
}

function derOf(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

interface Bag {
  readonly key?: forge.pki.PrivateKey | null;
  readonly cert?: forge.pki.Certificate | null;
  readonly asn1?: forge.asn1.Asn1;
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): Bag[] {
  return (p12.getBags({ bagType })[bagType] ?? []) as Bag[];
}

function keyOf(bag: Bag): KeyObject {
  // RSA keys are decoded by forge; other key types (EC) come back as PrivateKeyInfo ASN.1.
  if (bag.key) return createPrivateKey(forge.pki.privateKeyToPem(bag.key));
  if (bag.asn1) return createPrivateKey({ key: derOf(bag.asn1), format: 'der', type: 'pkcs8' });
  throw new CertificateError('The PKCS#12 file holds an unreadable private key');
}

function certificateOf(bag: Bag): X509Certificate {
  if (bag.cert) return new X509Certificate(derOf(forge.pki.certificateToAsn1(bag.cert)));
  if (bag.asn1) return new X509Certificate(derOf(bag.asn1));
  throw new CertificateError('The PKCS#12 file holds an unreadable certificate');
}

function commonName(certificate: X509Certificate): string {
  const line = certificate.subject.split('\n').find((part) => part.startsWith('CN='));
  return line ? line.slice(3) : certificate.subject.replace(/\n/g, ', ');
}

/**
 * Opens a PKCS#12 file (RSA or EC key; the signing certificate is the one matching the key).
 * @throws CertificateError for a wrong passphrase, no key, or no matching certificate.
 */
export function loadSigningIdentity(p12: Uint8Array, passphrase: string): SigningIdentity {
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CertificateError(`Cannot open the PKCS#12 file (wrong passphrase or not PKCS#12): ${detail}`);
  }
  const keyBags = [...bagsOf(pfx, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(pfx, forge.pki.oids.keyBag)];
  if (keyBags.length !== 1) throw new CertificateError(`Expected one private key in the PKCS#12 file, found ${keyBags.length}`);
  const privateKey = keyOf(keyBags[0] as Bag);
  const certificates = bagsOf(pfx, forge.pki.oids.certBag).map(certificateOf);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const certificate = certificates.find((cert) => cert.publicKey.export({ type: 'spki', format: 'der' }).equals(publicKey));
  if (!certificate) throw new CertificateError('No certificate in the PKCS#12 file matches its private key');
  return {
    certificate,
    chain: [certificate, ...certificates.filter((cert) => cert !== certificate)],
    privateKey,
    signerName: commonName(certificate),
  };
}
