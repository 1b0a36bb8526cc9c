import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Clock } from '../../../api/src/platform/clock/clock';
import { cleanUpTestData, startTestApp, type TestApp } from '../../../api/test/harness';

export { cleanUpTestData };

/** The built web app (npm run build:web). */
export const WEB_DIR = resolve(__dirname, '../../../../dist/web');

export interface WebApp extends TestApp {
  /** `http://127.0.0.1:<port>`, the app's one origin. */
  baseUrl: string;
}

/**
 * The whole API in-process (embedded database, fresh data dir) serving the built web app on a
 * free port. Fails at once, and says why, when the web app was not built. `clock` is the server's
 * (an AdjustableClock from apps/api/test/fixtures expires its caches without sleeping).
 */
export async function startWebApp(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<WebApp> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIR}/index.html is missing). Jest's globalSetup (apps/api/test/setup/build-web-app.ts) builds it; run "npm run build:web" to see why it failed.`);
  }
  const app = await startTestApp({ env: { ECI_WEB_DIR: WEB_DIR, ...env }, clock: options.clock });
  await app.running.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.running.app.getHttpServer().address() as AddressInfo;
  return Object.assign(app, { baseUrl: `http://127.0.0.1:${port}` });
}
