// Reads of the entry facts (domain/coaching/entryFacts.ts), which data/middleware/entryFactsLayer.ts keeps with every
// write of a coaching entry: counts and lists by index, never the entries themselves.
import type { Table } from 'dexie';
import {
  INCOMPLETE_RIDE_PARTS,
  newestRideFirst,
  type EntryFacts,
  type RideParts,
} from '../domain/coaching/entryFacts';
import { getDb } from './db';

const facts = (): Table<EntryFacts, string> => getDb().table<EntryFacts, string>('entryFacts');

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
};
