// Reads of the entry facts (domain/coaching/entryFacts.ts), which data/middleware/entryFactsLayer.ts keeps with every
// write of a coaching entry: counts and lists by index, never the entries themselves.
import type { Table } from 'dexie';
import {
  INCOMPLETE_RIDE_PARTS,
  newestRideFirst,
  type CaseworkerFacts,
  type EntryFacts,
  type RideParts,
} from '../domain/coaching/entryFacts';
import { getDb } from './db';

const facts = (): Table<EntryFacts, string> => getDb().table<EntryFacts, string>('entryFacts');
const people = (): Table<CaseworkerFacts, string> =>
  getDb().table<CaseworkerFacts, string>('caseworkerFacts');

export const entryFactsRepository = {
  /** Entries rated on each of these rubrics (Trash included), one index count per rubric. */
  ratedCounts: async (rubricIds: readonly string[]): Promise<Map<string, number>> => {
    const counts = await Promise.all(
      rubricIds.map((id) => facts().where('ratedRubricId').equals(id).count()),
    );
    return new Map(rubricIds.map((id, i) => [id, counts[i] ?? 0]));
  },

  /** Live ride-alongs counted by the parts they have recorded, one index count per combination. */
  rideParts: async (): Promise<Record<RideParts, number>> => {
    const codes: RideParts[] = ['pd', 'p-', '-d', '--'];
    const counts = await Promise.all(codes.map((code) => facts().where('ride').equals(code).count()));
    return Object.fromEntries(codes.map((code, i) => [code, counts[i] ?? 0])) as Record<RideParts, number>;
  },

  /** The facts of live ride-alongs missing their prep or debrief, newest first (small rows: ids, dates, parts). */
  incompleteRides: async (): Promise<EntryFacts[]> =>
    (
      await facts()
        .where('ride')
        .anyOf([...INCOMPLETE_RIDE_PARTS])
        .toArray()
    ).sort(newestRideFirst),

  /**
   * The ids of live entries with an open action item due on or before `until`, or with a follow-up due by then set on
   * their caseworker's latest entry (no other follow-up can still be due), by index.
   */
  dueBy: async (until: string): Promise<string[]> => {
    const [withActions, withFollowUps] = await Promise.all([
      facts().where('due').belowOrEqual(until).primaryKeys(),
      people().where('followUpOn').belowOrEqual(until).distinct().toArray(),
    ]);
    const ids = new Set<string>(withActions);
    for (const p of withFollowUps) for (const f of p.followUps) if (f.on <= until) ids.add(f.entryId);
    return [...ids];
  },

  /** The latest live entry date of each of these caseworkers (those with no live entry are left out). */
  latestEntryDates: async (caseworkerIds: readonly string[]): Promise<Map<string, string>> => {
    const rows = await people().bulkGet([...new Set(caseworkerIds)]);
    return new Map(rows.flatMap((r) => (r ? [[r.id, r.latest] as const] : [])));
  },
};
