import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildApi, childEnv, killChildren, startApi, startChild, stopChild, type ApiBuild } from './fixtures/built-api';
import { insertMarkedStatements, type Markers } from './fixtures/marked-statements';
import { findMarkers, readableFiles, regularFiles } from './fixtures/plaintext-search';
import { demoCredentials } from './fixtures/sessions';
import { adminUrl, cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const POLISH = 20_000;
const FRENCH = 10_000;
const MiB = 1024 * 1024;

/** Bytes in files of export workspaces under `dir` (the workspaces are `eci-export-*`). */
function workspaceBytes(dir: string): number {
  return readdirSync(dir)
    .filter((name) => name.startsWith('eci-export-'))
    .flatMap((name) => regularFiles(join(dir, name)))
    .reduce((sum, file) => sum + (lstatSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
}

const workspaces = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('eci-export-'));

/** Polls a condition set by another process (no clock to move there). */
async function waitFor(condition: () => boolean, what: string, timeoutMs = 120_000, detail: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}\n${detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function serverDataDirectory(): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ data_directory: string }>('SHOW data_directory');
    return rows[0].data_directory;
  } finally {
    await admin.end();
  }
}

/**
 * Step 7, item 1: a process killed (SIGKILL) in the middle of an export leaves no personal data
 * in clear on disk — not in the temporary directory (its workspace is noise), not in the data
 * directories (the embedded database, or the PostgreSQL server's whole data directory) — and the
 * next start removes the workspace. For the API (`POST …/exports/PL`) and `npm run export`.
 */
/** What was searched, for the record: files and bytes under each root, and that nothing was found. */
function report(what: string, roots: string[]): void {
  const files = roots.flatMap(regularFiles);
  const bytes = files.reduce((sum, file) => sum + (lstatSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  console.log(`${what} (${target}): ${files.length} files, ${(bytes / MiB).toFixed(1)} MiB searched under ${roots.join(', ')}: 0 hits`);
}

describe(`exports killed mid-way leave nothing readable on disk (${target} database)`, () => {
  let t: TestApp;
  let build: ApiBuild;
  let markers: Markers;
  let dataDirs: string[];
  let exportBody: string;
  const scratch: string[] = [];
  const freshDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    scratch.push(dir);
    return dir;
  };

  beforeAll(async () => {
    build = buildApi();
    t = await startTestApp();
    markers = await insertMarkedStatements(t.sql, { PL: POLISH, FR: FRENCH });
    await t.close();
    dataDirs = [t.env.ECI_DATA_DIR, ...(target === 'postgres' ? [await serverDataDirectory()] : [])];
    // The search must really read them (the server's data directory needs the rights to).
    for (const dir of dataDirs) expect(regularFiles(dir).length).toBeGreaterThan(2);
    const dir = t.env.ECI_DATA_DIR;
    exportBody = JSON.stringify({
      keyFile: JSON.parse(readFileSync(join(dir, 'demo-organiser-key.json'), 'utf8')),
      passphrase: readFileSync(join(dir, 'demo-organiser-key.passphrase'), 'utf8').trim(),
      certificate: readFileSync(join(dir, 'demo-certificate.p12')).toString('base64'),
      certificatePassphrase: readFileSync(join(dir, 'demo-certificate.passphrase'), 'utf8').trim(),
    });
  }, 300_000);

  afterAll(async () => {
    await killChildren();
    build?.remove();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    await cleanUpTestData();
  });

  const exportRequest = async (url: string, country: string) => {
    const { auditor } = demoCredentials(t);
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: auditor.email, password: auditor.password }) });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    return fetch(`${url}/api/initiatives/demo/exports/${country}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: exportBody,
    });
  };

  /** What the search must find in a finished export: it sees through the ZIP's compression. */
  const expectFoundIn = (dir: string, kinds: string[]) => {
    const found = new Set(findMarkers([dir], markers).map((f) => `${f.kind}/${f.where}`));
    expect([...found].sort()).toEqual(expect.arrayContaining(kinds));
    expect(readableFiles(dir)).not.toEqual([]);
  };

  it(
    'POST …/exports/PL killed with SIGKILL mid-way: no name, ID number or birth date anywhere under the temporary or data directories; the next start removes the workspace',
    async () => {
      const tmp = freshDir('eci-crash-api-');
      const env = childEnv({ ...t.env, LOG_LEVEL: 'warn' }, tmp);
      const api = await startApi(build, env);
      let outcome: number | string | undefined;
      const exporting = exportRequest(api.url, 'PL').then(
        (res) => (outcome = res.status),
        (error: Error) => (outcome = `connection lost (${error.message})`),
      );
      await waitFor(() => workspaceBytes(tmp) >= MiB || api.child.exitCode !== null || outcome !== undefined, 'the export to write its files', 120_000, () => api.output());
      api.child.kill('SIGKILL');
      expect(await api.exited).toBe('SIGKILL');
      expect(await exporting).toMatch(/^connection lost/);

      // The crash left a workspace full of data, and none of it is readable.
      expect(workspaceBytes(tmp)).toBeGreaterThanOrEqual(MiB);
      expect(readableFiles(tmp)).toEqual([]);
      expect(findMarkers([tmp, ...dataDirs], markers)).toEqual([]);
      report('API killed mid-export', [tmp, ...dataDirs]);

      const again = await startApi(build, env);
      try {
        expect(workspaces(tmp)).toEqual([]);
        // The export still works, and the search finds its people in the finished ZIP.
        const res = await exportRequest(again.url, 'PL');
        expect(res.status).toBe(200);
        const zipDir = freshDir('eci-crash-zip-');
        writeFileSync(join(zipDir, 'statements-PL.zip'), Buffer.from(await res.arrayBuffer()));
        expectFoundIn(zipDir, ['id number/inflated', 'name/inflated']);
        await waitFor(() => workspaces(tmp).length === 0, 'the finished export to remove its workspace');
      } finally {
        await stopChild(again);
      }
    },
    300_000,
  );

  it(
    'npm run export killed with SIGKILL mid-way: nothing readable either; the next command removes the workspace',
    async () => {
      const tmp = freshDir('eci-crash-cli-');
      const outDir = freshDir('eci-crash-out-');
      const dir = t.env.ECI_DATA_DIR;
      const out = join(outDir, 'statements-FR.zip');
      const args = [
        '--country', 'FR',
        '--key', join(dir, 'demo-organiser-key.json'), '--passphrase-file', join(dir, 'demo-organiser-key.passphrase'),
        '--certificate', join(dir, 'demo-certificate.p12'), '--certificate-passphrase-file', join(dir, 'demo-certificate.passphrase'),
        '--out', out,
        ...(t.env.DATABASE_URL ? ['--database-url', t.env.DATABASE_URL] : ['--data-dir', dir]),
      ];
      const env = childEnv({}, tmp);
      const run = startChild(build.cli('export'), args, env);
      await waitFor(() => workspaceBytes(tmp) >= MiB || run.child.exitCode !== null, 'the command to write its files');
      run.child.kill('SIGKILL');
      expect([await run.exited, run.output()]).toEqual(['SIGKILL', expect.any(String)]);

      expect(existsSync(out)).toBe(false);
      expect(workspaceBytes(tmp)).toBeGreaterThanOrEqual(MiB);
      expect(readableFiles(tmp)).toEqual([]);
      expect(findMarkers([tmp, ...dataDirs], markers)).toEqual([]);
      report('npm run export killed mid-export', [tmp, ...dataDirs]);

      const rerun = startChild(build.cli('export'), args, env);
      expect(await rerun.exited).toBe(0);
      expect(workspaces(tmp)).toEqual([]);
      expectFoundIn(outDir, ['birth date/inflated', 'name/inflated']);
    },
    300_000,
  );
});
