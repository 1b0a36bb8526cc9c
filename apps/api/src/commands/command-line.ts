import { readFileSync } from 'node:fs';

/** Reads a secret from the terminal without echoing it, or from a file given instead. */
export async function readSecret(question: string, file?: string): Promise<string> {
  if (file) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    // Piped input: first line.
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  }
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (char: string) => {
      if (char === '\r' || char === '\n' || char === '\u0004') {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        process.stderr.write('\n');
        resolve(value);
      } else if (char === '\u0003') {
        stdin.setRawMode(false);
        reject(new Error('cancelled'));
      } else if (char === '\u007f' || char === '\b') {
        value = value.slice(0, -1);
      } else {
        value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** `--name value` and `--flag` options after the command word. */
export function parseOptions(args: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options[name] = inline;
      else if (i + 1 < args.length && !args[i + 1].startsWith('--')) options[name] = args[++i];
      else options[name] = true;
    } else positional.push(arg);
  }
  return { positional, options };
}

/** Prints a problem (if any) and the command's usage; exit code 2. */
export function usage(text: string, problem?: string): number {
  if (problem) process.stderr.write(`${problem}\n\n`);
  process.stderr.write(text);
  return 2;
}

/** Prints why the command failed; exit code 1. */
export function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

/** Runs a command's main function with the process arguments and exits with its code. */
export function run(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

/** The API's address for a command: `--api URL`, else `ECI_API_URL`, else the local default. */
export function apiBase(options: Record<string, string | true>): string {
  return String(options.api ?? process.env.ECI_API_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
}

/**
 * A JSON call to a running server's organiser API with the installation's organiser credential
 * (`ECI_ADMIN_TOKEN`, sent as a bearer token): the answer's JSON, or an error naming the status
 * and the API's messages.
 */
export function organiserApi(api: string, token: string): <T>(method: string, path: string, body?: unknown) => Promise<T> {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const errors = (json as { errors?: { field: string | null; message: string }[] } | undefined)?.errors ?? [];
      throw new Error(`${res.status}: ${errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ') || text}`);
    }
    return json as T;
  };
}
