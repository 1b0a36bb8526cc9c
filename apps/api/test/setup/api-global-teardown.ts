import { removeRunDirectory } from './run-directory';

/** jest globalTeardown of the projects that start test apps: removes the run's directory. */
export default function apiGlobalTeardown(): void {
  removeRunDirectory();
}
