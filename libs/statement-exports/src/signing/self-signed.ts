import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * forge reads a field's `valueTagClass` as its ASN.1 string type (UTF8String for names with
 * diacritics, Greek, Cyrillic); its type declarations call it a tag class.
 */
const UTF8_STRING = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

export interface SelfSignedCertificateOptions {
  /** Subject common name, e.g. the representative's name or the organisers' legal entity. */
  readonly commonName: string;
  readonly organisation?: string;
  /** ISO 3166-1 alpha-2 country of the subject. */
  readonly country?: string;
  readonly email?: string;
  /** Passphrase of the PKCS#12 file; a random one when absent. */
  readonly passphrase?: string;
  /** Start of validity (default: now). */
  readonly notBefore?: Date;
  readonly validDays?: number;
  /** RSA modulus size (default 2048; 3072 for long-lived keys). */
  readonly keyBits?: number;
}

export interface SelfSignedCertificate {
  /** The PKCS#12 file (key + certificate), AES-256 protected. */
  readonly p12: Buffer;
  readonly passphrase: string;
  readonly certificatePem: string;
}

/**
 * A self-signed RSA certificate with a document-signing key usage, as a PKCS#12 file: for
 * tests, demos and dry runs only. Real exports are signed with the organisers' own certificate
 * (ideally a qualified one), which authorities can trust.
 */
export function makeSelfSignedCertificate(options: SelfSignedCertificateOptions): SelfSignedCertificate {
  const { privateKey: privatePem } = generateKeyPairSync('rsa', {
    modulusLength: options.keyBits ?? 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(privatePem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);

  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive serial: first bit cleared.
  const serial = randomBytes(16);
  serial[0] = (serial[0] as number) & 0x7f;
  cert.serialNumber = serial.toString('hex');
  const notBefore = options.notBefore ?? new Date();
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(notBefore.getTime() + (options.validDays ?? 365) * 86_400_000);
  const subject: forge.pki.CertificateField[] = [{ name: 'commonName', value: options.commonName, valueTagClass: UTF8_STRING }];
  if (options.organisation) subject.push({ name: 'organizationName', value: options.organisation, valueTagClass: UTF8_STRING });
  if (options.country) subject.push({ name: 'countryName', value: options.country });
  if (options.email) subject.push({ name: 'emailAddress', value: options.email });
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());

  const passphrase = options.passphrase ?? randomBytes(18).toString('base64url');
  const pfx = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], passphrase, {
    algorithm: 'aes256',
    friendlyName: options.commonName,
    generateLocalKeyId: true,
  });
  return {
    p12: Buffer.from(forge.asn1.toDer(pfx).getBytes(), 'binary'),
    passphrase,
    certificatePem: forge.pki.certificateToPem(cert),
  };
}
