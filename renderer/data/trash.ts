// Trash: every tombstoned record across the workspace, restorable or deletable for good.
import { tableDefs, tableNames, type BaseRecord, type TableName } from '../domain/model';
import { getDb, tableOf } from './db';
import { inTransaction, repository } from './repository';

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
  if (typeof record.date === 'string') return `Entry of ${record.date}`;
  if (typeof record.month === 'string') return `Measures for ${record.month}`;
  if (typeof record.answeredOn === 'string') return `Response of ${record.answeredOn}`;
  return 'Untitled';
}

// Tombstones carry a deletedAt string, so the deletedAt index lists exactly the records in Trash.
const inTrash = (table: TableName) => tableOf<AnyRecord>(getDb(), table).where('deletedAt').above('');

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
  deleteForever: (table: TableName, id: string): Promise<void> => repository(table).purge(id),

  /** Deletes everything in Trash for good; returns how many records went. */
  empty: (): Promise<number> =>
    inTransaction('rw', tableNames, async () => {
      let count = 0;
      for (const table of tableNames) count += await inTrash(table).delete();
      return count;
    }),
};
