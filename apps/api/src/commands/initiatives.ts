import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiPath } from '@eci/api-contract';
import { apiBase, fail, organiserApi, parseOptions, run, usage } from './command-line';

const USAGE = `Initiatives, through the organiser API of a running server.

  npm run initiatives -- create --file initiative.json
  npm run initiatives -- update --slug right-to-repair --file changes.json
  npm run initiatives -- list
  npm run initiatives -- close --slug right-to-repair

The file holds the initiative as registered (see docs/examples/initiative.json and docs/initiatives.md);
for update, only the fields to change (a "slug" in it must be the one given). The last day of
collection is computed from "collectionStart". close ends collection today (Brussels time).

Options: --api URL (default http://127.0.0.1:3000, or ECI_API_URL); the organiser credential is
read from ECI_ADMIN_TOKEN.
`;

export async function initiativesCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { options } = parseOptions(rest);
  const api = apiBase(options);
  const token = process.env.ECI_ADMIN_TOKEN;
  const slug = typeof options.slug === 'string' ? options.slug : undefined;
  const file = typeof options.file === 'string' ? options.file : undefined;
  if (!['create', 'update', 'list', 'close'].includes(command ?? '')) return usage(USAGE, command ? `unknown command ${command}` : undefined);
  if (!token) return fail('Set ECI_ADMIN_TOKEN to the organiser credential of the server.');
  const call = organiserApi(api, token);
  const print = (value: unknown) => process.stdout.write(JSON.stringify(value, null, 2) + '\n');
  switch (command) {
    case 'create': {
      if (!file) return usage(USAGE, 'create needs --file');
      const created = await call<Summary>('POST', apiPath('initiatives'), readJson(file));
      process.stdout.write(`Initiative ${created.slug} created, collecting from ${created.collectionStart} to ${created.collectionEnd}.\n`);
      print(created);
      return 0;
    }
    case 'update': {
      if (!slug || !file) return usage(USAGE, 'update needs --slug and --file');
      const { slug: inFile, ...changes } = readJson(file);
      if (inFile !== undefined && inFile !== slug) return fail(`The file is for "${String(inFile)}", not ${slug}: an initiative's slug cannot change.`);
      const updated = await call<Summary>('PATCH', apiPath('initiative', { slug }), changes);
      process.stdout.write(`Initiative ${updated.slug} updated.\n`);
      print(updated);
      return 0;
    }
    case 'close': {
      if (!slug) return usage(USAGE, 'close needs --slug');
      const closed = await call<Summary>('POST', apiPath('initiativeClose', { slug }));
      process.stdout.write(`Collection of ${closed.slug} closed early on ${closed.closedEarlyOn}: statements from this day on are refused.\n`);
      return 0;
    }
    default:
      print(await call('GET', apiPath('initiatives')));
      return 0;
  }
}

interface Summary {
  slug: string;
  collectionStart: string;
  collectionEnd: string;
  closedEarlyOn: string | null;
}

/** The JSON object in a file, the path taken from where `npm run` was started. */
function readJson(file: string): Record<string, unknown> {
  const value = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8')) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: not a JSON object`);
  return value as Record<string, unknown>;
}

if (require.main === module) run(initiativesCommand);
