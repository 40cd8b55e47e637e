// The coaching entries Today lists, read by index: those that can be due this week and this month's incomplete
// ride-alongs, with their caseworkers' latest entry dates (what meets a follow-up).
import { useLiveQuery } from 'dexie-react-hooks';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { addDays } from '../../domain/coaching/calendar';
import { DUE_HORIZON_DAYS, RIDE_ALONG_DAYS } from '../../domain/home/buildToday';

export function useTodayEntries(today: string) {
  return useLiveQuery(
    () =>
      coachingEntryRepository.forToday(
        addDays(today, DUE_HORIZON_DAYS),
        addDays(today, -RIDE_ALONG_DAYS),
        today,
      ),
    [today],
  );
}
