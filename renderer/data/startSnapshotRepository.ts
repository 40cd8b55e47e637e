// A screen's model kept for the next start (issue 15): Home's figures are worked out from every record of the
// workspace, and reading 441,000 records at agency scale takes most of twenty seconds at start. The model Home last
// built is kept, sealed like personal data (it names people), with the write token of the read it was built from
// (middleware/writeStampLayer.ts replaces the token with every write of the workspace). At the next start it is shown
// at once: as the current figures when the token is still the same and it was built for the same settings and day
// (nothing it was built from has changed, so they are exactly those the read would give), otherwise as the figures of
// the moment it was kept, said so, until the read is done. A restore forgets it; so does presentation mode's reading
// (the model holds real names; the mode shows pseudonyms).
import type { Table } from 'dexie';
import { getDb } from './db';
import { isPresentationActive } from './presentationMode';
import { SNAPSHOTS, WRITTEN } from './middleware/writeStampLayer';
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { nowIso } from '../clock';

interface Written {
  id: typeof WRITTEN;
  token: string;
}

interface Kept<M> {
  id: string;
  /** The write token of the read the model was built from (null: no write was stamped yet). */
  token: string | null;
  /** The settings it was built for. */
  key: string;
  day: string;
  keptAt: string;
  model: M;
}

const snapshots = (): Table<Written | Kept<unknown>, string> => getDb().table(SNAPSHOTS);

/** The token of the workspace's latest write (null when no write has been stamped yet). */
export async function writtenToken(): Promise<string | null> {
  const row = (await snapshots().get(WRITTEN)) as Written | undefined;
  return row?.token ?? null;
}

// The token read in the same transaction as each whole-workspace read (dashboardRepository), by the copy it read.
const tokens = new WeakMap<DashboardData, string | null>();

/** Remembers the token read with `data` (in the same read transaction). */
export function noteReadToken(data: DashboardData, token: string | null): void {
  tokens.set(data, token);
}

/** The token read with `data`, or undefined for a copy not read by dashboardRepository. */
export const readTokenOf = (data: DashboardData): string | null | undefined => tokens.get(data);

/** The model kept last, and whether it is still exactly what a read would build. */
export interface KeptModel<M> {
  model: M;
  /** The day it was built for (figures such as mastery follow the day as well as the records). */
  day: string;
  /** When it was built. */
  keptAt: string;
  /** Nothing was written to the workspace since the read it was built from. */
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
      const [written, kept] = (await snapshots().bulkGet([WRITTEN, id])) as [
        Written | undefined,
        Kept<M> | undefined,
      ];
      if (!kept || kept.key !== key) return null;
      return {
        model: kept.model,
        day: kept.day,
        keptAt: kept.keptAt,
        unchanged: kept.token === (written?.token ?? null),
      };
    } catch {
      // Sealed under another data key, or unreadable: as if none was kept.
      return null;
    }
  },

  /**
   * Keeps `model` as `id`, built for settings `key` and `day` from a read whose write token was `token`; nothing if
   * the workspace was written since that read (a newer model will follow) or presentation mode is on.
   */
  async keep(id: string, key: string, day: string, token: string | null, model: unknown): Promise<boolean> {
    if (isPresentationActive()) return false;
    return getDb().transaction('rw', SNAPSHOTS, async () => {
      if ((await writtenToken()) !== token) return false;
      await snapshots().put({ id, key, day, token, keptAt: nowIso(), model });
      return true;
    });
  },
};
