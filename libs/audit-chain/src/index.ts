export { type AuditEntry, type ChainedEntry, type ChainVerdict, GENESIS, canonicalJson, entryHash, verifyChain } from './audit-chain';
