// A screen's model kept for the next start (issue 15): Home's figures are worked out from every record of the
// workspace, and reading 441,000 records at agency scale takes most of twenty seconds at start. The model Home last
// built is kept, sealed like personal data (it names people), with the write tokens of the tables it was built from,
// as they were at its read (middleware/writeStampLayer.ts replaces a table's token with every write of that table).
// At the next start it is shown at once: as the current figures when those tokens are still the same and it was built
// for the same settings and day (nothing it was built from has changed, so they are exactly those the read would
// give), otherwise as the figures of the moment it was kept, said so, until the read is done. A restore forgets it
// (and keeps Home's and the dashboard's anew, built from the records it wrote: restoredViews.ts);
// so does presentation mode's reading (the model holds real names; the mode shows pseudonyms).
import type { Table } from 'dexie';
import { getDb } from './db';
import { openedAhead } from './repository';
import { isPresentationActive } from './presentationMode';
import { SNAPSHOTS, writtenRow } from './middleware/writeStampLayer';
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import type { TableName } from '../domain/model';
import type { ReadStamp } from '../domain/keptModel';
import { nowIso } from '../clock';

interface Written {
  id: string;
  token: string;
}

export type { ReadStamp };

interface Kept<M> extends ReadStamp {
  id: string;
  /** The settings it was built for. */
  key: string;
  day: string;
  keptAt: string;
  model: M;
}

const snapshots = (): Table<Written | Kept<unknown>, string> => getDb().table(SNAPSHOTS);

/**
 * The write tokens of these tables now, as one: it changes with every write of any of them, and with nothing else.
 * A table not written since its last clear (or ever) counts as "-".
 */
export async function writtenStamp(tables: readonly TableName[]): Promise<ReadStamp> {
  const rows = (await snapshots().bulkGet(tables.map(writtenRow))) as (Written | undefined)[];
  return { tables, token: rows.map((row) => row?.token ?? '-').join(' ') };
}

// The stamp read in the same transaction as each whole-workspace read (dashboardRepository), by the copy it read.
const stamps = new WeakMap<DashboardData, ReadStamp>();

/** Remembers the stamp read with `data` (in the same read transaction). */
export function noteReadStamp(data: DashboardData, stamp: ReadStamp): void {
  stamps.set(data, stamp);
}

/** The stamp read with `data`, or undefined for a copy not read by dashboardRepository. */
export const readStampOf = (data: DashboardData): ReadStamp | undefined => stamps.get(data);

/** The model kept last, and whether it is still exactly what a read would build. */
export interface KeptModel<M> {
  model: M;
  /** The day it was built for (figures such as mastery follow the day as well as the records). */
  day: string;
  /** When it was built. */
  keptAt: string;
  /** Nothing was written to the tables it was built from since the read. */
  unchanged: boolean;
}

export const startSnapshotRepository = {
  /**
   * The model kept as `id` for settings `key`, whether or not the workspace was written since; null when none was
   * kept for that key, when it cannot be opened (sealed under another data key, or locked), and in presentation mode.
   */
  async latest<M>(id: string, key: string): Promise<KeptModel<M> | null> {
    if (isPresentationActive()) return null;
    try {
      const kept = (await snapshots().get(id)) as Kept<M> | undefined;
      if (!kept || kept.key !== key) return null;
      // Opened with the platform's cipher: the model is the largest sealed value the app reads (tens of kilobytes of
      // names), a task of 50-80 ms at start when opened in JavaScript on first use.
      await openedAhead([kept]);
      // A model kept by an older version (one token for the whole workspace, no tables named) is not used.
      if (!Array.isArray(kept.tables)) return null;
      const now = await writtenStamp(kept.tables);
      return { model: kept.model, day: kept.day, keptAt: kept.keptAt, unchanged: now.token === kept.token };
    } catch {
      // Sealed under another data key, or unreadable: as if none was kept.
      return null;
    }
  },

  /**
   * Keeps `model` as `id`, built for settings `key` and `day` from a read stamped `read`; nothing if one of the tables
   * it was built from was written since that read (a newer model will follow) or presentation mode is on.
   */
  async keep(id: string, key: string, day: string, read: ReadStamp, model: unknown): Promise<boolean> {
    if (isPresentationActive()) return false;
    return getDb().transaction('rw', SNAPSHOTS, async () => {
      if ((await writtenStamp(read.tables)).token !== read.token) return false;
      const kept: Kept<unknown> = {
        id,
        key,
        day,
        tables: read.tables,
        token: read.token,
        keptAt: nowIso(),
        model,
      };
      await snapshots().put(kept);
      return true;
    });
  },
};
