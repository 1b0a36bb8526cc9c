import { fetchInitiative } from '../api/api-client';
import type { PublicInitiative } from '../api/types';
import { useApi, type Loadable } from '../api/use-api';

export function useInitiative(slug: string): Loadable<PublicInitiative> {
  return useApi(() => fetchInitiative(slug), slug);
}
