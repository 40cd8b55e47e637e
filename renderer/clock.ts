// The one place the app reads the wall clock: record stamps, "today" on screens, the demo's dates and file names all
// come from here, so a test can fix the time (unit tests with setClockForTests, end-to-end tests with Playwright's
// clock, which fixes the page's Date). Domain code never imports it: callers pass `today` or `now` in.
import { localDateOf } from './domain/localDate';

let read: () => Date = () => new Date();

/** The current instant. */
export const now = (): Date => read();
/** The current instant as an ISO string, for createdAt/updatedAt stamps. */
export const nowIso = (): string => now().toISOString();
/** Milliseconds since the epoch, for throttles and back-off. */
export const nowMs = (): number => now().getTime();
/** Today's local date as YYYY-MM-DD. */
export const today = (): string => localDateOf(now());

/** Fixes the clock (unit tests); pass null to go back to the system clock. */
export function setClockForTests(source: (() => Date) | null): void {
  read = source ?? (() => new Date());
}
