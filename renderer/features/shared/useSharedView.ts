// A screen's view of a copy shared by a group of screens (data/sharedRead.ts): like useLiveQuery, undefined while the
// first read is in flight, and a failed read is thrown to the error boundary.
import { useSyncExternalStore } from 'react';
import type { SharedRead } from '../../data/sharedRead';

/** The copy `source` holds; `what` names it in the error a failed read throws ("the roster"). */
export function useSharedView<T>(
  source: Pick<SharedRead<T>, 'current' | 'subscribe'>,
  what: string,
): T | undefined {
  const { data, error } = useSyncExternalStore(source.subscribe, source.current);
  if (error !== undefined)
    throw error instanceof Error ? error : new Error(`${what} could not be read.`, { cause: error });
  return data;
}
