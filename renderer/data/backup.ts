// Full backup to one JSON file and restore from it, replacing the workspace in a single transaction.
import Dexie from 'dexie';
import { parseBackup, serializeBackup, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type EntityByTable, type TableName } from '../domain/model';
import { getDb, tableOf } from './db';
import { readRealDataIn } from './presentationMode';
import { inTransaction, nowIso, readTables } from './repository';
import { settingsRepository } from './settingsRepository';

export { parseBackup };

export interface RestoreProgress {
  done: number;
  total: number;
}

/** What a cancelled restore throws: the transaction was rolled back, so nothing changed. */
export class RestoreCancelled extends Error {
  constructor() {
    super('The restore was cancelled; nothing was changed.');
    this.name = 'RestoreCancelled';
  }
}

/** Rows written per step: small enough that progress moves and a cancel is heard within a moment. */
const STEP = 2_000;

export const backupRepository = {
  /** Every record of every table, Trash included, and the settings, as the text of a backup file. */
  export: (): Promise<string> =>
    inTransaction('r', [...tableNames, 'settings'], async () => {
      // Always the real data, also while presenting: a backup of pseudonyms would overwrite every real name on restore.
      const tx = Dexie.currentTransaction;
      if (!tx) throw new Error('A backup reads the workspace in one transaction.');
      readRealDataIn(tx);
      return serializeBackup(
        await readTables((repo) => repo.listIncludingTrash()),
        await settingsRepository.load(),
        nowIso(),
      );
    }),

  /** How many records (Trash included) each table holds, answered by the tables' counts. */
  counts: async (): Promise<Map<TableName, number>> => {
    const counts = new Map<TableName, number>();
    for (const name of tableNames) counts.set(name, await tableOf(getDb(), name).count());
    return counts;
  },

  /**
   * Replaces every table with the backup's contents in one transaction, reporting progress as it goes; if anything
   * fails, or `signal` is aborted, the transaction is rolled back and the workspace stays exactly as it was.
   */
  restore: (
    backup: Backup,
    options: { onProgress?: (progress: RestoreProgress) => void; signal?: AbortSignal } = {},
  ): Promise<void> => {
    const total = tableNames.reduce((n, name) => n + backup.tables[name].length, 0);
    let done = 0;
    const replaceTable = async <K extends TableName>(name: K, rows: EntityByTable[K][]) => {
      const table = tableOf<EntityByTable[K]>(getDb(), name);
      await table.clear();
      for (let i = 0; i < rows.length; i += STEP) {
        if (options.signal?.aborted) throw new RestoreCancelled();
        const step = rows.slice(i, i + STEP);
        await table.bulkAdd(step);
        done += step.length;
        options.onProgress?.({ done, total });
      }
    };
    return inTransaction('rw', [...tableNames, 'settings'], async () => {
      for (const name of tableNames) await replaceTable(name, backup.tables[name]);
      if (options.signal?.aborted) throw new RestoreCancelled();
      await getDb().settings.put({ ...backup.settings, onboarded: true });
    });
  },
};
