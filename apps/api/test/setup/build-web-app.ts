import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * jest globalSetup of the projects that serve the built web app (the API suites: the foundation
 * test loads pages; the browser suites): runs `npm run build:web` when dist/web is missing or
 * older than what it is built from (apps/web, i18n, libs). Tests build what they need, so a
 * focused `npx jest --selectProjects browser …` never runs against a stale or missing build.
 */
const ROOT = resolve(__dirname, '../../../..');
const BUILT = join(ROOT, 'dist/web/index.html');
/** What the web app's bundle is made of; tests and browser specs beside them are not. */
const SOURCES = ['apps/web', 'i18n', 'libs'].map((dir) => join(ROOT, dir));
const NOT_BUILT_FROM = new Set(['e2e', 'node_modules']);

/** The newest modification time (ms) of the files under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_BUILT_FROM.has(entry.name)) newest = Math.max(newest, newestUnder(path));
    } else if (entry.isFile() && !/\.(spec|api-spec|e2e-spec)\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function builtAt(): number | undefined {
  return statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs;
}

export default function buildWebApp(): void {
  const built = builtAt();
  const sources = Math.max(...SOURCES.map(newestUnder));
  if (built !== undefined && built >= sources) return;
  const build = spawnSync('npm', ['run', '-s', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:web failed (status ${build.status}):\n${build.stdout}\n${build.stderr}`);
}
