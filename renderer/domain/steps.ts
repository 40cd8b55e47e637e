// Work done in steps: a generator that pauses (yields) between parts of a long computation, so a screen can let the
// window paint between them (prepareDashboard), while everything else runs the same generator to its end at once.

/** Runs work done in steps to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
