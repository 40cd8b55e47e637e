// A screen's view of a copy shared by a group of screens (data/sharedRead.ts): like useLiveQuery, undefined while the
// first read is in flight, and a failed read is thrown to the error boundary.
import { useDeferredValue, useSyncExternalStore } from 'react';
import type { SharedRead } from '../../data/sharedRead';

/**
 * The copy `source` holds; `what` names it in the error a failed read throws ("the roster").
 *
 * A new copy reaches the screen as a deferred value: a store's change is drawn at once, in one task, and what a new
 * copy brings (a roster's first 100 rows, a board) was a task of 170-240 ms at agency scale; deferred, React draws it
 * in slices of a few milliseconds with input between, and only laying it out is one task. `urgent` (the settings:
 * small, and every screen's look and rules depend on them) keeps it at once.
 */
export function useSharedView<T>(
  source: Pick<SharedRead<T>, 'current' | 'subscribe'>,
  what: string,
  { urgent = false } = {},
): T | undefined {
  const now = useSyncExternalStore(source.subscribe, source.current);
  const later = useDeferredValue(now);
  const { data, error } = urgent ? now : later;
  if (error !== undefined)
    throw error instanceof Error ? error : new Error(`${what} could not be read.`, { cause: error });
  return data;
}
