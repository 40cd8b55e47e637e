// Live coaching data for the coaching screens: entries, the people and rubrics they refer to, standups and cohorts.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Coach, CoachingEntry, Cohort, Rubric, Standup, Unit } from '../../domain/model';
import { coachRepository } from '../../data/coachRepository';
import { coachNames, type NameLookup } from '../../domain/roster/names';
import { useSharedRoster } from '../shared/useSharedRoster';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { entryFactsRepository } from '../../data/entryFactsRepository';
import { completionFromParts } from '../../domain/coaching/entryFacts';
import type { CompletionRate } from '../../domain/coaching/rideAlongs';
import { rubricRepository } from '../../data/rubricRepository';
import { standupRepository } from '../../data/standupRepository';
import { cohortRepository } from '../../data/cohortRepository';
import { isLive } from '../../domain/model';
import { entryRead, filterEntries, type EntryFilters } from '../../domain/coaching/entryListQuery';

export interface CoachingLookups {
  caseworkers: Caseworker[];
  coaches: Coach[];
  units: Unit[];
  rubrics: Rubric[];
  caseworkerName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

export function useCoachingLookups(): CoachingLookups | undefined {
  // The roster from the copy the screens share (read once, not at every visit); coaches and rubrics are few.
  const roster = useSharedRoster();
  const staff = useLiveQuery(async () => {
    const [coaches, rubrics] = await Promise.all([
      coachRepository.listByName(),
      rubricRepository.listByName(),
    ]);
    return { coaches, rubrics, coachName: coachNames(coaches) };
  });
  return useMemo(
    () =>
      roster && staff
        ? {
            ...staff,
            caseworkers: roster.caseworkers,
            units: roster.units,
            caseworkerName: roster.caseworkerName,
          }
        : undefined,
    [roster, staff],
  );
}

export interface IncompleteRideAlongs {
  rate: CompletionRate;
  /** How many live ride-alongs miss their prep or debrief. */
  total: number;
  /** The newest `limit` of them, newest first. */
  rows: CoachingEntry[];
}

/**
 * The completion rate of live ride-alongs and the newest `limit` incomplete ones, from the entry facts (four counters,
 * and the page's rows of ids and dates through an index): only the entries listed are read.
 */
export function useIncompleteRideAlongs(limit: number): IncompleteRideAlongs | undefined {
  return useLiveQuery(async () => {
    const [parts, rows] = await Promise.all([
      entryFactsRepository.rideParts(),
      coachingEntryRepository.incompleteRidesPage(limit),
    ]);
    const rate = completionFromParts(parts);
    return { rate, total: rate.rideAlongs - rate.complete, rows };
  }, [limit]);
}

export interface EntryList {
  /** The first `limit` matching entries, newest first. */
  rows: readonly CoachingEntry[];
  /** How many entries match the filters. */
  matching: number;
  /** How many live entries there are. */
  total: number;
  /** The entries read for this list (to offer their focus skills as choices). */
  read: readonly CoachingEntry[];
}

/**
 * The coaching log's list: unfiltered, only the newest `limit` entries are read (and the count, a counter of the entry
 * facts);
 * with a caseworker, coach or kind, that index's entries; words or a focus skill alone read them all, once, and are
 * matched in memory as the person types. undefined while loading.
 */
export function useEntryList(
  filters: EntryFilters,
  limit: number,
  caseworkerName: NameLookup | undefined,
): EntryList | undefined {
  const read = entryRead(filters);
  // What is read, as a key: typing more words or choosing a focus skill reads nothing again.
  const readKey =
    read.by === 'newest' ? `newest:${limit}` : read.by === 'all' ? 'all' : `${read.by}:${read.value}`;
  const found = useLiveQuery(async () => {
    const [entries, total] = await Promise.all([
      read.by === 'newest'
        ? coachingEntryRepository.newestPage(limit)
        : read.by === 'all'
          ? coachingEntryRepository.listNewestFirst()
          : coachingEntryRepository.listNewestFirstBy(read.by, read.value),
      entryFactsRepository.liveEntries(),
    ]);
    return { key: readKey, entries, total };
    // The key says everything the read depends on.
  }, [readKey]);
  return useMemo(() => {
    if (!found || !caseworkerName) return undefined;
    // The newest page is the answer itself (while the next page is read, the one before stays, with the same count);
    // anything else, or a read still under way for other filters, is filtered in memory.
    if (read.by === 'newest' && found.key.startsWith('newest:'))
      return {
        rows: found.entries.slice(0, limit),
        matching: found.total,
        total: found.total,
        read: found.entries,
      };
    const matching = filterEntries(found.entries, filters, caseworkerName);
    return {
      rows: matching.slice(0, limit),
      matching: matching.length,
      total: found.total,
      read: found.entries,
    };
  }, [found, caseworkerName, filters, limit, read.by]);
}

/** undefined while loading, null when the entry does not exist (or is in Trash). */
export function useEntry(id: string | null): CoachingEntry | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const found = await coachingEntryRepository.get(id);
    return found && isLive(found) ? found : null;
  }, [id]);
}

export function useRubricsWithCounts(): { rubrics: Rubric[]; rated: Map<string, number> } | undefined {
  return useLiveQuery(async () => {
    const [rubrics, rated] = await Promise.all([
      rubricRepository.listByName(),
      rubricRepository.countRatings(),
    ]);
    return { rubrics, rated };
  });
}

export function useCohorts(): Cohort[] | undefined {
  return useLiveQuery(cohortRepository.listByName);
}

export function useStandups(cohortId?: string): Standup[] | undefined {
  return useLiveQuery(() => standupRepository.listNewestFirst(cohortId), [cohortId]);
}

/** undefined while loading, null when no standup was recorded for that cohort and date. */
export function useStandup(cohortId: string, date: string): Standup | null | undefined {
  return useLiveQuery(async () => (await standupRepository.find(cohortId, date)) ?? null, [cohortId, date]);
}
