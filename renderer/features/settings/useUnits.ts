// Live list of units for the Settings form's "your unit" choice; undefined while the first read is in flight.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '../../domain/model';
import { unitRepository } from '../../data/rosterRepository';

export function useUnits(): Unit[] | undefined {
  return useLiveQuery(() => unitRepository.listByName());
}
