// The coaching entries Today lists, read by index: those that can be due this week and this month's incomplete
// ride-alongs, with their caseworkers' latest entry dates (what meets a follow-up) and, for Today of every unit, those
// caseworkers.
import { useLiveQuery } from 'dexie-react-hooks';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { addDays } from '../../domain/coaching/calendar';
import { DUE_HORIZON_DAYS, RIDE_ALONG_DAYS } from '../../domain/home/buildToday';

/**
 * Undefined while `everyUnit` is (the settings are not read yet). Today of every unit (no home unit) names everyone it
 * lists: their caseworkers are read with the entries. With a home unit Today names that unit's people, read with it.
 */
export function useTodayEntries(today: string, everyUnit: boolean | undefined) {
  return useLiveQuery(
    () =>
      everyUnit === undefined
        ? undefined
        : coachingEntryRepository.forToday(
            addDays(today, DUE_HORIZON_DAYS),
            addDays(today, -RIDE_ALONG_DAYS),
            today,
            { caseworkers: everyUnit },
          ),
    [today, everyUnit],
  );
}
