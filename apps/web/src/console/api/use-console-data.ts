import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Loadable } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n-context';
import { useConsoleSession } from '../session/console-session';
import { consoleCall } from './console-api';

/** What a console page reads: loading, ready, missing (404), forbidden (403) or failed; and a way to read it again. */
export type ConsoleLoadable<T> = (Loadable<T> | { state: 'forbidden' }) & { reload(): void };

/**
 * Reads `path` (GET) when the page opens and whenever `reload` is called. A 401 means the session
 * ended on the server (expired, signed out elsewhere, account disabled): back to sign-in.
 */
export function useConsoleData<T>(path: string): ConsoleLoadable<T> {
  const { lang } = useI18n();
  const { expired } = useConsoleSession();
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<Loadable<T> | { state: 'forbidden' }>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void consoleCall<T>(path, { lang }).then((answer) => {
      if (!current) return;
      if (answer.ok) setResult({ state: 'ready', data: answer.data });
      else if (answer.status === 401) expired();
      else setResult({ state: answer.status === 404 ? 'missing' : answer.status === 403 ? 'forbidden' : 'failed' });
    });
    return () => {
      current = false;
    };
  }, [path, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...result, reload };
}
