import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../access/bearer-token';
import { DomainError } from '../platform/errors/domain-error';
import type { Partner } from './partner';
import { PartnersService } from './partners.service';

export type PartnerRequest = FastifyRequest & { partner?: Partner };

/** A partner's read token opens that partner's own progress route, and nothing else. */
@Injectable()
export class PartnerTokenGuard implements CanActivate {
  constructor(private readonly partners: PartnersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PartnerRequest>();
    const token = bearerToken(request);
    const params = request.params as { slug?: string; partner?: string };
    const partner = token && params.slug && params.partner ? await this.partners.authenticate(token, params.slug, params.partner) : null;
    if (!partner) throw new DomainError([{ field: null, code: 'unauthorized' }]);
    request.partner = partner;
    return true;
  }
}
