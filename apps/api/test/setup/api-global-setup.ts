import buildWebApp from './build-web-app';
import { prepareEmbeddedTemplate } from './embedded-template';
import { makeRunDirectory } from './run-directory';

/**
 * jest globalSetup of the projects that start test apps (harness.ts): the built web app, the run's
 * directory, and, for the projects on the embedded database, the run's migrated data dir.
 */
export default async function apiGlobalSetup(_global: unknown, project: { setupFiles: string[] }): Promise<void> {
  buildWebApp();
  const runDir = makeRunDirectory();
  if (project.setupFiles.some((file) => file.endsWith('target-embedded.ts'))) await prepareEmbeddedTemplate(runDir);
}
