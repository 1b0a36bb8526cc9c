import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Account, Actor, Role } from './identity';

export const ROLES_KEY = 'eci:roles';

/**
 * The roles that may call a route, each held on the initiative of the route's `:slug` (checked by
 * `RolesGuard`). The installation's organiser credential counts as an organiser of every initiative.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in account, whatever its roles (and the organiser credential). */
export const SignedIn = () => SetMetadata(ROLES_KEY, []);

export const SESSION_COOKIE = 'eci_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A request the `RolesGuard` let through: who made it. */
export type AuthenticatedRequest = FastifyRequest & { actor?: Actor; account?: Account; sessionToken?: string };

export function actorOf(request: AuthenticatedRequest): Actor {
  return request.actor ?? 'system';
}
