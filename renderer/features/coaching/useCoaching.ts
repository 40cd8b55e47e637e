// Live coaching data for the coaching screens: entries, the people and rubrics they refer to, standups and cohorts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Coach, CoachingEntry, Cohort, Rubric, Standup } from '../../domain/model';
import { listEntries, coachingEntries } from '../../data/coachingRepository';
import { countRatingsPerRubric, listRubrics } from '../../data/rubricRepository';
import { findStandup, listCohorts, listStandups } from '../../data/standupRepository';
import { caseworkerRepository } from '../../data/rosterRepository';
import { coachRepository } from '../../data/coachRepository';
import { coachNames, personNames, type NameLookup } from '../../domain/roster/names';

export interface CoachingLookups {
  caseworkers: Caseworker[];
  coaches: Coach[];
  rubrics: Rubric[];
  caseworkerName: NameLookup;
  coachName: NameLookup;
}

export function useCoachingLookups(): CoachingLookups | undefined {
  return useLiveQuery(async () => {
    const [caseworkers, coaches, rubrics] = await Promise.all([
      caseworkerRepository.listByName(),
      coachRepository.listByName(),
      listRubrics(),
    ]);
    return {
      caseworkers,
      coaches,
      rubrics,
      caseworkerName: personNames(caseworkers),
      coachName: coachNames(coaches),
    };
  });
}

export function useEntries(): CoachingEntry[] | undefined {
  return useLiveQuery(listEntries);
}

/** undefined while loading, null when the entry does not exist (or is in Trash). */
export function useEntry(id: string | null): CoachingEntry | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const found = await coachingEntries.get(id);
    return found && found.deletedAt === null ? found : null;
  }, [id]);
}

export function useRubricsWithCounts(): { rubrics: Rubric[]; rated: Map<string, number> } | undefined {
  return useLiveQuery(async () => {
    const [rubrics, rated] = await Promise.all([listRubrics(), countRatingsPerRubric()]);
    return { rubrics, rated };
  });
}

export function useCohorts(): Cohort[] | undefined {
  return useLiveQuery(listCohorts);
}

export function useStandups(cohortId?: string): Standup[] | undefined {
  return useLiveQuery(() => listStandups(cohortId), [cohortId]);
}

/** undefined while loading, null when no standup was recorded for that cohort and date. */
export function useStandup(cohortId: string, date: string): Standup | null | undefined {
  return useLiveQuery(async () => (await findStandup(cohortId, date)) ?? null, [cohortId, date]);
}
