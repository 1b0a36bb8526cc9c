/** A statement as stored: personal data only inside `ciphertext`. */
export interface NewSignature {
  id: string;
  initiativeId: string;
  nationality: string;
  signedOn: string;
  channel: 'online' | 'paper';
  partnerId: string | null;
  idFormatConfirmed: boolean;
  identityHash: Uint8Array;
  ciphertext: Uint8Array;
}

export interface Receipt {
  initiativeSlug: string;
  signedOn: string;
}

export interface SignaturesRepository {
  /** Inserts in one committed statement; `duplicate` when the initiative already holds this identity hash. */
  insert(signature: NewSignature): Promise<'inserted' | 'duplicate'>;
  findReceipt(id: string): Promise<Receipt | null>;
}

export const SIGNATURES_REPOSITORY = Symbol('SignaturesRepository');

/** Finds a coalition partner of an initiative by its public slug. */
export interface PartnerLookup {
  findPartnerId(initiativeId: string, slug: string): Promise<string | null>;
}

export const PARTNER_LOOKUP = Symbol('PartnerLookup');
