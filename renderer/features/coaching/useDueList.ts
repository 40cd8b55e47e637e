// The live due list: open action items and follow-ups, overdue or due within the next week, with names resolved.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dueItems, type DueItem } from '../../domain/coaching/dueList';
import { addDays } from '../../domain/coaching/calendar';
import { coachRepository } from '../../data/coachRepository';
import type { NameLookup } from '../../domain/roster/names';
import { useSharedRoster } from '../shared/useSharedRoster';
import { coachingEntryRepository } from '../../data/coachingRepository';

export interface DueListData {
  items: DueItem[];
  caseworkerName: NameLookup;
  /** A coach's or caseworker's name (action item owners are either). */
  personName: (id: string) => string | undefined;
}

export function useDueList(today: string, horizonDays = 7): DueListData | undefined {
  // The roster from the copy the screens share.
  const roster = useSharedRoster();
  const read = useLiveQuery(async () => {
    // Only the entries that can be due are read (by index), with their caseworkers' latest entry dates.
    const [due, coaches] = await Promise.all([
      coachingEntryRepository.dueCandidates(addDays(today, horizonDays)),
      coachRepository.list(),
    ]);
    return { items: dueItems(due.entries, today, horizonDays, due.latest), coaches };
  }, [today, horizonDays]);
  return useMemo(() => {
    if (!roster || !read) return undefined;
    // Names are sealed and opened when first read: only the names of the people listed are read.
    const coaches = new Map(read.coaches.map((c) => [c.id as string, c]));
    return {
      items: read.items,
      caseworkerName: roster.caseworkerName,
      personName: (id: string) => (roster.person(id) ?? coaches.get(id))?.name,
    };
  }, [roster, read]);
}
