// Live rollouts and the current one.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Rollout } from '../../domain/model';
import { rolloutRepository } from '../../data/rolloutRepository';

export function useRollouts(): Rollout[] | undefined {
  return useLiveQuery(rolloutRepository.listByStart);
}

/** undefined while loading, null when no rollout is current. */
export function useCurrentRollout(): Rollout | null | undefined {
  return useLiveQuery(rolloutRepository.current);
}
