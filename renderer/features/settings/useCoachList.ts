// The live list of coaches, for choosing which one is you.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Coach } from '../../domain/model';
import { coachRepository } from '../../data/coachRepository';

export function useCoachList(): Coach[] | undefined {
  return useLiveQuery(coachRepository.listByName);
}
