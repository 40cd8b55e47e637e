// Long work done in steps (a generator that yields between parts, e.g. prepareDashboard) run a slice at a time: about
// SLICE_MS of steps, then a timer turn so the window paints and takes input, then the next slice. Used by the hooks that
// work out a screen's figures from a large read.

/** Work done between two paints: well under the 200 ms that reads as a frozen window. */
export const SLICE_MS = 40;

/** Runs `steps` to its end in slices; `done` gets the result. Returns a function that stops it (nothing is done). */
export function runInSlices<T>(steps: Generator<void, T>, done: (result: T) => void): () => void {
  let timer = setTimeout(function slice() {
    const until = performance.now() + SLICE_MS;
    do {
      const next = steps.next();
      if (next.done) {
        done(next.value);
        return;
      }
    } while (performance.now() < until);
    timer = setTimeout(slice, 0);
  }, 0);
  return () => clearTimeout(timer);
}
