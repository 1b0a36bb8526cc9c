import buildWebApp from './build-web-app';
import { prepareEmbeddedTemplate } from './embedded-template';

/** jest globalSetup of the projects on the embedded database: the built web app, and the run's migrated data dir. */
export default async function embeddedGlobalSetup(): Promise<void> {
  buildWebApp();
  await prepareEmbeddedTemplate();
}
