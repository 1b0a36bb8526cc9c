import { apiPath } from '@eci/api-contract';
import { apiBase, fail, organiserApi, parseOptions, run, usage } from './command-line';

const USAGE = `Coalition partners, through the organiser API of a running server.

  npm run partners -- add --initiative demo --slug edri --name "EDRi" [--origin https://edri.org ...]
  npm run partners -- list --initiative demo
  npm run partners -- origins --initiative demo --slug edri --origin https://edri.org [--origin ...]
  npm run partners -- rotate-token --initiative demo --slug edri
  npm run partners -- revoke-token --initiative demo --slug edri

Options: --api URL (default http://127.0.0.1:3000, or ECI_API_URL); the organiser credential is
read from ECI_ADMIN_TOKEN. A new read token is printed once: hand it to the partner.
`;

export async function partnersCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { options } = parseOptions(rest);
  const multi = (name: string) =>
    rest.flatMap((arg, i) => (arg === `--${name}` && rest[i + 1] ? [rest[i + 1]] : arg.startsWith(`--${name}=`) ? [arg.slice(name.length + 3)] : []));
  const api = apiBase(options);
  const token = process.env.ECI_ADMIN_TOKEN;
  const initiative = typeof options.initiative === 'string' ? options.initiative : undefined;
  const slug = typeof options.slug === 'string' ? options.slug : undefined;
  if (!token) return fail('Set ECI_ADMIN_TOKEN to the organiser credential of the server.');
  if (!initiative) return usage(USAGE, '--initiative is required');
  const call = organiserApi(api, token);
  switch (command) {
    case 'add': {
      if (!slug || typeof options.name !== 'string') return usage(USAGE, 'add needs --slug and --name');
      const created = await call<{ token: string }>('POST', apiPath('partners', { slug: initiative }), { slug, name: options.name, allowedOrigins: multi('origin') });
      process.stdout.write(`Partner ${slug} created.\nRead token (shown once): ${created.token}\n`);
      return 0;
    }
    case 'list':
      process.stdout.write(JSON.stringify(await call('GET', apiPath('partners', { slug: initiative })), null, 2) + '\n');
      return 0;
    case 'origins':
      if (!slug) return usage(USAGE, 'origins needs --slug');
      process.stdout.write(JSON.stringify(await call('PUT', apiPath('partnerOrigins', { slug: initiative, partner: slug }), { allowedOrigins: multi('origin') }), null, 2) + '\n');
      return 0;
    case 'rotate-token': {
      if (!slug) return usage(USAGE, 'rotate-token needs --slug');
      const rotated = await call<{ token: string }>('POST', apiPath('partnerToken', { slug: initiative, partner: slug }));
      process.stdout.write(`New read token (shown once; the old one no longer works): ${rotated.token}\n`);
      return 0;
    }
    case 'revoke-token':
      if (!slug) return usage(USAGE, 'revoke-token needs --slug');
      await call('DELETE', apiPath('partnerToken', { slug: initiative, partner: slug }));
      process.stdout.write(`Read token of ${slug} revoked.\n`);
      return 0;
    default:
      return usage(USAGE, command ? `unknown command ${command}` : undefined);
  }
}



if (require.main === module) run(partnersCommand);
