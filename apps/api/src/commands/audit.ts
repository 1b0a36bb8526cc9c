import { apiPath, type AuditVerdict } from '@eci/api-contract';
import { AuditService } from '../audit/audit.service';
import { openApiSession } from './api-session';
import { openOfflineApp } from './offline-app';
import { fail, parseOptions, readSecret, run, usage } from './command-line';

const USAGE = `Verifies the audit trail's hash chain and names the first broken entry.

Through a running server, as an auditor of one of its initiatives (the trail is one chain, every
initiative's entries together):
  npm run audit -- verify --api http://127.0.0.1:3000 --email auditor@example.org [--initiative demo] [--password-file FILE]

Straight on a database: PostgreSQL (a running server may use it meanwhile), or the data directory
of the embedded database, which only one process opens at a time: stop the server first, or use --api.
  npm run audit -- verify (--database-url URL | --data-dir DIR)

Exit code 0 when the chain holds, 1 when an entry was edited or removed (or the check could not run).
`;

const BROKEN = { hash: 'its content was changed', prev_hash: 'the entry before it was removed or replaced' } as const;

export async function auditCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { options } = parseOptions(rest);
  const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  if (command !== 'verify') return usage(USAGE);
  const api = str('api') ?? str('url');
  if (api) return verifyThroughApi(api.replace(/\/$/, ''), str('email'), str('initiative') ?? 'demo', str('password-file'));
  if (!str('database-url') && !str('data-dir')) return usage(USAGE, 'give --api URL, --database-url URL or --data-dir DIR');
  const running = await openOfflineApp({ databaseUrl: str('database-url'), dataDir: str('data-dir') });
  try {
    const verdict = await running.app.get(AuditService).verify();
    if (verdict.valid) {
      process.stdout.write(`The audit trail holds: ${verdict.entries} entries, head ${verdict.head}\n`);
      return 0;
    }
    process.stdout.write(`The audit trail is BROKEN at entry ${verdict.firstBroken} (${BROKEN[verdict.reason]}).\n`);
    return 1;
  } finally {
    await running.close();
  }
}

async function verifyThroughApi(api: string, email: string | undefined, initiative: string, passwordFile: string | undefined): Promise<number> {
  if (!email) return usage(USAGE, '--email is required with --api');
  const password = await readSecret(`Password of ${email}: `, passwordFile);
  try {
    const session = await openApiSession(api, email, password);
    const res = await fetch(`${api}${apiPath('auditVerify', { slug: initiative })}`, { headers: session.headers });
    if (!res.ok) return fail(`Verification refused (${res.status}): ${await res.text()}`);
    const verdict = (await res.json()) as AuditVerdict;
    if (verdict.valid) {
      process.stdout.write(`The audit trail holds: head ${verdict.head}\n`);
      return 0;
    }
    process.stdout.write(`The audit trail is BROKEN at entry ${verdict.firstBroken} (${BROKEN[verdict.reason]}).\n`);
    return 1;
  } catch (error) {
    return fail((error as Error).message);
  }
}

if (require.main === module) run(auditCommand);
