import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface ScriptWeight {
  path: string;
  bytes: number;
  gzipped: number;
}

/** Records every JavaScript file the pages of a context load (workers included), with its gzipped size. */
export function recordScripts(context: BrowserContext): () => Promise<ScriptWeight[]> {
  const pending: Promise<ScriptWeight | null>[] = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js') || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => ({ path: url.pathname, bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  });
  return async () => {
    const all = (await Promise.all(pending)).filter((weight): weight is ScriptWeight => weight !== null);
    return [...new Map(all.map((weight) => [weight.path, weight])).values()].sort((a, b) => b.gzipped - a.gzipped);
  };
}

export function weightTable(scripts: ScriptWeight[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  const lines = scripts.map((s) => `${kb(s.bytes)} KB ${kb(s.gzipped)} KB gz  ${s.path}`);
  const total = scripts.reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzipped: sum.gzipped + s.gzipped }), { bytes: 0, gzipped: 0 });
  return [...lines, `${kb(total.bytes)} KB ${kb(total.gzipped)} KB gz  total`].join('\n');
}
