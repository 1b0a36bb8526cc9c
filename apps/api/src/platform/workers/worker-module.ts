import { extname, join } from 'node:path';

/** What piscina needs to start a worker thread on a module of ours. */
export interface WorkerModule {
  readonly filename: string;
  /** Node options of the worker thread; `undefined` inherits the process's (piscina's default). */
  readonly execArgv: string[] | undefined;
}

/**
 * Hook that lets a worker thread require TypeScript: compiles `.ts` files with @swc/core and the
 * repository's `.swcrc` (the build's own options and `@eci/*` paths). A development file.
 */
const TYPESCRIPT_HOOK = join(__dirname, '../../../test/setup/typescript-worker-hook.js');

/**
 * The worker module `name` beside the module `caller` (pass `__filename`). The built app runs
 * compiled JavaScript: the worker is the `.js` beside the caller. Run from TypeScript source (jest
 * compiles every module in memory with @swc/jest, and a worker thread gets none of that), the
 * caller is a `.ts` file: the worker is the `.ts` beside it, loaded through the TypeScript hook.
 * Whichever way, the worker runs the same code as the thread that started it, never a stale build.
 */
export function workerModule(caller: string, name: string): WorkerModule {
  const extension = extname(caller);
  const filename = join(caller, '..', `${name}${extension}`);
  if (extension === '.ts') return { filename, execArgv: ['--require', TYPESCRIPT_HOOK] };
  return { filename, execArgv: undefined };
}
