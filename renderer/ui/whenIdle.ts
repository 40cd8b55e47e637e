// Work that can wait until the page has nothing else to do: fetching areas ahead, building a picker's options after a
// screen has drawn. The browser's idle callback where there is one (with a deadline, so it runs on a busy page too),
// a short timer where there is not.
import { useCallback, useEffect, useState } from 'react';

/** Calls `next` at the page's next idle moment, at the latest after `timeoutMs`. Returns a function that cancels it. */
export function whenIdle(next: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => next(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(next, Math.min(200, timeoutMs));
  return () => clearTimeout(id);
}

/**
 * Whether work kept for later is wanted now: false when the component mounts, true from the first idle moment after
 * it has drawn, or at once when `now()` is called (someone reached for what the work prepares). Stays true.
 */
export function useWantedWhenIdle(timeoutMs = 2_000): { wanted: boolean; now: () => void } {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    return whenIdle(() => setWanted(true), timeoutMs);
  }, [wanted, timeoutMs]);
  const now = useCallback(() => setWanted(true), []);
  return { wanted, now };
}
