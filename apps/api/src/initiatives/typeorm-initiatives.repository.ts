import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Initiative, NewInitiative } from './initiative';
import { InitiativeEntity } from './initiative.entity';
import type { InitiativeChanges, InitiativesRepository } from './initiatives.repository';

/** The column of every changeable field, and whether it holds JSON. */
const COLUMNS: Record<keyof InitiativeChanges, { column: string; json?: true }> = {
  registrationNumber: { column: 'registration_number' },
  registrationDate: { column: 'registration_date' },
  title: { column: 'title', json: true },
  subject: { column: 'subject', json: true },
  objectives: { column: 'objectives', json: true },
  organisers: { column: 'organisers', json: true },
  registerUrl: { column: 'register_url' },
  collectionStart: { column: 'collection_start' },
  collectionEnd: { column: 'collection_end' },
  publicKey: { column: 'public_key' },
  cocsUrl: { column: 'cocs_url' },
  website: { column: 'website' },
  partialRegistration: { column: 'partial_registration', json: true },
  annex: { column: 'annex', json: true },
};

@Injectable()
export class TypeOrmInitiativesRepository implements InitiativesRepository {
  constructor(@InjectRepository(InitiativeEntity) private readonly rows: Repository<InitiativeEntity>) {}

  async findBySlug(slug: string): Promise<Initiative | null> {
    const row = await this.rows.findOneBy({ slug });
    return row ? toInitiative(row) : null;
  }

  async findByRegistrationNumber(registrationNumber: string): Promise<Initiative | null> {
    const row = await this.rows.findOneBy({ registrationNumber });
    return row ? toInitiative(row) : null;
  }

  async list(slugs?: readonly string[]): Promise<Initiative[]> {
    const rows = await this.rows.find({ where: slugs ? { slug: In([...slugs]) } : {}, order: { slug: 'ASC' } });
    return rows.map(toInitiative);
  }

  count(): Promise<number> {
    return this.rows.count();
  }

  async setPublicKeyIfNoStatements(id: string, publicKey: Uint8Array): Promise<boolean> {
    const rows: unknown[] = await this.rows.query(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH updated AS (
         UPDATE initiatives SET public_key = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM signatures WHERE initiative_id = $1) RETURNING id
       ) SELECT id FROM updated`,
      [id, Buffer.from(publicKey)],
    );
    return rows.length === 1;
  }

  async update(id: string, changes: InitiativeChanges, onlyWithoutStatements: boolean): Promise<boolean> {
    const params: unknown[] = [id];
    const sets: string[] = [];
    for (const [field, value] of Object.entries(changes) as [keyof InitiativeChanges, unknown][]) {
      if (value === undefined) continue;
      const { column, json } = COLUMNS[field];
      if (field === 'publicKey' && value !== null && (value as Uint8Array).length !== 32) throw new Error('initiatives: public key must be 32 bytes');
      params.push(json && value !== null ? JSON.stringify(value) : value instanceof Uint8Array ? Buffer.from(value) : value);
      sets.push(`${column} = $${params.length}${json ? '::jsonb' : ''}`);
    }
    if (sets.length === 0) sets.push('id = id');
    const guard = onlyWithoutStatements ? ' AND NOT EXISTS (SELECT 1 FROM signatures WHERE initiative_id = $1)' : '';
    const rows: unknown[] = await this.rows.query(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH updated AS (UPDATE initiatives SET ${sets.join(', ')} WHERE id = $1${guard} RETURNING id) SELECT id FROM updated`,
      params,
    );
    return rows.length === 1;
  }

  async closeEarly(id: string, day: string): Promise<boolean> {
    const rows: unknown[] = await this.rows.query(
      `WITH updated AS (UPDATE initiatives SET closed_early_on = $2 WHERE id = $1 AND closed_early_on IS NULL RETURNING id) SELECT id FROM updated`,
      [id, day],
    );
    return rows.length === 1;
  }

  async create(initiative: NewInitiative): Promise<Initiative> {
    const { publicKey, ...rest } = initiative;
    const saved = await this.rows.save(this.rows.create({ ...rest, publicKey: publicKey ? Buffer.from(publicKey) : null }));
    return toInitiative(saved);
  }
}

function toInitiative(row: InitiativeEntity): Initiative {
  return {
    id: row.id,
    slug: row.slug,
    registrationNumber: row.registrationNumber,
    registrationDate: row.registrationDate,
    title: row.title,
    subject: row.subject,
    objectives: row.objectives,
    organisers: row.organisers,
    registerUrl: row.registerUrl,
    collectionStart: row.collectionStart,
    collectionEnd: row.collectionEnd,
    publicKey: row.publicKey ? new Uint8Array(row.publicKey) : null,
    cocsUrl: row.cocsUrl,
    website: row.website,
    partialRegistration: row.partialRegistration,
    annex: row.annex,
    closedEarlyOn: row.closedEarlyOn,
    demo: row.demo,
  };
}
