// The live due list: open action items and follow-ups, overdue or due within the next week, with names resolved.
import { useLiveQuery } from 'dexie-react-hooks';
import { dueItems, type DueItem } from '../../domain/coaching/dueList';
import { addDays } from '../../domain/coaching/calendar';
import { caseworkerRepository } from '../../data/rosterRepository';
import { coachRepository } from '../../data/coachRepository';
import { personNames, type NameLookup } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';

export interface DueListData {
  items: DueItem[];
  caseworkerName: NameLookup;
  /** A coach's or caseworker's name (action item owners are either). */
  personName: (id: string) => string | undefined;
}

export function useDueList(today: string, horizonDays = 7): DueListData | undefined {
  return useLiveQuery(async () => {
    // Only the entries that can be due are read (by index), with their caseworkers' latest entry dates.
    const [due, caseworkers, coaches] = await Promise.all([
      coachingEntryRepository.dueCandidates(addDays(today, horizonDays)),
      caseworkerRepository.list(),
      coachRepository.list(),
    ]);
    // Names are sealed and opened when first read: only the names of the people listed are read.
    const people = new Map<string, { name: string }>([...caseworkers, ...coaches].map((p) => [p.id, p]));
    return {
      items: dueItems(due.entries, today, horizonDays, due.latest),
      caseworkerName: personNames(caseworkers),
      personName: (id: string) => people.get(id)?.name,
    };
  }, [today, horizonDays]);
}
