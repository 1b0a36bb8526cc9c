import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CreatedPartner, CreatePartnerRequest, PartnerToken, PublicPartner } from '@eci/api-contract';
import type { Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { sha256 } from '../access/bearer-token';
import { DomainError } from '../platform/errors/domain-error';
import { InitiativesService } from '../initiatives/initiatives.service';
import type { Partner } from './partner';
import { PARTNERS_REPOSITORY, type PartnersRepository } from './partners.repository';

/** A partner's read token: 32 random bytes, shown once; only its SHA-256 is stored. */
function newToken(): { token: string; hash: Buffer } {
  const token = `ecip_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

@Injectable()
export class PartnersService {
  constructor(
    private readonly initiatives: InitiativesService,
    @Inject(PARTNERS_REPOSITORY) private readonly partners: PartnersRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, slug: string, input: CreatePartnerRequest): Promise<CreatedPartner> {
    const initiative = await this.initiatives.getBySlug(slug);
    const { token, hash } = newToken();
    const created = await this.partners.create({
      initiativeId: initiative.id,
      slug: input.slug,
      name: input.name.trim(),
      allowedOrigins: [...new Set(input.allowedOrigins ?? [])],
      tokenHash: hash,
    });
    if (!created) throw DomainError.of('partner_exists', 'slug');
    await this.audit.record(actor, 'partner_created', { initiative: slug, partner: created.slug, allowedOrigins: created.allowedOrigins });
    return { partner: toPublic(created), token };
  }

  async list(slug: string): Promise<PublicPartner[]> {
    const initiative = await this.initiatives.getBySlug(slug);
    return (await this.partners.list(initiative.id)).map(toPublic);
  }

  async rotateToken(actor: Actor, slug: string, partnerSlug: string): Promise<PartnerToken> {
    const partner = await this.find(slug, partnerSlug);
    const { token, hash } = newToken();
    await this.partners.setToken(partner.id, hash);
    await this.audit.record(actor, 'partner_token_rotated', { initiative: slug, partner: partnerSlug });
    return { token };
  }

  async revokeToken(actor: Actor, slug: string, partnerSlug: string): Promise<void> {
    await this.partners.revokeToken((await this.find(slug, partnerSlug)).id);
    await this.audit.record(actor, 'partner_token_revoked', { initiative: slug, partner: partnerSlug });
  }

  async setAllowedOrigins(actor: Actor, slug: string, partnerSlug: string, origins: string[]): Promise<PublicPartner> {
    const partner = await this.find(slug, partnerSlug);
    const unique = [...new Set(origins)];
    await this.partners.setAllowedOrigins(partner.id, unique);
    await this.audit.record(actor, 'partner_origins_changed', { initiative: slug, partner: partnerSlug, allowedOrigins: unique });
    return toPublic({ ...partner, allowedOrigins: unique });
  }

  /** The partner a read token belongs to, if it is current and the token opens this initiative's route. */
  async authenticate(token: string, initiativeSlug: string, partnerSlug: string): Promise<Partner | null> {
    const partner = await this.partners.findByTokenHash(sha256(token));
    if (!partner || partner.slug !== partnerSlug) return null;
    const initiative = await this.initiatives.getBySlug(initiativeSlug);
    return partner.initiativeId === initiative.id ? partner : null;
  }

  private async find(slug: string, partnerSlug: string): Promise<Partner> {
    const initiative = await this.initiatives.getBySlug(slug);
    const partner = await this.partners.findBySlug(initiative.id, partnerSlug);
    if (!partner) throw DomainError.of('partner_not_found', 'partner');
    return partner;
  }
}

function toPublic(p: Partner): PublicPartner {
  return { slug: p.slug, name: p.name, allowedOrigins: p.allowedOrigins, hasToken: p.hasToken };
}
