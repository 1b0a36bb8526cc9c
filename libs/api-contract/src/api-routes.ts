/**
 * The API's routes, written once: the controllers declare them (without the `/api` prefix, which
 * the bootstrap sets globally) and the web app builds its request addresses from them.
 */

/** Every API route lives under this prefix. */
export const API_PREFIX = '/api';

export const API_ROUTES = {
  initiatives: 'initiatives',
  initiative: 'initiatives/:slug',
  initiativeClose: 'initiatives/:slug/close',
  initiativePublicKey: 'initiatives/:slug/public-key',
  signingForm: 'initiatives/:slug/forms/:country',
  signatures: 'initiatives/:slug/signatures',
  receipt: 'receipts/:receipt',
  captcha: 'captcha',
  progress: 'initiatives/:slug/progress',
  partnerProgress: 'initiatives/:slug/partners/:partner/progress',
  partners: 'initiatives/:slug/partners',
  partnerOrigins: 'initiatives/:slug/partners/:partner/origins',
  partnerToken: 'initiatives/:slug/partners/:partner/token',
  health: 'health',
  // Organisers' and auditors' console: sessions, people, audit trail, exports.
  authLogin: 'auth/login',
  authLogout: 'auth/logout',
  authMe: 'auth/me',
  accounts: 'initiatives/:slug/accounts',
  account: 'initiatives/:slug/accounts/:id',
  accountPassword: 'initiatives/:slug/accounts/:id/password',
  accountDisable: 'initiatives/:slug/accounts/:id/disable',
  accountEnable: 'initiatives/:slug/accounts/:id/enable',
  audit: 'initiatives/:slug/audit',
  auditVerify: 'initiatives/:slug/audit/verify',
  exportCountry: 'initiatives/:slug/exports/:country',
  exportProgress: 'initiatives/:slug/exports/progress/:id',
} as const;

export type ApiRoute = keyof typeof API_ROUTES;

/** The `:name` parameters of a route pattern. */
export type RouteParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | RouteParams<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The address of a route with its parameters filled in (each URL-encoded), `/api` included. */
export function apiPath<R extends ApiRoute>(route: R, ...[params]: RouteParams<(typeof API_ROUTES)[R]> extends never ? [] : [Record<RouteParams<(typeof API_ROUTES)[R]>, string>]): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = API_ROUTES[route].replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (typeof value !== 'string') throw new Error(`apiPath(${route}): no value for :${name}`);
    return encodeURIComponent(value);
  });
  return `${API_PREFIX}/${path}`;
}
