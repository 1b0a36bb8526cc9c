import type { CollectionChannel } from '@eci/statement-exports';

export interface SealedRow {
  id: string;
  channel: CollectionChannel;
  ciphertext: Buffer;
}

/** Reads the sealed statements of one member state for an export, page by page (bounded memory). */
export interface ExportRowsRepository {
  countByChannel(initiativeId: string, nationality: string): Promise<{ online: number; paper: number; totalAllMemberStates: number }>;
  /** Rows after `afterId` in id order, at most `limit`. */
  page(initiativeId: string, nationality: string, afterId: string | null, limit: number): Promise<SealedRow[]>;
}

export const EXPORT_ROWS_REPOSITORY = Symbol('ExportRowsRepository');
