import { tmpdir } from 'node:os';
import type { Logger } from 'pino';
import { removeWorkspaceLeftovers } from '@eci/statement-exports';

/**
 * At start-up (the API and the offline commands): removes the temporary directories of exports
 * that a dead process left behind (`kill -9`, a crash, a power cut). Their files are encrypted
 * under keys that died with that process, and those of versions before encryption are in clear;
 * either way they must not stay. Workspaces of live processes sharing the directory are kept.
 * A failure is logged, not fatal: it must not keep the API from serving signatures.
 */
export async function removeExportLeftovers(log: Logger, dir: string = tmpdir()): Promise<void> {
  try {
    const removed = await removeWorkspaceLeftovers(dir);
    if (removed > 0) log.warn({ removed }, 'removed the temporary files of interrupted exports');
  } catch (error) {
    log.error({ err: error }, 'could not remove the temporary files of interrupted exports');
  }
}
