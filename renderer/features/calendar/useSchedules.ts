// The schedule as the calendar and Today show it: schedules, standups and the people and cohorts they name, live.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Schedule } from '../../domain/model';
import { scheduleRepository, type ScheduleWorkspace } from '../../data/scheduleRepository';
import { personNames } from '../../domain/roster/names';
import type { DaySpan } from '../../domain/coaching/calendar';

export interface ScheduleModel extends ScheduleWorkspace {
  cohortName: (id: string | null) => string;
  personName: (id: string | null) => string;
  coachName: (id: string | null) => string | null;
}

/** The schedules and what they name; with `standupDays`, only the standups dated in that span (Today's). */
export function useScheduleModel(standupDays?: DaySpan): ScheduleModel | undefined {
  const from = standupDays?.from;
  const to = standupDays?.to;
  const ws = useLiveQuery(
    () => scheduleRepository.workspace(from !== undefined && to !== undefined ? { from, to } : undefined),
    [from, to],
  );
  return useMemo(() => {
    if (!ws) return undefined;
    const cohorts = new Map(ws.cohorts.map((c) => [c.id, c.name]));
    const people = personNames(ws.caseworkers);
    const coaches = new Map<string, string>(ws.coaches.map((c) => [c.id, c.name]));
    return {
      ...ws,
      cohortName: (id: string | null) => (id ? (cohorts.get(id) ?? 'A cohort in Trash') : 'No cohort'),
      personName: (id: string | null) => (id ? people(id) : 'No one named'),
      coachName: (id: string | null) => (id ? (coaches.get(id) ?? null) : null),
    };
  }, [ws]);
}

/** A planned visit by id: undefined while loading, null when there is none (or no id). */
export function usePlannedVisit(id: string | null): Schedule | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    return (await scheduleRepository.getLive(id)) ?? null;
  }, [id]);
}
