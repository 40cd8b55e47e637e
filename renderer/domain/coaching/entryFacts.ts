// Facts about a coaching entry that screens count or list across all 200,000 entries of an agency, kept in a small
// table of their own (data/middleware/entryFactsLayer.ts writes them in the same transaction as every write of an
// entry) so the rubrics screen and the incomplete ride-alongs read an index instead of every entry:
//   - the rubric an entry was rated on (an entry that names a rubric but rates nothing does not count), Trash included,
//     because a rubric with ratings in Trash still cannot be edited in place (rubricVersioning);
//   - for a live ride-along, which of its prep and debrief are recorded, with its date and when it was recorded
//     (the incomplete list's order).
// Only ids, rubric ids, dates and presence flags: nothing personal.
import type { CoachingEntry } from '../model';
import { isLive } from '../model';
import { SEALED_FIELDS } from '../crypto/sealRecords';
import { partRecorded, type CompletionRate } from './rideAlongs';

/** Which parts of a live ride-along are recorded: prep and debrief ('pd'), one of them ('p-', '-d') or neither. */
export type RideParts = 'pd' | 'p-' | '-d' | '--';
export const INCOMPLETE_RIDE_PARTS: readonly RideParts[] = ['p-', '-d', '--'];

export interface EntryFacts {
  /** The entry's id. */
  id: string;
  /** Set when the entry has at least one rating on its rubric. */
  ratedRubricId?: string;
  /** Set for a live ride-along. */
  ride?: RideParts;
  date?: string;
  createdAt?: string;
}

type FactSource = Pick<
  CoachingEntry,
  'id' | 'kind' | 'rubricId' | 'ratings' | 'prep' | 'debrief' | 'note' | 'date' | 'deletedAt'
> & { createdAt?: string };

/**
 * Whether a part is recorded in `entry` as it is written: plain, opened lazily, or (a record copied as stored) already
 * sealed, whose sealed parts always hold something (sealRecord seals only values that are not empty).
 */
function recorded(entry: FactSource, part: 'prep' | 'debrief'): boolean {
  const sealedNames = (entry as unknown as Record<string, unknown>)[SEALED_FIELDS];
  if (typeof sealedNames === 'string' && sealedNames.split(',').includes(part)) return true;
  if (Array.isArray(sealedNames) && sealedNames.includes(part)) return true;
  return partRecorded(entry, part);
}

/** The facts of `entry`, or null when it has none worth keeping (no ratings and not a live ride-along). */
export function entryFactsOf(entry: FactSource): EntryFacts | null {
  const facts: EntryFacts = { id: entry.id };
  let any = false;
  if (entry.rubricId && entry.ratings && Object.keys(entry.ratings).length > 0) {
    facts.ratedRubricId = entry.rubricId;
    any = true;
  }
  if (entry.kind === 'ride-along' && isLive(entry)) {
    facts.ride =
      `${recorded(entry, 'prep') ? 'p' : '-'}${recorded(entry, 'debrief') ? 'd' : '-'}` as RideParts;
    facts.date = entry.date;
    if (entry.createdAt) facts.createdAt = entry.createdAt;
    any = true;
  }
  return any ? facts : null;
}

/** Newest first, the later recorded first on the same day (the order of incompleteRideAlongs). */
export const newestRideFirst = (a: EntryFacts, b: EntryFacts): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || (b.createdAt ?? '').localeCompare(a.createdAt ?? '');

/** The completion rate (rideAlongCompletionRate's figures) from the number of live ride-alongs with each parts code. */
export function completionFromParts(counts: Readonly<Record<RideParts, number>>): CompletionRate {
  const rideAlongs = counts.pd + counts['p-'] + counts['-d'] + counts['--'];
  return {
    rideAlongs,
    complete: counts.pd,
    withPrep: counts.pd + counts['p-'],
    withDebrief: counts.pd + counts['-d'],
    rate: rideAlongs === 0 ? null : counts.pd / rideAlongs,
  };
}
