import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../accounts/account';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { ApiError } from '../errors/api-error';
import { AuthService } from './auth.service';
import { bearerToken, secretsEqual, sha256 } from './bearer-token';
import { CSRF_HEADER, ROLES_KEY, SESSION_COOKIE, type AuthenticatedRequest } from './roles';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Organiser and auditor routes. A session cookie (HttpOnly, SameSite=Strict) of an account with one
 * of the route's roles, plus — on state-changing requests — the session's CSRF token in
 * `X-CSRF-Token`. `Authorization: Bearer <ECI_ADMIN_TOKEN>` acts as an organiser (for commands and
 * automation; no cookie, so no CSRF). 401 without valid credentials, 403 with the wrong role.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const bearer = bearerToken(request);
    if (bearer) {
      if (!this.config.adminToken || !secretsEqual(bearer, this.config.adminToken)) throw unauthorized();
      if (!roles.includes('organiser')) throw forbidden();
      request.actor = 'organiser-token';
      return true;
    }

    const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    const session = token ? await this.auth.session(token) : null;
    if (!token || !session) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) {
      const csrf = request.headers[CSRF_HEADER];
      if (typeof csrf !== 'string' || !timingSafeEqual(sha256(csrf), session.csrfTokenHash)) {
        throw new ApiError(403, [{ field: null, code: 'csrf' }]);
      }
    }
    if (!roles.includes(session.account.role)) throw forbidden();
    request.account = session.account;
    request.actor = `account:${session.account.id}`;
    request.sessionToken = token;
    return true;
  }
}

const unauthorized = () => new ApiError(401, [{ field: null, code: 'unauthorized' }]);
const forbidden = () => new ApiError(403, [{ field: null, code: 'forbidden' }]);
