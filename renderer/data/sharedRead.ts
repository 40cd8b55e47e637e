// One in-memory copy of what a group of screens reads (the whole workspace for Home, the dashboard and the rollout
// report: workspaceSnapshot.ts; the survey screens: the rollout's rounds and answers with the roster), shared by them
// and read again only when one of its tables changed. Moving from one tab of an area to the next then reads nothing (issue 15). Changes are seen
// as Dexie's live queries see them (its storagemutated event, from this window and others); a change of data key
// (lock), presentation mode (forgetSharedReads), another database and a few minutes with no screen using it forget
// the copy.
import Dexie from 'dexie';
import { getDb } from './db';
import { onDataKeyChange } from './keySession';

/** How long a copy outlives its last reader (moving between screens), in milliseconds. */
const KEEP_UNUSED_MS = 120_000;

/** What a screen sees: the copy (undefined until the first read ends) or why it could not be read. */
export interface SharedView<T> {
  data: T | undefined;
  error: unknown;
}

export interface SharedRead<T> {
  /** The copy (an earlier one while a newer one is read); the same object while nothing changes. */
  current: () => SharedView<T>;
  /** Calls `listener` whenever the copy changes; reads it first if it is missing or out of date. */
  subscribe: (listener: () => void) => () => void;
  /** Forgets the copy (the same records now read differently). */
  forget: () => void;
  /**
   * Starts reading the copy if it is missing or out of date, for a screen about to subscribe: from its first layout,
   * so the read does not wait for the first paint as a subscription does.
   */
  warm: () => void;
}

const notRead: SharedView<never> = { data: undefined, error: undefined };
/**
 * In place of a shared read a screen does not need (it shows what it kept from an earlier visit): nothing, and no
 * read is started for it.
 */
export const notReading: Pick<SharedRead<never>, 'current' | 'subscribe'> = {
  current: () => notRead,
  subscribe: () => () => undefined,
};

const everyRead = new Set<{ forget: () => void }>();

/** Forgets every shared copy: presentation mode turned on or off. */
export function forgetSharedReads(): void {
  for (const read of everyRead) read.forget();
}

/**
 * A copy of what `read` returns, read again when one of `tables` changes. `plain`: it holds nothing sealed and names
 * no one (the settings), so it reads the same under any data key and in presentation mode, and neither a lock nor a
 * switch of the mode forgets it.
 */
export function sharedRead<T>(
  tables: readonly string[],
  read: () => Promise<T>,
  options: { plain?: boolean } = {},
): SharedRead<T> {
  const watched = new Set(tables);
  const state = {
    db: null as object | null,
    value: undefined as T | undefined,
    error: undefined as unknown,
    // Bumped by every change of the tables, so a read that overlapped a change is not taken for current.
    generation: 0,
    readAt: -1,
    reading: false,
  };
  let view: SharedView<T> = { data: undefined, error: undefined };
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
  const drop = () => {
    state.generation++;
    state.value = undefined;
    state.error = undefined;
    state.db = null;
  };
  const touches = (parts: Record<string, unknown>) => {
    const prefix = `idb://${getDb().name}/`;
    return Object.keys(parts).some(
      (part) => part.startsWith(prefix) && watched.has(part.slice(prefix.length).split('/')[0] ?? ''),
    );
  };

  async function readAgain(): Promise<void> {
    if (state.reading) return;
    state.reading = true;
    try {
      for (;;) {
        const db = getDb();
        const generation = state.generation;
        try {
          const value = await read();
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
  // readAgain keeps a failure as the copy's error for the screens, so nothing is left to catch here.
  const refresh = () => void readAgain().catch(() => undefined);

  function observe(): void {
    if (observing) return;
    observing = true;
    Dexie.on('storagemutated', (parts) => {
      if (!touches(parts)) return;
      state.generation++;
      if (listeners.size > 0) refresh();
      else {
        // Nobody shows it: drop it rather than read it again for no screen.
        state.value = undefined;
        notify();
      }
    });
    if (options.plain) return;
    onDataKeyChange(() => {
      drop();
      if (listeners.size > 0) refresh();
      notify();
    });
  }

  // A copy nobody uses is forgotten after KEEP_UNUSED_MS.
  const dropWhenUnused = () => {
    if (dropTimer) clearTimeout(dropTimer);
    dropTimer = setTimeout(() => {
      dropTimer = null;
      if (listeners.size === 0) {
        drop();
        notify();
      }
    }, KEEP_UNUSED_MS);
  };
  const readIfOutOfDate = () => {
    if (isCurrent() || state.reading) return;
    if (state.db !== null && state.db !== getDb()) {
      drop();
      notify();
    }
    refresh();
  };

  const shared: SharedRead<T> = {
    current: () => view,
    subscribe: (listener) => {
      observe();
      listeners.add(listener);
      if (dropTimer) clearTimeout(dropTimer);
      dropTimer = null;
      readIfOutOfDate();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) dropWhenUnused();
      };
    },
    warm: () => {
      observe();
      readIfOutOfDate();
      if (listeners.size === 0) dropWhenUnused();
    },
    forget: () => {
      drop();
      if (listeners.size > 0) refresh();
      notify();
    },
  };
  if (!options.plain) everyRead.add(shared);
  return shared;
}
