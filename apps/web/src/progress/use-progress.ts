import { useEffect, useState } from 'preact/hooks';
import type { Loadable } from '../api/use-api';
import { fetchProgress } from './progress-api';
import type { PublicProgress } from '@eci/api-contract';

/** How often the progress page asks again (the server recounts at most every 2 s anyway). */
export const REFRESH_SECONDS = 30;

export interface LiveProgress {
  progress: Loadable<PublicProgress>;
  /** The last refresh failed: the figures shown are the previous ones. */
  stale: boolean;
  paused: boolean;
  setPaused(paused: boolean): void;
}

/**
 * The progress of an initiative; with `refresh`, asked again every 30 s while the tab is visible
 * and the reader has not paused it (a conditional request: 304 while nothing changed). A failed
 * refresh keeps the figures shown and says so; unchanged figures do not re-render anything.
 */
export function useProgress(slug: string, refresh: boolean): LiveProgress {
  const [progress, setProgress] = useState<Loadable<PublicProgress>>({ state: 'loading' });
  const [stale, setStale] = useState(false);
  const [paused, setPaused] = useState(false);

  const load = async (isCurrent: () => boolean) => {
    const answer = await fetchProgress(slug);
    if (!isCurrent()) return;
    setStale(!answer.ok);
    setProgress((before) => {
      if (answer.ok) return before.state === 'ready' && JSON.stringify(before.data) === JSON.stringify(answer.data) ? before : { state: 'ready', data: answer.data };
      if (before.state === 'ready') return before;
      return { state: answer.status === 404 ? 'missing' : 'failed' };
    });
  };

  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [slug]);

  useEffect(() => {
    if (!refresh || paused) return;
    let current = true;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load(() => current);
    }, REFRESH_SECONDS * 1000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [slug, refresh, paused]);

  return { progress, stale, paused, setPaused };
}
