// How long to wait after wrong passphrases or PINs. The count and the time of the last failure are stored (not kept in
// component state), so reloading the window or restarting the app does not reset the wait.
export interface Failures {
  count: number;
  /** Epoch milliseconds of the last wrong try. */
  lastAt: number;
}

export const NO_FAILURES: Failures = { count: 0, lastAt: 0 };

/** Three free tries, then 5 s, 10 s, 20 s ... doubling up to 15 minutes. */
export function waitAfter(count: number): number {
  if (count < 3) return 0;
  return Math.min(5_000 * 2 ** (count - 3), 15 * 60_000);
}

/** Milliseconds still to wait at `nowMs` before another try is allowed (0 when one is allowed now). */
export function waitLeft(failures: Failures, nowMs: number): number {
  const until = failures.lastAt + waitAfter(failures.count);
  return Math.max(0, until - nowMs);
}

export const recordFailure = (failures: Failures, nowMs: number): Failures => ({
  count: failures.count + 1,
  lastAt: nowMs,
});

/** "12 seconds", "3 minutes": how a wait is said on screen. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${String(seconds)} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${String(minutes)} minutes`;
}
