// Work done in steps: a generator that pauses (yields) between parts of a long computation, so a screen can let the
// window paint between them (prepareDashboard), while everything else runs the same generator to its end at once.
import { openInBulk } from './crypto/sealRecords';

/**
 * What a step yields: nothing (a pause), or work to wait for before the next step, which only saves the steps after
 * it time (opening sealed records in bulk): run at once (`finish`), the steps skip it and do that work themselves.
 */
export type Pause = void | (() => Promise<unknown>);

/** Work done in steps, returning T. */
export type Steps<T> = Generator<Pause, T>;

/** Runs work done in steps to its end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Records read between two pauses when each opens sealed fields (a fraction of a millisecond each). */
export const SEALED_STEP = 250;

/**
 * Reads `field` of every record, pausing every SEALED_STEP records: a record's sealed fields are opened (decrypted)
 * when one is first read, so doing it here, a slice at a time, leaves the work after it free of that cost. Run in
 * slices, the records are first opened in bulk with the platform's cipher (`openInBulk`), which leaves the reads
 * little to do.
 */
export function* readInSteps<T>(records: readonly T[], field: (record: T) => unknown): Steps<void> {
  yield () => openInBulk(records);
  let seen = 0;
  for (const record of records) {
    field(record);
    if (++seen % SEALED_STEP === 0) yield;
  }
}
