// Full backup to one JSON file (encrypted, or plain when asked) and restore from it, replacing the workspace in a single
// transaction.
import Dexie from 'dexie';
import { parseBackup, serializeBackup, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type EntityByTable, type TableName } from '../domain/model';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  type WorkspaceKey,
} from '../domain/backup/backupCrypto';
import { getDb, tableOf } from './db';
import { requireDataKey } from './keySession';
import { portableSlots } from './keyStore';
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

/** The workspace key as backups need it: this data key and the slots that open it elsewhere. */
async function workspaceKey(): Promise<WorkspaceKey> {
  const slots = await portableSlots();
  return {
    keyId: slots?.keyId ?? 'unknown',
    dataKey: requireDataKey(),
    passphrase: slots?.passphrase ?? null,
    recovery: slots?.recovery ?? null,
  };
}

/** Every record of every table, Trash included, and the settings, as the text of a plain backup file. */
function exportPlain(): Promise<string> {
  return inTransaction('r', [...tableNames, 'settings'], async () => {
    // Always the real data, also while presenting: a backup of pseudonyms would overwrite every real name on restore.
    const tx = Dexie.currentTransaction;
    if (!tx) throw new Error('A backup reads the workspace in one transaction.');
    readRealDataIn(tx);
    return serializeBackup(
      await readTables((repo) => repo.listIncludingTrash()),
      await settingsRepository.load(),
      nowIso(),
    );
  });
}

/**
 * A backup file encrypted and authenticated: with a backup passphrase when given, else with the workspace key (the
 * file then opens here at once, and elsewhere with the workspace passphrase or recovery key). Backups on quit use this.
 */
async function exportEncrypted(options: { passphrase?: string } = {}): Promise<string> {
  const plain = await exportPlain();
  const protection = options.passphrase
    ? { passphrase: options.passphrase }
    : { workspace: await workspaceKey() };
  return encryptBackup(plain, nowIso(), protection);
}

export type OpenedBackup =
  | { ok: true; backup: Backup; encrypted: boolean }
  | { ok: false; errors: string[]; needs: 'backup-passphrase' | 'workspace-passphrase' | null };

export type DecryptedBackup =
  | { ok: true; text: string }
  | { ok: false; errors: string[]; needs: 'backup-passphrase' | 'workspace-passphrase' | null };

/**
 * Opens an encrypted backup file: the whole file must authenticate (header and content) before its text is given
 * back, so a file changed anywhere is refused before any of it is read as records. Says what secret it still needs.
 */
async function decryptBackupFile(text: string, passphrase?: string): Promise<DecryptedBackup> {
  const opened = await decryptBackup(text, {
    workspace: await workspaceKey(),
    ...(passphrase ? { passphrase } : {}),
  });
  return opened.ok
    ? { ok: true, text: opened.text }
    : { ok: false, errors: opened.error ? [opened.error] : [], needs: opened.needs };
}

/** Reads a backup file held as one string, encrypted or plain, and checks all of it; nothing is written. */
async function openBackupFile(text: string, passphrase?: string): Promise<OpenedBackup> {
  let plain = text;
  const encrypted = isEncryptedBackup(text);
  if (encrypted) {
    const opened = await decryptBackupFile(text, passphrase);
    if (!opened.ok) return opened;
    plain = opened.text;
  }
  const parsed = parseBackup(plain);
  return parsed.ok
    ? { ok: true, backup: parsed.backup, encrypted }
    : { ok: false, errors: parsed.errors, needs: null };
}

export const backupRepository = {
  /** The plain backup file (personal data in the clear): only for the export named UNENCRYPTED, after a warning. */
  export: exportPlain,
  /** The encrypted backup file (manual backups and the automatic one on quit). */
  exportEncrypted,
  /** Opens a backup file held as one string (encrypted or plain) and checks all of it, writing nothing. */
  open: openBackupFile,
  /** Decrypts an encrypted backup file after authenticating all of it; the restore worker then checks its records. */
  decrypt: decryptBackupFile,
  /**
   * A copy of the data key for the restore worker, whose own connection must seal what it writes (worker.postMessage
   * within this renderer: key material never crosses IPC). Throws WorkspaceLockedError while locked.
   */
  dataKeyForRestore: (): Uint8Array<ArrayBuffer> => new Uint8Array(requireDataKey()),

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
      // Presentation mode is how this desk is shown right now, not data: a backup taken while presenting must not
      // bring the restored workspace up in pseudonyms (restore itself is refused while presenting, so it is off).
      await getDb().settings.put({ ...backup.settings, onboarded: true, presentationMode: false });
    });
  },
};
