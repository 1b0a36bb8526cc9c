import { randomBytes, randomUUID } from 'node:crypto';
import { demoInitiative } from '../../src/initiatives/demo-initiative';
import type { Initiative } from '../../src/initiatives/initiative';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import type { ExportRowsRepository } from '../../src/exports/export-rows.repository';
import type { DefaultInitiativeRepository } from '../../src/pages/default-initiative.repository';
import type { PartnerOriginsRepository } from '../../src/pages/partner-origins.repository';
import type { CountsRepository } from '../../src/progress/counts.repository';
import type { NewSignature, PartnerLookup, SignaturesRepository } from '../../src/signing/signatures.repository';
import { InMemoryCountsRepository } from '../fakes/counts.fake';
import { InMemoryDefaultInitiativeRepository } from '../fakes/default-initiative.fake';
import { InMemoryExportRowsRepository } from '../fakes/export-rows.fake';
import { InMemoryTables } from '../fakes/fakes-tables';
import { InMemoryInitiativesRepository } from '../fakes/initiatives.fake';
import { InMemoryPartnerOriginsRepository } from '../fakes/partner-origins.fake';
import { InMemorySignaturesRepository } from '../fakes/signatures.fake';

/**
 * The signing side's repositories over one database, as the contracts see them: the fakes over
 * one `InMemoryTables`, or the TypeORM repositories of a running app (contracts/*.api-spec.ts).
 * Partners and removals are seeded (directly, or with SQL): no signing-side repository makes them.
 */
export interface SigningSide {
  initiatives: InitiativesRepository;
  signatures: SignaturesRepository & PartnerLookup;
  counts: CountsRepository;
  exportRows: ExportRowsRepository;
  defaultInitiative: DefaultInitiativeRepository;
  partnerOrigins: PartnerOriginsRepository;
  seed: {
    partner(initiativeId: string, slug: string, allowedOrigins?: string[]): Promise<string>;
    removeStatement(id: string): Promise<void>;
  };
}

export type MakeSigningSide = () => Promise<SigningSide>;

export function fakeSigningSide(tables = new InMemoryTables()): SigningSide {
  return {
    initiatives: new InMemoryInitiativesRepository(tables),
    signatures: new InMemorySignaturesRepository(tables),
    counts: new InMemoryCountsRepository(tables),
    exportRows: new InMemoryExportRowsRepository(tables),
    defaultInitiative: new InMemoryDefaultInitiativeRepository(tables),
    partnerOrigins: new InMemoryPartnerOriginsRepository(tables),
    seed: {
      async partner(initiativeId, slug, allowedOrigins = []) {
        return tables.addPartner({ id: randomUUID(), initiativeId, slug, allowedOrigins }).id;
      },
      async removeStatement(id) {
        tables.removeSignature(id);
      },
    },
  };
}

let registration = 0;

/** A new initiative (a distinct slug and registration number each), collecting from 2026-01-01 for a year. */
export function newInitiative(slug: string, publicKey: Uint8Array | null = null) {
  registration += 1;
  return {
    ...demoInitiative('2026-01-01', new Uint8Array(32)),
    slug,
    registrationNumber: `ECI(2025)${String(900000 + registration)}`,
    publicKey,
  };
}

export function createInitiative(side: SigningSide, slug: string, publicKey: Uint8Array | null = null): Promise<Initiative> {
  return side.initiatives.create(newInitiative(slug, publicKey));
}

/** A statement of a distinct person unless `identityHash` is given. */
export function newStatement(initiativeId: string, extra: Partial<NewSignature> = {}): NewSignature {
  return {
    id: randomUUID(),
    initiativeId,
    nationality: 'PL',
    signedOn: '2026-03-01',
    channel: 'online',
    partnerId: null,
    idFormatConfirmed: false,
    identityHash: new Uint8Array(randomBytes(32)),
    ciphertext: new Uint8Array(randomBytes(80)),
    ...extra,
  };
}

export const NOW = new Date('2026-03-01T12:00:00Z');

export function spend(expiresAt = new Date(NOW.getTime() + 600_000)) {
  return { signature: randomBytes(16).toString('hex'), expiresAt };
}
