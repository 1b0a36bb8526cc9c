import { useEffect, useState } from 'preact/hooks';
import type { ApiResult } from './types';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'missing' } | { state: 'failed' };

/** Loads once per key: ready, missing (404) or failed (anything else, network included). */
export function useApi<T>(load: () => Promise<ApiResult<T>>, key: string): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    void load().then((answer) => {
      if (!current) return;
      if (answer.ok) setResult({ state: 'ready', data: answer.data });
      else setResult({ state: answer.status === 404 ? 'missing' : 'failed' });
    });
    return () => {
      current = false;
    };
    // `load` is recreated on each render; `key` says when it asks for something else.
  }, [key]);
  return result;
}
