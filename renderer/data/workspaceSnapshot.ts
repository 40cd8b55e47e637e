// One in-memory copy of every live record (what Home, the dashboard and the rollout report read), shared by those
// screens and read again only when a table of the workspace changed. Reading and opening every record is most of the
// cost of those screens (issue 15); without this each of them read it all again on every visit, and the domain's
// memos (scoring, mastery), which are keyed on the arrays read, never survived a move from Home to the dashboard.
// Changes are seen the way Dexie's live queries see them (its storagemutated event, from this window and others);
// locking, a change of data key, presentation mode and another database forget the copy at once, and so does a few
// minutes without any screen using it, so the memory is given back.
import Dexie from 'dexie';
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { tableNames } from '../domain/model';
import { dashboardRepository } from './dashboardRepository';
import { getDb } from './db';
import { onDataKeyChange } from './keySession';

/** How long the copy outlives its last reader (moving between screens), in milliseconds. */
const KEEP_UNUSED_MS = 120_000;

interface State {
  /** The database the copy was read from. */
  db: object | null;
  value: DashboardData | undefined;
  error: unknown;
  /** Bumped by every change of the workspace, so a read that overlapped a change is not taken for current. */
  generation: number;
  /** The generation `value` was read at; stale when it differs from `generation`. */
  readAt: number;
  reading: boolean;
}

/** What a screen sees: the copy (undefined until the first read ends) or why it could not be read. */
interface WorkspaceView {
  data: DashboardData | undefined;
  error: unknown;
}

const state: State = {
  db: null,
  value: undefined,
  error: undefined,
  generation: 0,
  readAt: -1,
  reading: false,
};
// The same object for as long as nothing changes, as React's useSyncExternalStore needs.
let view: WorkspaceView = { data: undefined, error: undefined };
const listeners = new Set<() => void>();
let dropTimer: ReturnType<typeof setTimeout> | null = null;
let observing = false;

const isCurrent = () => state.db === getDb() && state.readAt === state.generation;

const notify = () => {
  const data = state.db === getDb() ? state.value : undefined;
  const error = data === undefined && isCurrent() ? state.error : undefined;
  if (data !== view.data || error !== view.error) view = { data, error };
  for (const listener of listeners) listener();
};

function forget(): void {
  state.generation++;
  state.value = undefined;
  state.error = undefined;
  state.db = null;
}

/** Whether a change (Dexie's observability parts, "idb://<db>/<table>/<index>") touched a table read here. */
function touchesWorkspace(parts: Record<string, unknown>, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some(
    (part) => part.startsWith(prefix) && workspaceTables.has(part.slice(prefix.length).split('/')[0] ?? ''),
  );
}
const workspaceTables = new Set<string>(tableNames);

function observe(): void {
  if (observing) return;
  observing = true;
  Dexie.on('storagemutated', (parts) => {
    if (!touchesWorkspace(parts, getDb().name)) return;
    state.generation++;
    if (listeners.size > 0) refresh();
    else {
      // Nobody shows it: drop it rather than read everything again for no screen.
      state.value = undefined;
      notify();
    }
  });
  onDataKeyChange(() => {
    forget();
    if (listeners.size > 0) refresh();
    notify();
  });
}

/** Reads the copy again unless a read is already under way (which then reads again itself). */
function refresh(): void {
  // read() keeps a failure as the copy's error for the screens, so nothing is left to catch here.
  read().catch(() => undefined);
}

async function read(): Promise<void> {
  if (state.reading) return;
  state.reading = true;
  try {
    for (;;) {
      const db = getDb();
      const generation = state.generation;
      try {
        const value = await dashboardRepository.data();
        if (generation !== state.generation) continue;
        Object.assign(state, { db, value, error: undefined, readAt: generation });
      } catch (error) {
        if (generation !== state.generation) continue;
        Object.assign(state, { db, value: undefined, error, readAt: generation });
      }
      break;
    }
  } finally {
    state.reading = false;
  }
  notify();
}

export const workspaceSnapshot = {
  /** The copy (an earlier one while a newer one is read; undefined while the first read is in flight). */
  current: (): WorkspaceView => view,

  /** Calls `listener` whenever the copy changes; reads it first if it is missing or out of date. */
  subscribe: (listener: () => void): (() => void) => {
    observe();
    listeners.add(listener);
    if (dropTimer) clearTimeout(dropTimer);
    dropTimer = null;
    // A read under way already reads for this screen too.
    if (!isCurrent() && !state.reading) {
      if (state.db !== null && state.db !== getDb()) {
        forget();
        notify();
      }
      refresh();
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      if (dropTimer) clearTimeout(dropTimer);
      dropTimer = setTimeout(() => {
        dropTimer = null;
        if (listeners.size === 0) {
          forget();
          notify();
        }
      }, KEEP_UNUSED_MS);
    };
  },

  /** Forgets the copy (presentation mode turned on or off: the same records now read differently). */
  forget: (): void => {
    forget();
    if (listeners.size > 0) refresh();
    notify();
  },
};
