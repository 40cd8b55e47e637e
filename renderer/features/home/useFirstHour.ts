// The first-hour checklist, live: it ticks itself off as the roster, rollout, survey and cohorts fill in.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadFirstHourFacts } from '../../data/workspace';
import { firstHourChecklist, type FirstHourChecklist } from '../../domain/home/firstHourChecklist';

export function useFirstHour(): FirstHourChecklist | undefined {
  const facts = useLiveQuery(loadFirstHourFacts);
  return facts && firstHourChecklist(facts);
}
