// Facts about coaching entries that screens count or list across all 200,000 entries of an agency, kept by
// data/middleware/entryFactsLayer.ts in the same transaction as every write of an entry, so those screens read an index
// or a counter instead of every entry:
//   - counters (factCounts): live entries, entries rated on each rubric (one that names a rubric but rates nothing does not count;
//     Trash included, because a rubric with ratings in Trash still cannot be edited in place, rubricVersioning), and
//     live ride-alongs by the parts they have recorded (the completion rate);
//   - a row per entry only where a list needs one (entryFacts): a live ride-along missing its prep or debrief, with
//     its date and when it was recorded (the incomplete list, newest first), and the due dates of a live entry's open
//     action items (the due list and reminders find them by date);
//   - one row per caseworker (CaseworkerFacts): the date of their latest live entry and the follow-up dates set on the
//     entries of that date. A follow-up is met by any later entry of the person (dueList.ts), so only follow-ups set on
//     a person's latest entries can still be due: the due list reads those by date instead of every entry.
// Only ids, rubric ids, dates and presence flags: nothing personal.
import type { CoachingEntry } from '../model';
import { isLive } from '../model';
import { SEALED_FIELDS } from '../crypto/sealRecords';
import { partRecorded, type CompletionRate } from './rideAlongs';

/** Which parts of a live ride-along are recorded: prep and debrief ('pd'), one of them ('p-', '-d') or neither. */
export type RideParts = 'pd' | 'p-' | '-d' | '--';
export const RIDE_PARTS: readonly RideParts[] = ['pd', 'p-', '-d', '--'];

/** A counter's key: entries rated on a rubric, or live ride-alongs with these parts. */
export const ratedCounter = (rubricId: string): string => `rated:${rubricId}`;
export const rideCounter = (parts: RideParts): string => `ride:${parts}`;
/** The counter of live entries (the coaching log's total; counting the table itself reads all of it). */
export const LIVE_ENTRIES = 'entries:live';

export interface EntryFacts {
  /** The entry's id. */
  id: string;
  /** Set for a live ride-along missing its prep or debrief (with createdAt: the incomplete list's order). */
  date?: string;
  createdAt?: string;
  /** Set for a live entry with open action items that have a due date: those dates (a multi-entry index). */
  due?: string[];
}

type FactSource = Pick<
  CoachingEntry,
  'id' | 'kind' | 'rubricId' | 'ratings' | 'prep' | 'debrief' | 'note' | 'date' | 'deletedAt' | 'actionItems'
> & { createdAt?: string };

/**
 * Whether a part is recorded in `entry` as it is written: plain, opened lazily, or (a record copied as stored) already
 * sealed, whose sealed parts always hold something (sealRecord seals only values that are not empty).
 */
function recorded(entry: Omit<FactSource, 'actionItems'>, part: 'prep' | 'debrief'): boolean {
  const sealedNames = (entry as unknown as Record<string, unknown>)[SEALED_FIELDS];
  if (typeof sealedNames === 'string' && sealedNames.split(',').includes(part)) return true;
  if (Array.isArray(sealedNames) && sealedNames.includes(part)) return true;
  return partRecorded(entry, part);
}

/** The parts a live ride-along has recorded; null for any other entry. Opens nothing sealed. */
export function rideParts(entry: Omit<FactSource, 'actionItems'>): RideParts | null {
  if (entry.kind !== 'ride-along' || !isLive(entry)) return null;
  return `${recorded(entry, 'prep') ? 'p' : '-'}${recorded(entry, 'debrief') ? 'd' : '-'}` as RideParts;
}

/** The counters `entry` counts in (see ratedCounter, rideCounter, LIVE_ENTRIES). Reads only clear fields: opens nothing. */
export function countersOf(entry: Omit<FactSource, 'actionItems'>): string[] {
  const keys: string[] = isLive(entry) ? [LIVE_ENTRIES] : [];
  if (entry.rubricId && entry.ratings && Object.keys(entry.ratings).length > 0)
    keys.push(ratedCounter(entry.rubricId));
  const parts = rideParts(entry);
  if (parts) keys.push(rideCounter(parts));
  return keys;
}

/** The row a list needs for `entry`, or null when no list needs one (see EntryFacts). */
export function entryFactsOf(entry: FactSource): EntryFacts | null {
  const facts: EntryFacts = { id: entry.id };
  let any = false;
  const parts = rideParts(entry);
  if (parts !== null && parts !== 'pd') {
    facts.date = entry.date;
    // Always set, so the row is in the [date+createdAt] index the list reads.
    facts.createdAt = entry.createdAt ?? '';
    any = true;
  }
  if (isLive(entry)) {
    const due = [
      ...new Set((entry.actionItems ?? []).flatMap((a) => (!a.done && a.dueDate ? [a.dueDate] : []))),
    ];
    if (due.length > 0) {
      facts.due = due;
      any = true;
    }
  }
  return any ? facts : null;
}

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

// ---- Per caseworker: the latest live entry's date and the follow-ups set on that date ---------------------------------

type DatedEntry = Pick<CoachingEntry, 'id' | 'caseworkerId' | 'date' | 'followUpDate' | 'deletedAt'>;

export interface CaseworkerFacts {
  /** The caseworker's id. */
  id: string;
  /** The date of their latest live coaching entry. */
  latest: string;
  /** The follow-ups set on their entries of that date (the only ones that can still be due). */
  followUps: Array<{ entryId: string; on: string }>;
  /** Their dates (a multi-entry index). */
  followUpOn: string[];
}

const withFollowUps = (
  id: string,
  latest: string,
  followUps: CaseworkerFacts['followUps'],
): CaseworkerFacts => ({
  id,
  latest,
  followUps,
  followUpOn: [...new Set(followUps.map((f) => f.on))].sort(),
});

/** The facts of a caseworker from all their entries; null when none is live. */
export function caseworkerFactsFrom(id: string, entries: readonly DatedEntry[]): CaseworkerFacts | null {
  let latest: string | null = null;
  for (const e of entries) if (isLive(e) && (latest === null || e.date > latest)) latest = e.date;
  if (latest === null) return null;
  const followUps = entries
    .filter((e) => isLive(e) && e.date === latest && e.followUpDate)
    .map((e) => ({ entryId: e.id, on: e.followUpDate as string }))
    .sort((a, b) => a.entryId.localeCompare(b.entryId));
  return withFollowUps(id, latest, followUps);
}

/**
 * The caseworker's facts after `entry` (theirs) is written, as an addition or a replacement of an entry that was not
 * among their latest: a later live entry starts a new latest date, one of the same date joins it, an earlier one
 * changes nothing; an entry no longer live leaves the follow-ups. (An entry that WAS at the latest date and moves
 * earlier, or leaves, can lower the latest date: `needsRecount` says so, and the facts are counted from all entries.)
 */
export function withEntry(current: CaseworkerFacts | null, entry: DatedEntry): CaseworkerFacts | null {
  const others = (current?.followUps ?? []).filter((f) => f.entryId !== entry.id);
  if (!isLive(entry)) return current && withFollowUps(current.id, current.latest, others);
  const mine = entry.followUpDate ? [{ entryId: entry.id, on: entry.followUpDate }] : [];
  if (current === null || entry.date > current.latest)
    return withFollowUps(entry.caseworkerId, entry.date, mine);
  if (entry.date < current.latest) return withFollowUps(current.id, current.latest, others);
  const followUps = [...others, ...mine].sort((a, b) => a.entryId.localeCompare(b.entryId));
  return withFollowUps(current.id, current.latest, followUps);
}

/** Whether two caseworker rows say the same (so the stored one need not be written again). */
export function sameCaseworkerFacts(a: CaseworkerFacts | null, b: CaseworkerFacts | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.latest === b.latest &&
    a.followUps.length === b.followUps.length &&
    a.followUps.every((f, i) => f.entryId === b.followUps[i]?.entryId && f.on === b.followUps[i]?.on)
  );
}

/**
 * Whether replacing (or removing) `before` with `after` can lower the caseworker's latest date or drop an entry of it
 * in a way `withEntry` cannot see: `before` was live at (or after) the latest date and `after` is not live, belongs to
 * someone else, or is dated earlier.
 */
export function needsRecount(
  current: CaseworkerFacts | null,
  before: DatedEntry,
  after: DatedEntry | undefined,
): boolean {
  if (current === null || !isLive(before) || before.date < current.latest) return false;
  return (
    after === undefined ||
    !isLive(after) ||
    after.caseworkerId !== before.caseworkerId ||
    after.date < before.date
  );
}
