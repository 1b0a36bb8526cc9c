import { X509Certificate, createHash } from 'node:crypto';
import { join } from 'node:path';
import forge from 'node-forge';
import { makeTempDir, OPENSSL, readFileSync, removeDir, requireTool, runTool, runToolOrThrow, writeFileSync } from '../../test/files';
import { CertificateError, loadSigningIdentity } from './certificate';
import { createDetachedSignature, verifyDetachedSignature } from './cms';
import { makeSelfSignedCertificate } from './self-signed';

const sha256 = (data: Uint8Array | string): Buffer => createHash('sha256').update(data).digest();
const demo = makeSelfSignedCertificate({ commonName: 'Γεώργιος Παπαδόπουλος (demo)', organisation: 'Initiative demo', country: 'GR', passphrase: 'correct horse' });

describe('self-signed demo certificate', () => {
  it('is a PKCS#12 file that opens with its passphrase, with the name intact', () => {
    const identity = loadSigningIdentity(demo.p12, demo.passphrase);
    expect(identity.signerName).toBe('Γεώργιος Παπαδόπουλος (demo)');
    expect(identity.privateKey.asymmetricKeyType).toBe('rsa');
    expect(identity.chain).toHaveLength(1);
    expect(identity.certificate.toString()).toBe(new X509Certificate(demo.certificatePem).toString());
  });

  it('refuses a wrong passphrase with a CertificateError', () => {
    expect(() => loadSigningIdentity(demo.p12, 'wrong')).toThrow(CertificateError);
    expect(() => loadSigningIdentity(Buffer.from('not a p12'), '')).toThrow(CertificateError);
  });

  it('generates a random passphrase when none is given', () => {
    const other = makeSelfSignedCertificate({ commonName: 'Demo', keyBits: 2048 });
    expect(other.passphrase.length).toBeGreaterThanOrEqual(20);
    expect(loadSigningIdentity(other.p12, other.passphrase).signerName).toBe('Demo');
  });
});

describe('detached CMS signatures', () => {
  const identity = loadSigningIdentity(demo.p12, demo.passphrase);
  const content = Buffer.from('{"hello":"world"}\n');

  it('verify against the digest they sign, and bind the signing certificate', () => {
    const when = new Date('2026-11-20T10:00:00Z');
    const signature = createDetachedSignature({ digest: sha256(content), identity, signingTime: when });
    const check = verifyDetachedSignature(signature, sha256(content));
    expect(check).toMatchObject({ valid: true, problems: [], signingCertificateBound: true, signingTime: when });
    expect(check.certificate?.fingerprint256).toBe(identity.certificate.fingerprint256);
  });

  it('fail for other content and for a damaged signature', () => {
    const signature = createDetachedSignature({ digest: sha256(content), identity });
    expect(verifyDetachedSignature(signature, sha256('other')).valid).toBe(false);
    const damaged = Buffer.from(signature);
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] as number) ^ 0xff;
    const check = verifyDetachedSignature(damaged, sha256(content));
    expect(check.valid).toBe(false);
    expect(check.problems).toContain('The signature value does not verify');
    expect(verifyDetachedSignature(Buffer.from([0x30, 0x03, 0x02]), sha256(content)).valid).toBe(false);
  });

  it('parse with node-forge as PKCS#7 SignedData', () => {
    const signature = createDetachedSignature({ digest: sha256(content), identity });
    const message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(signature.toString('binary'))));
    const parsed = message as unknown as { type: string; certificates: forge.pki.Certificate[] };
    expect(parsed.type).toBe(forge.pki.oids.signedData);
    expect(parsed.certificates[0]?.subject.getField('CN')?.value).toBeDefined();
  });

  it('verify with openssl cms, including a certificate made by openssl (RSA and EC)', () => {
    requireTool(OPENSSL, 'openssl');
    const dir = makeTempDir();
    try {
      const contentPath = join(dir, 'content.json');
      writeFileSync(contentPath, content);
      const check = (p12: Buffer, passphrase: string): void => {
        const signer = loadSigningIdentity(p12, passphrase);
        const signaturePath = join(dir, 'content.p7s');
        writeFileSync(signaturePath, createDetachedSignature({ digest: sha256(content), identity: signer, signingTime: new Date() }));
        const result = runTool(OPENSSL, ['cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', signaturePath, '-content', contentPath, '-out', '/dev/null']);
        expect(result.stderr).toContain('Verification successful');
        expect(verifyDetachedSignature(readFileSync(signaturePath), sha256(content)).valid).toBe(true);
      };
      check(demo.p12, demo.passphrase);

      for (const keyArgs of [['-newkey', 'rsa:2048'], ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']]) {
        const key = join(dir, 'key.pem');
        const cert = join(dir, 'cert.pem');
        const p12 = join(dir, 'id.p12');
        runToolOrThrow(OPENSSL, ['req', '-x509', ...keyArgs, '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=OpenSSL made']);
        runToolOrThrow(OPENSSL, ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', 'pass:secret']);
        const fromOpenssl = loadSigningIdentity(readFileSync(p12), 'secret');
        const pemDer = Buffer.from(readFileSync(cert, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64');
        expect(fromOpenssl.certificate.raw.equals(pemDer)).toBe(true);
        check(readFileSync(p12), 'secret');
      }
    } finally {
      removeDir(dir);
    }
  });
});
