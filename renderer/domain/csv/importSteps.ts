// Long import work (reading a file of 180,000 rows, checking every row) done a slice at a time, so the window stays
// responsive: after each slice the caller hears how far it got, the event loop gets a turn, and a cancel is noticed.

/** How far a long step got: `done` of `total` units (rows, or characters of the file while it is read). */
export interface StepProgress {
  done: number;
  total: number;
}

export interface StepOptions {
  /** Called after every slice, and once at the end with `done === total`. */
  onProgress?: (progress: StepProgress) => void;
  /** Aborting it stops the work at the next slice with an ImportCancelled error. */
  signal?: AbortSignal;
}

/** What a cancelled step throws: nothing was kept from it. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was imported.');
    this.name = 'ImportCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelled();
}

/** Lets the event loop run (input, painting) before the next slice. A timer, not a microtask: those would not. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Runs a generator that yields its progress after each slice of work, giving the event loop a turn between slices and
 * stopping with ImportCancelled when `signal` is aborted. The generator's return value is the result.
 */
export async function runInSteps<R>(
  steps: Generator<StepProgress, R>,
  options: StepOptions = {},
): Promise<R> {
  for (;;) {
    throwIfCancelled(options.signal);
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value);
    await nextTask();
  }
}

/** Runs the same generator to its end at once (the synchronous variant of a step-wise function). */
export function runToEnd<R>(steps: Generator<StepProgress, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
