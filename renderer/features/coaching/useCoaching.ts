// Live coaching data for the coaching screens: entries, the people and rubrics they refer to, standups and cohorts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Coach, CoachingEntry, Cohort, Rubric, Standup, Unit } from '../../domain/model';
import { caseworkerRepository, unitRepository } from '../../data/rosterRepository';
import { coachRepository } from '../../data/coachRepository';
import { coachNames, personNames, type NameLookup } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { rubricRepository } from '../../data/rubricRepository';
import { standupRepository } from '../../data/standupRepository';
import { cohortRepository } from '../../data/cohortRepository';
import { isLive } from '../../domain/model';

export interface CoachingLookups {
  caseworkers: Caseworker[];
  coaches: Coach[];
  units: Unit[];
  rubrics: Rubric[];
  caseworkerName: NameLookup;
  coachName: ReturnType<typeof coachNames>;
}

export function useCoachingLookups(): CoachingLookups | undefined {
  return useLiveQuery(async () => {
    const [caseworkers, coaches, rubrics, units] = await Promise.all([
      caseworkerRepository.listByName(),
      coachRepository.listByName(),
      rubricRepository.listByName(),
      unitRepository.listByName(),
    ]);
    return {
      caseworkers,
      coaches,
      units,
      rubrics,
      caseworkerName: personNames(caseworkers),
      coachName: coachNames(coaches),
    };
  });
}

export function useEntries(): CoachingEntry[] | undefined {
  return useLiveQuery(coachingEntryRepository.listNewestFirst);
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
