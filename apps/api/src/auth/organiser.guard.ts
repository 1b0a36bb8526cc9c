import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { ApiError } from '../errors/api-error';
import { bearerToken, secretsEqual } from './bearer-token';

/**
 * Organiser routes: `Authorization: Bearer <ECI_ADMIN_TOKEN>`. Without ECI_ADMIN_TOKEN the
 * organiser API is closed. (Organiser and auditor accounts replace this credential later.)
 */
@Injectable()
export class OrganiserGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = bearerToken(context.switchToHttp().getRequest<FastifyRequest>());
    if (!token || !this.config.adminToken || !secretsEqual(token, this.config.adminToken)) {
      throw new ApiError(401, [{ field: null, code: 'unauthorized' }]);
    }
    return true;
  }
}
