// Long work done in steps (a generator that yields between parts, e.g. prepareDashboard) run a slice at a time: about
// SLICE_MS of steps, then a timer turn so the window paints and takes input, then the next slice. Used by the hooks that
// work out a screen's figures from a large read (useWorkedOutInSlices below).
import { useEffect, useRef, useState } from 'react';
import type { Steps } from '../domain/steps';

/** Work done between two paints: well under the 200 ms that reads as a frozen window. */
export const SLICE_MS = 40;

/** Runs `steps` to its end in slices; `done` gets the result. Returns a function that stops it (nothing is done). */
export function runInSlices<T>(steps: Steps<T>, done: (result: T) => void): () => void {
  let stopped = false;
  let timer = setTimeout(function slice() {
    const until = performance.now() + SLICE_MS;
    do {
      const next = steps.next();
      if (next.done) {
        done(next.value);
        return;
      }
      if (typeof next.value === 'function') {
        // Work to wait for (records opened in bulk): the next slice starts when it ends, failed or not (it only
        // saves the steps after it time).
        const resume = () => {
          if (!stopped) timer = setTimeout(slice, 0);
        };
        next.value().then(resume, resume);
        return;
      }
    } while (performance.now() < until);
    timer = setTimeout(slice, 0);
  }, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** What was worked out from each shared copy, by the key of what else it depended on (settings). */
export type WorkedOut<S extends object, R> = WeakMap<S, Map<string, R>>;

/**
 * What `work` works out from a shared copy (a read every screen shares, like the workspace or the survey read) for
 * `key`, run a slice at a time with a paint between and kept in `results` so every screen and visit finds it at once.
 * While a newer copy is worked out, the result before (for the same key) is still given, so a change elsewhere keeps
 * the screen as it was for a moment; undefined the first time, while the key has no result yet, and once the copy is
 * forgotten (`source` undefined: lock, presentation mode, where the same records read differently), never the result of
 * a forgotten copy. `work` is read when the work starts; it is meant to depend only on the copy and the key.
 */
export function useWorkedOutInSlices<S extends object, R>(
  source: S | undefined,
  key: string | null,
  work: (source: S) => Steps<R>,
  results: WorkedOut<S, R>,
): R | undefined {
  const ready = source && key !== null ? results.get(source)?.get(key) : undefined;
  const [, setWorkedOut] = useState(0);
  const workNow = useRef(work);
  workNow.current = work;
  const shown = useRef<{ key: string; result: R } | undefined>(undefined);
  if (source === undefined) shown.current = undefined;
  else if (ready !== undefined && key !== null) shown.current = { key, result: ready };

  const isReady = ready !== undefined;
  useEffect(() => {
    if (!source || key === null || isReady) return;
    return runInSlices(workNow.current(source), (result) => {
      results.set(source, (results.get(source) ?? new Map<string, R>()).set(key, result));
      setWorkedOut((n) => n + 1);
    });
  }, [source, key, isReady, results]);

  return ready ?? (shown.current?.key === key ? shown.current.result : undefined);
}

/**
 * How many of `total` items to draw now: `first` at once, then `step` more at each timer turn until all are drawn, so a
 * long board (715 cohort cards) is drawn a slice at a time with paints and input between. The items drawn before must
 * not draw again (memoised), or each slice redraws them all.
 */
export function useGrowingCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((n) => n + step), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
