export { type AuditEntry, type ChainedEntry, type ChainVerdict, ChainVerifier, GENESIS, canonicalJson, entryHash, verifyChain } from './audit-chain';
