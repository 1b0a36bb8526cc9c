import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NewPartner, Partner } from './partner';
import type { PartnersRepository } from './partners.repository';

interface Row {
  id: string;
  initiative_id: string;
  slug: string;
  name: string;
  allowed_origins: string[];
  has_token: boolean;
}

const COLUMNS = `id, initiative_id, slug, name, allowed_origins, (token_hash IS NOT NULL AND token_revoked_at IS NULL) AS has_token`;

@Injectable()
export class TypeOrmPartnersRepository implements PartnersRepository {
  constructor(private readonly db: DataSource) {}

  async create(p: NewPartner): Promise<Partner | null> {
    const rows: Row[] = await this.db.query(
      `INSERT INTO partners (initiative_id, slug, name, allowed_origins, token_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT partners_slug_key DO NOTHING RETURNING ${COLUMNS}`,
      [p.initiativeId, p.slug, p.name, p.allowedOrigins, p.tokenHash],
    );
    return rows[0] ? toPartner(rows[0]) : null;
  }

  async list(initiativeId: string): Promise<Partner[]> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM partners WHERE initiative_id = $1 ORDER BY slug`, [initiativeId]);
    return rows.map(toPartner);
  }

  async findBySlug(initiativeId: string, slug: string): Promise<Partner | null> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM partners WHERE initiative_id = $1 AND slug = $2`, [initiativeId, slug]);
    return rows[0] ? toPartner(rows[0]) : null;
  }

  async findByTokenHash(tokenHash: Buffer): Promise<Partner | null> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM partners WHERE token_hash = $1 AND token_revoked_at IS NULL`, [tokenHash]);
    return rows[0] ? toPartner(rows[0]) : null;
  }

  async setToken(partnerId: string, tokenHash: Buffer): Promise<void> {
    await this.db.query(`UPDATE partners SET token_hash = $2, token_revoked_at = NULL WHERE id = $1`, [partnerId, tokenHash]);
  }

  async revokeToken(partnerId: string): Promise<void> {
    await this.db.query(`UPDATE partners SET token_revoked_at = now() WHERE id = $1 AND token_revoked_at IS NULL`, [partnerId]);
  }

  async setAllowedOrigins(partnerId: string, origins: string[]): Promise<void> {
    await this.db.query(`UPDATE partners SET allowed_origins = $2 WHERE id = $1`, [partnerId, origins]);
  }
}

function toPartner(r: Row): Partner {
  return { id: r.id, initiativeId: r.initiative_id, slug: r.slug, name: r.name, allowedOrigins: r.allowed_origins, hasToken: r.has_token };
}
