// Today's model, read through the indexes rather than whole tables (issue 15): the schedules, this week's standups,
// the home unit's people, the coaching entries Today can list with their caseworkers (useTodayEntries), and then the
// names of the few other people it shows, not the roster's 5,000.
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
  const entries = useTodayEntries(today, loaded ? unitId === null : undefined);
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
  // Most people Today names were read with its entries or are in the home unit; the others (an action item's owner,
  // a planned visit elsewhere) are read once Today knows them.
  const known = useMemo(
    () => (ws && entries ? [...ws.unitMembers, ...entries.caseworkers] : undefined),
    [ws, entries],
  );
  const others = useMemo(() => {
    if (!day || !known) return undefined;
    const read = new Set(known.map((c) => c.id));
    return peopleNamedToday(day).filter((id) => !read.has(id));
  }, [day, known]);
  const othersKey = others?.join(' ');
  const people = useLiveQuery(
    async () =>
      others
        ? {
            key: othersKey,
            caseworkers: others.length > 0 ? await caseworkerRepository.getManyLive(others) : [],
          }
        : undefined,
    [othersKey],
  );
  const view = useMemo(
    () =>
      ws && day && known && people && people.key === othersKey
        ? { day, names: scheduleNames(ws.cohorts, [...known, ...people.caseworkers], ws.coaches) }
        : undefined,
    [ws, day, known, people, othersKey],
  );
  return useLatest(view);
}
