import { AuditService } from '../audit/audit.service';
import { openOfflineApp } from './offline-app';
import { parseOptions, run, usage } from './command-line';

const USAGE = `Verifies the audit trail's hash chain and names the first broken entry.

  npm run audit -- verify (--database-url URL | --data-dir DIR)

Exit code 0 when the chain holds, 1 when an entry was edited or removed.
`;

export async function auditCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { options } = parseOptions(rest);
  if (command !== 'verify') return usage(USAGE);
  const running = await openOfflineApp({
    databaseUrl: typeof options['database-url'] === 'string' ? options['database-url'] : undefined,
    dataDir: typeof options['data-dir'] === 'string' ? options['data-dir'] : undefined,
  });
  try {
    const verdict = await running.app.get(AuditService).verify();
    if (verdict.valid) {
      process.stdout.write(`The audit trail holds: ${verdict.entries} entries, head ${verdict.head}\n`);
      return 0;
    }
    process.stdout.write(
      `The audit trail is BROKEN at entry ${verdict.firstBroken} (${verdict.reason === 'hash' ? 'its content was changed' : 'the entry before it was removed or replaced'}).\n`,
    );
    return 1;
  } finally {
    await running.close();
  }
}

if (require.main === module) run(auditCommand);
