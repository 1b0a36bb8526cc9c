import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Initiative, NewInitiative } from './initiative';
import { InitiativeEntity } from './initiative.entity';
import type { InitiativesRepository } from './initiatives.repository';

@Injectable()
export class TypeOrmInitiativesRepository implements InitiativesRepository {
  constructor(@InjectRepository(InitiativeEntity) private readonly rows: Repository<InitiativeEntity>) {}

  async findBySlug(slug: string): Promise<Initiative | null> {
    const row = await this.rows.findOneBy({ slug });
    return row ? toInitiative(row) : null;
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
