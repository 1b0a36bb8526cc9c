import { removeEmbeddedTemplate } from './embedded-template';

/** jest globalTeardown of the projects on the embedded database: removes the run's migrated data dir. */
export default function embeddedGlobalTeardown(): void {
  removeEmbeddedTemplate();
}
