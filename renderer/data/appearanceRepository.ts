// Reads of `appearances` (kept by middleware/appearancesLayer.ts): the cohorts, training sessions and standups that
// name a caseworker, found by index instead of by opening every record of those tables (issue 15).
import type { Table } from 'dexie';
import { getDb } from './db';
import { APPEARANCES } from './middleware/appearancesLayer';
import { APPEARANCES_BUILT } from './schema/v2';
import type { Appearance, AppearanceTable } from '../domain/cohorts/appearances';

const rows = (): Table<Appearance, string> => getDb().table(APPEARANCES);

export const appearanceRepository = {
  /**
   * The ids of the records of each table that name this caseworker, in id order. Null when the rows were not built
   * for every record (a database made by a build of version 2 from before them): read the whole tables then.
   */
  async recordIdsOf(caseworkerId: string): Promise<Record<AppearanceTable, string[]> | null> {
    const [built, theirs] = await Promise.all([
      rows().get(APPEARANCES_BUILT),
      rows().where('caseworkerId').equals(caseworkerId).toArray(),
    ]);
    if (!built) return null;
    const ids: Record<AppearanceTable, string[]> = { cohorts: [], trainingSessions: [], standups: [] };
    for (const row of theirs) ids[row.table].push(row.recordId);
    return ids;
  },

  /**
   * The ids of the records of `table` that name any of these caseworkers, each once, in id order; null when the rows
   * were not built for every record (read the whole table then).
   */
  async recordIdsOfAny(table: AppearanceTable, caseworkerIds: readonly string[]): Promise<string[] | null> {
    const [built, ...theirs] = await Promise.all([
      rows().get(APPEARANCES_BUILT),
      // One equality read per person, as the repositories' listByAny.
      ...[...new Set(caseworkerIds)].map((id) => rows().where('caseworkerId').equals(id).toArray()),
    ]);
    if (!built) return null;
    const ids = new Set<string>();
    for (const row of theirs.flat()) if (row.table === table) ids.add(row.recordId);
    return [...ids].sort();
  },
};
