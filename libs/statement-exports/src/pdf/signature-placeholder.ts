import type { DocumentInternals, PageInternals, ReferenceInternals } from './pdfkit-internals';

/** `/ByteRange [0 /********** /********** /**********]`: the placeholder @signpdf uses too. */
export const BYTE_RANGE_PLACEHOLDER = '**********';
export const SUBFILTER = 'ETSI.CAdES.detached';

export interface SignaturePlaceholderOptions {
  /** Bytes reserved for the DER-encoded CMS signature (the file holds twice as many hex digits). */
  readonly signatureBytes: number;
  readonly signerName: string;
  readonly reason: string;
  readonly signingTime: Date;
}

/**
 * Adds an (invisible) signature field to `page` whose value is a signature dictionary with a
 * zero-filled `/Contents` and a placeholder `/ByteRange`. `pades.ts` fills both in place once the
 * file is complete. SubFilter ETSI.CAdES.detached = PAdES (ETSI EN 319 142-1).
 */
export function addSignaturePlaceholder(
  doc: DocumentInternals & { initForm(): unknown },
  page: PageInternals,
  options: SignaturePlaceholderOptions,
): ReferenceInternals {
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER,
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: new Uint8Array(options.signatureBytes),
    Name: new String(options.signerName),
    Reason: new String(options.reason),
    M: options.signingTime,
  });
  signature.end();

  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String('Organisers signature'),
    F: 132, // print + locked
    P: page.dictionary,
  });
  widget.end();
  page.annotations.push(widget);

  doc.initForm();
  const acroForm = doc._root.data['AcroForm'] as ReferenceInternals;
  (acroForm.data['Fields'] as unknown[]).push(widget);
  acroForm.data['SigFlags'] = 3; // signatures exist, append only
  delete acroForm.data['NeedAppearances'];
  // ETSI EN 319 142-1: the developer extension for PAdES in a PDF 1.7 file.
  doc._root.data['Extensions'] = { ESIC: { BaseVersion: '1.7', ExtensionLevel: 2 } };
  return signature;
}
