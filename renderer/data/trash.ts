// Trash: every tombstoned record across the workspace, restorable or deletable for good.
import { tableDefs, tableNames, type BaseRecord, type TableName } from '../domain/model';
import { referencesTo } from '../domain/model/references';
import { plural } from '../domain/format/format';
import { getDb, tableOf } from './db';
import { inTransaction, repository } from './repository';
import { formatDay, formatMonth } from '../domain/format/format';

export interface TrashItem {
  table: TableName;
  id: string;
  kind: string;
  title: string;
  deletedAt: string;
}

/** Any record, seen only through its base fields and whatever else it holds (for a title). */
type AnyRecord = BaseRecord & Readonly<Record<string, unknown>>;

function titleOf(record: AnyRecord): string {
  for (const key of ['name', 'topic', 'expectation', 'key']) {
    const value = record[key];
    if (typeof value === 'string' && value) return value;
  }
  if (typeof record.date === 'string') return `Entry of ${formatDay(record.date)}`;
  if (typeof record.month === 'string') return `Measures for ${formatMonth(record.month)}`;
  if (typeof record.answeredOn === 'string') return `Response of ${formatDay(record.answeredOn)}`;
  return 'Untitled';
}

// Tombstones carry a deletedAt string, so the deletedAt index lists exactly the records in Trash.
const inTrash = (table: TableName) => tableOf<AnyRecord>(getDb(), table).where('deletedAt').above('');

type AllTables = { [K in TableName]?: BaseRecord[] };

async function readAll(): Promise<AllTables> {
  const all: AllTables = {};
  for (const table of tableNames) all[table] = await tableOf<AnyRecord>(getDb(), table).toArray();
  return all;
}

/**
 * Deletes one record for good, unless other records (live or in Trash) still point at it: deleting it then would leave
 * them pointing at nothing, and a backup of such a workspace could not be restored. The refusal says what still uses it.
 */
function deleteForever(table: TableName, id: string): Promise<void> {
  return inTransaction('rw', tableNames, async () => {
    const users = referencesTo(await readAll(), table, id).filter((u) => !(u.table === table && u.id === id));
    if (users.length > 0) {
      const byTable = new Map<TableName, number>();
      for (const u of users) byTable.set(u.table, (byTable.get(u.table) ?? 0) + 1);
      const list = [...byTable].map(([t, n]) =>
        plural(n, tableDefs[t].singular, tableDefs[t].label.toLowerCase()),
      );
      throw new Error(
        `This ${tableDefs[table].singular} cannot be deleted for good while ${list.join(', ')} still ${users.length === 1 ? 'refers' : 'refer'} to it. Delete those first, or restore it.`,
      );
    }
    await repository(table).purge(id);
  });
}

/**
 * Deletes for good everything in Trash that nothing outside Trash still refers to; returns how many records went and
 * how many had to stay (restore or delete what uses them first).
 */
function emptyTrash(): Promise<{ deleted: number; kept: number }> {
  return inTransaction('rw', tableNames, async () => {
    const all = await readAll();
    const doomed = new Map<TableName, Set<string>>();
    for (const table of tableNames)
      doomed.set(table, new Set((all[table] ?? []).filter((r) => r.deletedAt !== null).map((r) => r.id)));
    // A record stays while a record that stays points at it; repeat until nothing changes.
    let changed = true;
    while (changed) {
      changed = false;
      for (const [table, ids] of doomed) {
        for (const id of ids) {
          const users = referencesTo(all, table, id);
          if (users.some((u) => !doomed.get(u.table)?.has(u.id))) {
            ids.delete(id);
            changed = true;
          }
        }
      }
    }
    let deleted = 0;
    let trashed = 0;
    for (const table of tableNames) {
      trashed += (all[table] ?? []).filter((r) => r.deletedAt !== null).length;
      const ids = [...(doomed.get(table) ?? [])];
      await tableOf<AnyRecord>(getDb(), table).bulkDelete(ids);
      deleted += ids.length;
    }
    return { deleted, kept: trashed - deleted };
  });
}

export const trashRepository = {
  list: async (): Promise<TrashItem[]> => {
    const items: TrashItem[] = [];
    for (const table of tableNames) {
      for (const record of await inTrash(table).toArray()) {
        items.push({
          table,
          id: record.id,
          kind: tableDefs[table].singular,
          title: titleOf(record),
          deletedAt: record.deletedAt ?? '',
        });
      }
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  },

  restore: (table: TableName, id: string): Promise<void> => repository(table).restore(id),
  deleteForever,
  /** Deletes for good what nothing outside Trash uses; says how many went and how many stayed. */
  empty: emptyTrash,
};
