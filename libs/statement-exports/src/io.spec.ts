import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { INITIATIVE, CREATED_AT } from '../test/fixtures';
import {
  closeSync,
  existsSync,
  filesUnder,
  makeTempDir,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  removeDir,
  statSync,
  symlinkSync,
  writeFileSync,
} from '../test/files';
import { CERTIFICATE } from '../test/run-export';
import { generatedCounts, generatePolishStatements } from '../test/sample-data';
import { exportMemberState } from './export-member-state';
import { createWorkspace, removeWorkspaceLeftovers, WORKSPACE_PREFIX } from './io';
import type { ExportStatement } from './types';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
/** What deflate makes of the bytes, relative to their size: ~1 for noise, far less for text. */
const compressibility = (data: Buffer) => deflateRawSync(data).length / data.length;

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('work files', () => {
  const clear = Buffer.from('<property key="family.names">Wiśniewska</property><property key="national.id.number">44051401458</property>\n'.repeat(3000));

  it('keep only noise on disk (0600), and read back, by range and in place, exactly what was written', async () => {
    const workspace = await createWorkspace(dir);
    const file = workspace.file('statements-PL.xml');
    const out = file.createWriteStream();
    for (let at = 0; at < clear.length; at += 777) out.write(clear.subarray(at, at + 777));
    await new Promise<void>((resolve, reject) => out.once('error', reject).end(resolve));

    const disk = readFileSync(file.path);
    expect(disk.length).toBe(clear.length);
    expect(disk.toString('latin1')).not.toContain('44051401458');
    expect(compressibility(disk)).toBeGreaterThan(0.99);
    expect(compressibility(clear)).toBeLessThan(0.1);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);

    const chunks: Buffer[] = [];
    for await (const chunk of file.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(clear)).toBe(true);
    expect((await file.readAt(12_345, 999)).equals(clear.subarray(12_345, 13_344))).toBe(true);
    const ranges = [
      { start: 3, end: 70_001 },
      { start: 70_131, end: clear.length },
    ];
    expect(await file.sha256(ranges)).toEqual({
      bytes: ranges.reduce((sum, r) => sum + r.end - r.start, 0),
      sha256: sha256(Buffer.concat(ranges.map((r) => clear.subarray(r.start, r.end)))),
    });

    const patch = Buffer.from('[0 1234 5678 90]');
    await file.writeAt(50_001, patch);
    const patched = Buffer.from(clear);
    patch.copy(patched, 50_001);
    expect(await file.sha256()).toEqual({ bytes: clear.length, sha256: sha256(patched) });

    await workspace.dispose();
    expect(existsSync(workspace.dir)).toBe(false);
    await expect(file.readAt(0, 10)).rejects.toThrow();
  });
});

describe('an export in progress', () => {
  it('leaves nothing readable in its work directory: no name, no ID number, no PDF or XML', async () => {
    const workDir = join(dir, 'work');
    mkdirSync(workDir);
    const count = 4000;
    const seen: ExportStatement[] = [];
    let inspected: { files: string[]; bytes: number } | undefined;
    const look = () => {
      const files = filesUnder(workDir);
      const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
      for (const file of files) {
        const data = readFileSync(file);
        const text = data.toString('latin1') + data.toString('utf8');
        const head = data.subarray(0, 5).toString('latin1');
        for (const magic of ['%PDF', '<?xml', 'PK\u0003\u0004']) expect(head.startsWith(magic)).toBe(false);
        const numbers = new Set(seen.map((item) => (item.statement.part === 'B' ? item.statement.idDocumentNumber : '')));
        const names = new Set(seen.map((item) => item.statement.familyNames));
        for (const name of names) expect(text).not.toContain(name);
        expect((text.match(/\d{11}/g) ?? []).filter((run) => numbers.has(run))).toEqual([]);
        if (data.length >= 4096) expect(compressibility(data)).toBeGreaterThan(0.98);
      }
      return { files: files.map((file) => basename(file)), bytes };
    };
    async function* statements() {
      for await (const item of generatePolishStatements(count)) {
        seen.push(item);
        if (seen.length === 3000) inspected = look(); // most of the way in: the files hold data
        yield item;
      }
    }
    await exportMemberState({
      initiative: INITIATIVE,
      country: 'PL',
      counts: { ...generatedCounts(count), totalAllMemberStates: count },
      statements: statements(),
      certificate: { p12: CERTIFICATE.p12, passphrase: CERTIFICATE.passphrase },
      createdAt: CREATED_AT,
      workDir,
      output: new Writable({ write: (_chunk, _encoding, callback) => callback() }),
    });
    expect(inspected?.files.sort()).toEqual(['statements-PL.pdf', 'statements-PL.xml']);
    expect(inspected?.bytes).toBeGreaterThan(1024 * 1024);
    expect(readdirSync(workDir)).toEqual([]);
  });
});

describe('leftovers of interrupted exports', () => {
  /** A process id that surely ended: a child that ran and exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

  it('are removed at start-up for dead processes of this host and for earlier versions, never for live processes or anything else', async () => {
    const own = basename((await createWorkspace(dir)).dir); // this process's live workspace
    const host = own.slice(WORKSPACE_PREFIX.length).split('-')[0];
    expect(host).toBe(hostname().toLowerCase().replace(/[^a-z0-9.]/g, '_'));
    const dead = deadPid();
    const make = (name: string, withFile = true) => {
      mkdirSync(join(dir, name));
      if (withFile) writeFileSync(join(dir, name, 'statements-PL.xml'), 'noise');
      return name;
    };
    const removed = [make(`eci-export-${host}-${dead}-aB3dE6`), make('eci-export-Xy12Zq')];
    const kept = [
      own,
      make(`eci-export-${host}-${process.ppid}-aB3dE6`), // another live process
      make(`eci-export-another.host-${dead}-aB3dE6`), // another machine sharing the directory
      make('eci-exports-test-aB3dE6'),
      make('eci-export-unknown-shape'),
    ];
    // An earlier version's workspace that a running process still has a file open in.
    const busy = make('eci-export-Busy12');
    const held = openSync(join(dir, busy, 'statements-PL.xml'), 'r');
    // A symbolic link named like a dead process's workspace: not followed, not removed.
    const target = make('elsewhere');
    symlinkSync(join(dir, target), join(dir, `eci-export-${host}-${dead}-Link00`));
    try {
      expect(await removeWorkspaceLeftovers(dir)).toBe(removed.length);
    } finally {
      closeSync(held);
    }
    expect(readdirSync(dir).sort()).toEqual([...kept, busy, target, `eci-export-${host}-${dead}-Link00`].sort());
    expect(readdirSync(join(dir, target))).toEqual(['statements-PL.xml']);
    expect(await removeWorkspaceLeftovers(join(dir, 'does-not-exist'))).toBe(0);
  });
});
