// The hub this desk is enrolled with, what waits to be pushed, and the conflict report, live from the database.
import { useLiveQuery } from 'dexie-react-hooks';
import { listConflicts, readSyncState, waitingChanges } from '../../data/sync/syncEngine';

export function useHubLink() {
  return useLiveQuery(async () => {
    const state = await readSyncState();
    return {
      hub: state?.hub ?? null,
      deviceId: state?.deviceId ?? '',
      waiting: state?.hub ? await waitingChanges() : 0,
    };
  });
}

export function useConflicts() {
  return useLiveQuery(listConflicts);
}
