// The schedule as the calendar shows it: schedules, standups and the people and cohorts they name, live; and the names
// Today uses the same way.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Schedule } from '../../domain/model';
import { scheduleRepository, type ScheduleWorkspace } from '../../data/scheduleRepository';
import { personNames, type Named } from '../../domain/roster/names';

/** How the calendar and Today name what a schedule names. */
export interface ScheduleNames {
  cohortName: (id: string | null) => string;
  personName: (id: string | null) => string;
  coachName: (id: string | null) => string | null;
}

export interface ScheduleModel extends ScheduleWorkspace, ScheduleNames {}

/** Names from the cohorts, caseworkers and coaches given (a caseworker not among them is named as gone). */
export function scheduleNames(
  cohorts: readonly Named[],
  caseworkers: readonly Named[],
  coaches: readonly Named[],
): ScheduleNames {
  const cohortById = new Map(cohorts.map((c) => [c.id, c.name]));
  const people = personNames(caseworkers);
  const coachById = new Map<string, string>(coaches.map((c) => [c.id, c.name]));
  return {
    cohortName: (id: string | null) => (id ? (cohortById.get(id) ?? 'A cohort in Trash') : 'No cohort'),
    personName: (id: string | null) => (id ? people(id) : 'No one named'),
    coachName: (id: string | null) => (id ? (coachById.get(id) ?? null) : null),
  };
}

/** The schedules and what they name. */
export function useScheduleModel(): ScheduleModel | undefined {
  const ws = useLiveQuery(() => scheduleRepository.workspace(), []);
  return useMemo(() => ws && { ...ws, ...scheduleNames(ws.cohorts, ws.caseworkers, ws.coaches) }, [ws]);
}

/** A planned visit by id: undefined while loading, null when there is none (or no id). */
export function usePlannedVisit(id: string | null): Schedule | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    return (await scheduleRepository.getLive(id)) ?? null;
  }, [id]);
}
