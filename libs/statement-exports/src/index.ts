/**
 * @eci/statement-exports: the certified export of the statements of support of one Member
 * State for its competent authority (Regulation (EU) 2019/788, Art. 12 and Annex V): a signed
 * PDF (Annex V cover + Annex III tables), an OCS-style XML file, and a signed manifest, zipped.
 */
export { exportMemberState, MEMBER_STATE_EXPORT_STAGES, type ExportMemberStateOptions, type MemberStateExport, type MemberStateExportProgress } from './export-member-state';
export type {
  CertificateInput,
  CollectionChannel,
  DeclaredCounts,
  ExportCounts,
  ExportInitiative,
  ExportOrganiser,
  ExportStatement,
  MemberStateInfo,
  OrganiserRole,
  Translated,
} from './types';
export { fromSealedPayload } from './sealed-payload';
export { ExportCountMismatchError, ExportDataError } from './statement-checks';
export { UnknownMemberStateError, UnsupportedLanguageError, exportFileNames, exportLanguages } from './member-state';

export {
  verifyManifest,
  MANIFEST_FILE,
  MANIFEST_SIGNATURE_FILE,
  type ExportManifest,
  type FileContent,
  type ManifestFile,
  type ManifestVerification,
} from './manifest/manifest';

export { validateSupportFormXml, supportFormSchema, type XmlValidation } from './xml/validate-support-form';
export { readSupportFormXml, SupportFormReadError, type SupportFormDocument, type SupportFormSignature } from './xml/support-form-reader';

export { makeSelfSignedCertificate, type SelfSignedCertificate, type SelfSignedCertificateOptions } from './signing/self-signed';
export { loadSigningIdentity, CertificateError, type SigningIdentity } from './signing/certificate';
export { verifyDetachedSignature, type DetachedSignatureCheck } from './signing/cms';
export { SUBFILTER as PADES_SUBFILTER } from './pdf/signature-placeholder';

export { createWorkspace, removeWorkspaceLeftovers, WorkFile, WORKSPACE_PREFIX, type Workspace, type WrittenFile } from './io';
