// The desk's sync status for the top bar and Settings: runs sync on start, every few minutes and on demand, and says
// how it went (synced / N changes waiting / offline / error, with the time of the last sync and a first sync's progress).
// Nothing runs, and no request is made, until a hub is configured.
import { useSyncExternalStore } from 'react';
import { runAction } from '../../ui/runAction';
import { HubRequestError, hasHubLink, syncNow, type SyncProgress } from '../../data/sync/syncEngine';

export const SYNC_EVERY_MS = 3 * 60 * 1000;

export interface SyncStatus {
  running: boolean;
  progress: SyncProgress | null;
  /** The last attempt: fine, offline, refused or failed. */
  outcome: 'ok' | 'offline' | 'error' | 'paused' | null;
  message: string | null;
}

let status: SyncStatus = { running: false, progress: null, outcome: null, message: null };
const listeners = new Set<() => void>();
const set = (patch: Partial<SyncStatus>) => {
  status = { ...status, ...patch };
  for (const l of listeners) l();
};

export function useSyncRun(): SyncStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

/** Syncs now if a hub is configured and no sync is running. */
export async function runSync(): Promise<void> {
  if (status.running) return;
  if (!(await hasHubLink())) return;
  set({ running: true, progress: null });
  try {
    await syncNow((progress) => set({ progress }));
    set({ outcome: 'ok', message: null });
  } catch (error) {
    const paused = error instanceof HubRequestError && /presentation mode|locked/.test(error.message);
    const offline = error instanceof HubRequestError && error.offline;
    set({
      outcome: paused ? 'paused' : offline ? 'offline' : 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    set({ running: false, progress: null });
  }
}

let timer: ReturnType<typeof setInterval> | null = null;
/** Starts syncing on start and every few minutes; returns the stop function. */
export function startSyncSchedule(): () => void {
  runAction('sync with the agency hub', runSync);
  timer ??= setInterval(() => runAction('sync with the agency hub', runSync), SYNC_EVERY_MS);
  return () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
}
