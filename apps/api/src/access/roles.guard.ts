import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { SESSION_LOOKUP, type Role, type SessionLookup } from './identity';
import type { AppConfig } from '../platform/config/app-config';
import { APP_CONFIG } from '../platform/config/config.tokens';
import { DomainError } from '../platform/errors/domain-error';
import { bearerToken, secretsEqual, sha256 } from './bearer-token';
import { CSRF_HEADER, ROLES_KEY, SESSION_COOKIE, type AuthenticatedRequest } from './roles';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Organiser and auditor routes. A session cookie (HttpOnly, SameSite=Strict) of an account holding
 * one of the route's roles **on the initiative of the route's `:slug`**, plus — on state-changing
 * requests — the session's CSRF token in `X-CSRF-Token`. A route with roles but no `:slug` admits
 * no session (every role is held for one initiative). `Authorization: Bearer <ECI_ADMIN_TOKEN>` is
 * the installation's organiser credential, an organiser of every initiative (for commands and
 * automation; no cookie, so no CSRF). A route marked `@SignedIn()` admits any session and the
 * credential. 401 without valid credentials, 403 without the role on this initiative.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) throw forbidden(); // a guarded route without a declaration admits nobody
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const slug = (request.params as { slug?: unknown } | undefined)?.slug;

    const bearer = bearerToken(request);
    if (bearer) {
      if (!this.config.adminToken || !secretsEqual(bearer, this.config.adminToken)) throw unauthorized();
      if (roles.length > 0 && !roles.includes('organiser')) throw forbidden();
      request.actor = 'organiser-token';
      return true;
    }

    const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    const session = token ? await this.sessions.session(token) : null;
    if (!token || !session) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) {
      const csrf = request.headers[CSRF_HEADER];
      if (typeof csrf !== 'string' || !timingSafeEqual(sha256(csrf), session.csrfTokenHash)) {
        throw new DomainError([{ field: null, code: 'csrf' }]);
      }
    }
    if (roles.length > 0) {
      const held = typeof slug === 'string' ? session.account.roles.filter((r) => r.initiative === slug) : [];
      if (!held.some((r) => roles.includes(r.role))) throw forbidden();
    }
    request.account = session.account;
    request.actor = `account:${session.account.id}`;
    request.sessionToken = token;
    return true;
  }
}

const unauthorized = () => new DomainError([{ field: null, code: 'unauthorized' }]);
const forbidden = () => new DomainError([{ field: null, code: 'forbidden' }]);
