// Today's model, read through the indexes rather than whole tables (issue 15): the schedules, this week's standups,
// the home unit's people, the coaching entries Today can list (useTodayEntries), and then the names of the people it
// shows, not the roster's 5,000.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { scheduleRepository } from '../../data/scheduleRepository';
import { caseworkerRepository } from '../../data/rosterRepository';
import {
  buildToday,
  peopleNamedToday,
  todayStandupDays,
  type TodayModel,
} from '../../domain/home/buildToday';
import { useLatest } from '../../ui/useLatest';
import { scheduleNames, type ScheduleNames } from '../calendar/useSchedules';
import { useSettings } from '../settings/useSettings';
import { useTodayEntries } from './useTodayEntries';

export interface TodayView {
  day: TodayModel;
  names: ScheduleNames;
}

/**
 * Today worked out and named, or undefined until it first is. When what it shows changes, the one before stays until
 * the names of the people now shown are read, so no one is named as gone meanwhile.
 */
export function useTodayModel(today: string): TodayView | undefined {
  const settings = useSettings();
  const { from, to } = todayStandupDays(today);
  const unitId = settings?.homeUnitId ?? null;
  const loaded = settings !== undefined;
  const ws = useLiveQuery(
    () => (loaded ? scheduleRepository.today({ from, to }, unitId) : undefined),
    [from, to, unitId, loaded],
  );
  const entries = useTodayEntries(today);
  const day = useMemo(
    () =>
      ws && settings && entries
        ? buildToday({
            today,
            entries: entries.entries,
            latestEntryDates: entries.latest,
            standups: ws.standups,
            schedules: ws.schedules,
            caseworkers: ws.unitMembers,
            cohorts: ws.cohorts,
            homeUnitId: settings.homeUnitId,
            meCoachId: settings.meCoachId,
          })
        : undefined,
    [ws, settings, today, entries],
  );
  const named = useMemo(() => (day ? peopleNamedToday(day) : undefined), [day]);
  const namedKey = named?.join(' ');
  const people = useLiveQuery(
    async () =>
      named ? { key: namedKey, caseworkers: await caseworkerRepository.getManyLive(named) } : undefined,
    [namedKey],
  );
  const view = useMemo(
    () =>
      ws && day && people && people.key === namedKey
        ? { day, names: scheduleNames(ws.cohorts, people.caseworkers, ws.coaches) }
        : undefined,
    [ws, day, people, namedKey],
  );
  return useLatest(view);
}
