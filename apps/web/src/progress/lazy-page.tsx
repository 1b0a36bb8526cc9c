import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadProblem } from '../layout/load-problem';

/**
 * A page in a chunk of its own, fetched only when its address is opened: the signing page does not
 * carry the progress pages, nor they each other. "Loading…" meanwhile; a failed fetch (e.g. a
 * deployment replaced the files) says the page could not be loaded.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      let current = true;
      load().then(
        (component) => {
          loaded = component;
          if (current) setPage(() => component);
        },
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, []);
    if (failed) return <LoadProblem state="failed" />;
    return Page ? <Page {...props} /> : <LoadProblem state="loading" />;
  };
}
