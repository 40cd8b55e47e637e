// Trash: every tombstoned record across the workspace, restorable or deletable for good.
import { tableDefs, tableNames, type TableName } from '../domain/model';
import { getDb } from './db';
import { repository } from './repository';

export interface TrashItem {
  table: TableName;
  id: string;
  kind: string;
  title: string;
  deletedAt: string;
}

function titleOf(record: Record<string, unknown>): string {
  for (const key of ['name', 'topic', 'expectation', 'key']) {
    const value = record[key];
    if (typeof value === 'string' && value) return value;
  }
  if (typeof record.date === 'string') return `Entry of ${record.date}`;
  if (typeof record.month === 'string') return `Measures for ${record.month}`;
  if (typeof record.answeredOn === 'string') return `Response of ${record.answeredOn}`;
  return 'Untitled';
}

export async function listTrash(): Promise<TrashItem[]> {
  const db = getDb();
  const items: TrashItem[] = [];
  for (const table of tableNames) {
    const deleted = await db[table].where('deletedAt').above('').toArray();
    for (const record of deleted as unknown as Array<
      Record<string, unknown> & { id: string; deletedAt: string }
    >) {
      items.push({
        table,
        id: record.id,
        kind: tableDefs[table].singular,
        title: titleOf(record),
        deletedAt: record.deletedAt,
      });
    }
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export const restoreFromTrash = (table: TableName, id: string) => repository(table).restore(id);
export const deleteForever = (table: TableName, id: string) => repository(table).purge(id);

export async function emptyTrash(): Promise<number> {
  const db = getDb();
  return db.transaction(
    'rw',
    tableNames.map((t) => db[t]),
    async () => {
      let count = 0;
      for (const table of tableNames) count += await db[table].where('deletedAt').above('').delete();
      return count;
    },
  );
}
