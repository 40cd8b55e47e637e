// Full backup to one JSON file and restore from it, replacing the workspace in a single transaction.
import { parseBackup, serializeBackup, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type EntityByTable, type TableName } from '../domain/model';
import { getDb, tableOf } from './db';
import { inTransaction, nowIso, readTables } from './repository';
import { settingsRepository } from './settingsRepository';

export { parseBackup };

async function replaceTable<K extends TableName>(name: K, rows: EntityByTable[K][]): Promise<void> {
  const table = tableOf<EntityByTable[K]>(getDb(), name);
  await table.clear();
  await table.bulkAdd(rows);
}

export const backupRepository = {
  /** Every record of every table, Trash included, and the settings, as the text of a backup file. */
  export: (): Promise<string> =>
    inTransaction('r', [...tableNames, 'settings'], async () =>
      serializeBackup(
        await readTables((repo) => repo.listIncludingTrash()),
        await settingsRepository.load(),
        nowIso(),
      ),
    ),

  /** How many records (Trash included) each table holds, answered by the tables' counts. */
  counts: async (): Promise<Map<TableName, number>> => {
    const counts = new Map<TableName, number>();
    for (const name of tableNames) counts.set(name, await tableOf(getDb(), name).count());
    return counts;
  },

  /** Replaces every table with the backup's contents; if anything fails, the workspace stays as it was. */
  restore: (backup: Backup): Promise<void> =>
    inTransaction('rw', [...tableNames, 'settings'], async () => {
      for (const name of tableNames) await replaceTable(name, backup.tables[name]);
      await getDb().settings.put({ ...backup.settings, onboarded: true });
    }),
};
