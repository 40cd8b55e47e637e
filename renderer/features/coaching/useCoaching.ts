// Live coaching data for the coaching screens: entries, the people and rubrics they refer to, standups and cohorts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Caseworker, Coach, CoachingEntry, Cohort, Rubric, Standup } from '../../domain/model';
import { listCoaches } from '../../data/coachRepository';
import { listEntries, coachingEntries } from '../../data/coachingRepository';
import { countRatingsPerRubric, listRubrics } from '../../data/rubricRepository';
import { listCaseworkers } from '../../data/rosterRepository';
import { findStandup, listCohorts, listStandups } from '../../data/standupRepository';

export interface CoachingLookups {
  caseworkers: Caseworker[];
  coaches: Coach[];
  rubrics: Rubric[];
  caseworkerName: (id: string) => string;
  coachName: (id: string | null) => string;
}

export function useCoachingLookups(): CoachingLookups | undefined {
  return useLiveQuery(async () => {
    const [caseworkers, coaches, rubrics] = await Promise.all([
      listCaseworkers(),
      listCoaches(),
      listRubrics(),
    ]);
    const people = new Map(caseworkers.map((c) => [c.id, c.name]));
    const coachNames = new Map(coaches.map((c) => [c.id, c.name]));
    return {
      caseworkers,
      coaches,
      rubrics,
      caseworkerName: (id: string) => people.get(id) ?? 'Someone no longer on the roster',
      coachName: (id: string | null) => (id ? (coachNames.get(id) ?? 'A coach in Trash') : 'No coach named'),
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
