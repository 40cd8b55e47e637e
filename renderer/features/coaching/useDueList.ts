// The live due list: open action items and follow-ups, overdue or due within the next week, with names resolved.
import { useLiveQuery } from 'dexie-react-hooks';
import { dueItems, type DueItem } from '../../domain/coaching/dueList';
import { listEntries } from '../../data/coachingRepository';
import { listCaseworkers } from '../../data/rosterRepository';

export interface DueListData {
  items: DueItem[];
  caseworkerName: (id: string) => string;
}

export function useDueList(today: string, horizonDays = 7): DueListData | undefined {
  return useLiveQuery(async () => {
    const [entries, caseworkers] = await Promise.all([listEntries(), listCaseworkers()]);
    const names = new Map(caseworkers.map((c) => [c.id, c.name]));
    return {
      items: dueItems(entries, today, horizonDays),
      caseworkerName: (id: string) => names.get(id) ?? 'Someone no longer on the roster',
    };
  }, [today, horizonDays]);
}
