// The live due list: open action items and follow-ups, overdue or due within the next week, with names resolved.
import { useLiveQuery } from 'dexie-react-hooks';
import { dueItems, type DueItem } from '../../domain/coaching/dueList';
import { caseworkerRepository } from '../../data/rosterRepository';
import { personNames, type NameLookup } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';

export interface DueListData {
  items: DueItem[];
  caseworkerName: NameLookup;
}

export function useDueList(today: string, horizonDays = 7): DueListData | undefined {
  return useLiveQuery(async () => {
    const [entries, caseworkers] = await Promise.all([
      coachingEntryRepository.listNewestFirst(),
      caseworkerRepository.listByName(),
    ]);
    return {
      items: dueItems(entries, today, horizonDays),
      caseworkerName: personNames(caseworkers),
    };
  }, [today, horizonDays]);
}
