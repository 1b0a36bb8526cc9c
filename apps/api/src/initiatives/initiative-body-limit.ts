import type { FastifyInstance } from 'fastify';

/**
 * An initiative's texts in up to 24 languages (objectives 1,100 and annex 5,000 characters each)
 * outgrow the API's small body limit: creating and editing an initiative admit this much.
 */
export const INITIATIVE_BODY_LIMIT = 1024 * 1024;

const LARGE_BODY_ROUTES = new Set(['POST /api/initiatives', 'PATCH /api/initiatives/:slug']);

/** Raises the body limit of the initiative create and edit routes (call before the routes are registered). */
export function allowInitiativeBodies(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    for (const method of ([] as string[]).concat(route.method)) {
      if (LARGE_BODY_ROUTES.has(`${method} ${route.url}`)) route.bodyLimit = INITIATIVE_BODY_LIMIT;
    }
  });
}
