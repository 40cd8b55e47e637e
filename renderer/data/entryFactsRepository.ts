// Reads of the entry facts (domain/coaching/entryFacts.ts), which data/middleware/entryFactsLayer.ts keeps with every
// write of a coaching entry: counts and lists by index, never the entries themselves.
import Dexie, { type Table } from 'dexie';
import {
  LIVE_ENTRIES,
  ratedCounter,
  RIDE_PARTS,
  rideCounter,
  type CaseworkerFacts,
  type EntryFacts,
  type RideParts,
} from '../domain/coaching/entryFacts';
import { getDb } from './db';

const facts = (): Table<EntryFacts, string> => getDb().table<EntryFacts, string>('entryFacts');
const counters = (): Table<{ id: string; n: number }, string> =>
  getDb().table<{ id: string; n: number }, string>('factCounts');
const people = (): Table<CaseworkerFacts, string> =>
  getDb().table<CaseworkerFacts, string>('caseworkerFacts');

/** The values of these counters (0 for one never counted). */
async function countersNamed(keys: readonly string[]): Promise<number[]> {
  const rows = await counters().bulkGet([...keys]);
  return rows.map((r) => r?.n ?? 0);
}

export const entryFactsRepository = {
  /** How many coaching entries are live: one counter (IndexedDB counts a table by reading all of it). */
  liveEntries: async (): Promise<number> => (await countersNamed([LIVE_ENTRIES]))[0] ?? 0,

  /** Entries rated on each of these rubrics (Trash included): one counter each. */
  ratedCounts: async (rubricIds: readonly string[]): Promise<Map<string, number>> => {
    const counts = await countersNamed(rubricIds.map(ratedCounter));
    return new Map(rubricIds.map((id, i) => [id, counts[i] ?? 0]));
  },

  /** Live ride-alongs counted by the parts they have recorded: four counters. */
  rideParts: async (): Promise<Record<RideParts, number>> => {
    const counts = await countersNamed(RIDE_PARTS.map(rideCounter));
    return Object.fromEntries(RIDE_PARTS.map((code, i) => [code, counts[i] ?? 0])) as Record<
      RideParts,
      number
    >;
  },

  /**
   * The newest `limit` live ride-alongs missing their prep or debrief (the later recorded first on the same day), as
   * small rows of ids and dates, through the [date+createdAt] index: only the page is read.
   */
  incompleteRides: (limit = Number.POSITIVE_INFINITY): Promise<EntryFacts[]> => {
    const newest = facts().orderBy('[date+createdAt]').reverse();
    return Number.isFinite(limit) ? newest.limit(limit).toArray() : newest.toArray();
  },

  /** Live ride-alongs dated from `from` to `to` that miss their prep or debrief, through the same index. */
  incompleteRidesBetween: (from: string, to: string): Promise<EntryFacts[]> =>
    facts()
      .where('[date+createdAt]')
      .between([from, Dexie.minKey], [to, Dexie.maxKey], true, true)
      .reverse()
      .toArray(),

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
