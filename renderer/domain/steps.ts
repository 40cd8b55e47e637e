// Work done in steps: a generator that pauses (yields) between parts of a long computation, so a screen can let the
// window paint between them (prepareDashboard), while everything else runs the same generator to its end at once.

/** Runs work done in steps to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Records read between two pauses when each opens sealed fields (a fraction of a millisecond each). */
export const SEALED_STEP = 250;

/**
 * Reads `field` of every record, pausing every SEALED_STEP records: a record's sealed fields are opened (decrypted)
 * when one is first read, so doing it here, a slice at a time, leaves the work after it free of that cost.
 */
export function* readInSteps<T>(records: readonly T[], field: (record: T) => unknown): Generator<void, void> {
  let seen = 0;
  for (const record of records) {
    field(record);
    if (++seen % SEALED_STEP === 0) yield;
  }
}
