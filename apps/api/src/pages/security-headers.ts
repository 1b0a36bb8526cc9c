import { ORIGIN_PATTERN } from '@eci/api-contract';

/**
 * Security headers of the web pages (not of /api, whose Swagger UI has its own needs). Everything
 * the signing page loads comes from its own origin: no inline script or style, no third party.
 */

/** True for an origin that may go into a header as it is (rejects paths, wildcards, spaces, `;`). */
export function isFramingOrigin(origin: string): boolean {
  return ORIGIN_PATTERN.test(origin);
}

/**
 * The strict policy of the pages; `frameOrigins` are the partner sites allowed to embed them.
 * `compileWasm` adds `'wasm-unsafe-eval'` (WebAssembly may be compiled; JavaScript `eval` stays
 * refused): only for the organiser key worker's script (`keyWorkerHeaders`), never for a page.
 */
export function contentSecurityPolicy(frameOrigins: readonly string[] = [], options: { compileWasm?: boolean } = {}): string {
  const ancestors = ["'self'", ...frameOrigins.filter(isFramingOrigin)];
  return [
    "default-src 'self'",
    options.compileWasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

/** Headers of every response outside /api (pages, scripts, styles). */
export function webHeaders(frameOrigins: readonly string[] = []): Record<string, string> {
  const allowed = frameOrigins.filter(isFramingOrigin);
  return {
    'content-security-policy': contentSecurityPolicy(allowed),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
    'strict-transport-security': 'max-age=31536000',
    // X-Frame-Options cannot list origins: sent only when no partner may frame the page.
    ...(allowed.length === 0 ? { 'x-frame-options': 'SAMEORIGIN' } : {}),
  };
}

/**
 * The built script of the console's key worker (apps/web/src/console/keys/organiser-key.worker.ts,
 * which Vite writes as `assets/organiser-key.worker-{hash}.js`), by its file path or URL path.
 */
const KEY_WORKER_SCRIPT = /(?:^|\/)assets\/organiser-key\.worker-[A-Za-z0-9_-]+\.js$/;

export function isKeyWorkerScript(path: string): boolean {
  return KEY_WORKER_SCRIPT.test(path);
}

/**
 * The headers of the key worker's script, the one response that may compile WebAssembly: a
 * dedicated worker runs under the policy delivered with its own script (Chromium measured: the
 * page's policy does not reach it), and libsodium.js's Argon2id is WebAssembly only. Every page,
 * the console's included, keeps the strict policy (docs/security-model.md, "WebAssembly in the key
 * worker").
 */
export function keyWorkerHeaders(): Record<string, string> {
  return { ...webHeaders(), 'content-security-policy': contentSecurityPolicy([], { compileWasm: true }) };
}
