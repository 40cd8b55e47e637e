// Full backup to one JSON file and restore from it, replacing the workspace in a single transaction.
import type { Table } from 'dexie';
import { parseBackup, serializeBackup, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type TableName } from '../domain/model';
import { getDb } from './db';
import { nowIso } from './repository';
import { settingsRepository } from './settingsRepository';

export { parseBackup };

export async function exportBackup(): Promise<string> {
  const db = getDb();
  return db.transaction('r', [...tableNames.map((t) => db[t]), db.settings], async () => {
    const tables = {} as Record<TableName, unknown[]>;
    for (const name of tableNames) tables[name] = await db[name].toArray();
    return serializeBackup(tables as Backup['tables'], await settingsRepository.load(), nowIso());
  });
}

export async function tableCounts(): Promise<Record<TableName, number>> {
  const db = getDb();
  const counts = {} as Record<TableName, number>;
  for (const name of tableNames) counts[name] = await db[name].count();
  return counts;
}

/** Replaces every table with the backup's contents; if anything fails, the workspace stays as it was. */
export async function restoreBackup(backup: Backup): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [...tableNames.map((t) => db[t]), db.settings], async () => {
    for (const name of tableNames) {
      await db[name].clear();
      await (db[name] as unknown as Table<unknown, string>).bulkAdd(backup.tables[name]);
    }
    await db.settings.put({ ...backup.settings, onboarded: true });
  });
}
