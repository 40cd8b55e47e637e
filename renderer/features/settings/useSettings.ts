// Live settings for any screen; undefined while the first read is in flight.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../domain/model';
import { settingsRepository } from '../../data/settingsRepository';

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => settingsRepository.load());
}
