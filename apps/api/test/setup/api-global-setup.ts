import buildWebApp from './build-web-app';
import { prepareEmbeddedTemplate } from './embedded-template';
import { makeRunDirectory } from './run-directory';

/**
 * jest globalSetup of the projects that start test apps (harness.ts): the built web app, the run's
 * directory and the run's migrated embedded data dir. Jest runs a globalSetup file shared by
 * several projects once, with one of their configs (a full run passed the PostgreSQL project's:
 * no template, every embedded app migrated from scratch), so the template is made whichever
 * project this is.
 */
export default async function apiGlobalSetup(): Promise<void> {
  buildWebApp();
  await prepareEmbeddedTemplate(makeRunDirectory());
}
