// Full backup to one JSON file (encrypted, or plain when asked) and restore from it, replacing the workspace in a single
// transaction.
import Dexie from 'dexie';
import { backupText, parseBackup, type Backup } from '../domain/backup/parseBackup';
import { tableNames, type EntityByTable, type TableName } from '../domain/model';
import {
  decryptBackup,
  decryptBackupFile,
  type DecryptOptions,
  encryptBackupParts,
  isEncryptedBackup,
  type WorkspaceKey,
} from '../domain/backup/backupCrypto';
import { getDb, tableOf } from './db';
import { requireDataKey } from './keySession';
import { portableSlots } from './keyStore';
import { readRealDataIn } from './presentationMode';
import { forEachPage, inTransaction, nowIso } from './repository';
import { settingsRepository } from './settingsRepository';
import { dashboardRepository } from './dashboardRepository';
import type { ReadStamp } from './startSnapshotRepository';

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

/** How a backup file is protected: the workspace key, a backup passphrase, or none (the export named unencrypted). */
export type BackupProtection =
  { kind: 'workspace' } | { kind: 'passphrase'; passphrase: string } | { kind: 'plain' };

/** Records read per request while a backup is made (in a worker): memory stays bounded and the progress moves. */
const BACKUP_PAGE = 10_000;

/** Records read of all, while a backup file is made. */
export type BackupProgress = (done: number, total: number) => void;

/**
 * Every record of every table, Trash included, and the settings: a plain backup file, read in one transaction a page
 * at a time and written a thousand records at a time into the file, so the workspace is never one string in memory.
 */
function exportPlainFile(onProgress: BackupProgress = () => undefined): Promise<Blob> {
  return inTransaction('r', [...tableNames, 'settings'], async () => {
    // Always the real data, also while presenting: a backup of pseudonyms would overwrite every real name on restore.
    const tx = Dexie.currentTransaction;
    if (!tx) throw new Error('A backup reads the workspace in one transaction.');
    readRealDataIn(tx);
    const counts = {} as Record<TableName, number>;
    for (const name of tableNames) counts[name] = await tableOf(getDb(), name).count();
    const total = tableNames.reduce((n, name) => n + counts[name], 0);
    let done = 0;
    onProgress(done, total);
    const pieces: Blob[] = [new Blob([backupText.head(counts, nowIso())])];
    for (const name of tableNames) {
      pieces.push(new Blob([backupText.tableStart(name)]));
      await forEachPage(name, BACKUP_PAGE, (page, first) => {
        pieces.push(new Blob(backupText.records(page, first)));
        done += page.length;
        onProgress(done, total);
      });
      pieces.push(new Blob([backupText.tableEnd]));
    }
    pieces.push(new Blob([backupText.tail(await settingsRepository.load())]));
    return new Blob(pieces, { type: 'application/json' });
  });
}

/**
 * A backup file: encrypted and authenticated with a backup passphrase when given, else with the workspace key (the
 * file then opens here at once, and elsewhere with the workspace passphrase or recovery key); or plain, only for the
 * export named UNENCRYPTED. Reports records read of all; the plain bytes are wiped once encrypted.
 */
async function exportFile(protection: BackupProtection, onProgress?: BackupProgress): Promise<Blob> {
  const plainFile = await exportPlainFile(onProgress);
  if (protection.kind === 'plain') return plainFile;
  const plain = new Uint8Array(await plainFile.arrayBuffer());
  try {
    const parts = await encryptBackupParts(
      plain,
      nowIso(),
      protection.kind === 'passphrase'
        ? { passphrase: protection.passphrase }
        : { workspace: await workspaceKey() },
    );
    return new Blob(parts, { type: 'application/json' });
  } finally {
    plain.fill(0);
  }
}

export type OpenedBackup =
  | { ok: true; backup: Backup; encrypted: boolean }
  | { ok: false; errors: string[]; needs: 'backup-passphrase' | 'workspace-passphrase' | null };

export type DecryptedBackup =
  | { ok: true; file: Blob }
  | { ok: false; errors: string[]; needs: 'backup-passphrase' | 'workspace-passphrase' | null };

/**
 * Opens an encrypted backup file: the whole file must authenticate (header and content) before its content is given
 * back, so a file changed anywhere is refused before any of it is read as records. Says what secret it still needs.
 * Reads the file a piece at a time (an agency's backup is hundreds of megabytes), telling `onProgress` how far into
 * the file it is, until `signal` stops it; the content comes back as a file.
 */
async function decryptBackupBlob(
  file: Blob,
  passphrase?: string,
  options: DecryptOptions = {},
): Promise<DecryptedBackup> {
  const opened = await decryptBackupFile(
    file,
    { workspace: await workspaceKey(), ...(passphrase ? { passphrase } : {}) },
    options,
  );
  if (!opened.ok) return { ok: false, errors: opened.error ? [opened.error] : [], needs: opened.needs };
  const content = new Blob([opened.plain], { type: 'application/json' });
  opened.plain.fill(0);
  return { ok: true, file: content };
}

/** Opens an encrypted backup held as one string (small files and tests), as decryptBackupBlob does. */
async function decryptBackupText(text: string, passphrase?: string) {
  const opened = await decryptBackup(text, {
    workspace: await workspaceKey(),
    ...(passphrase ? { passphrase } : {}),
  });
  return opened.ok
    ? { ok: true as const, text: opened.text }
    : { ok: false as const, errors: opened.error ? [opened.error] : [], needs: opened.needs };
}

/** Reads a backup file held as one string, encrypted or plain, and checks all of it; nothing is written. */
async function openBackupFile(text: string, passphrase?: string): Promise<OpenedBackup> {
  let plain = text;
  const encrypted = isEncryptedBackup(text);
  if (encrypted) {
    const opened = await decryptBackupText(text, passphrase);
    if (!opened.ok) return opened;
    plain = opened.text;
  }
  const parsed = parseBackup(plain);
  return parsed.ok
    ? { ok: true, backup: parsed.backup, encrypted }
    : { ok: false, errors: parsed.errors, needs: null };
}

export const backupRepository = {
  /** A backup file (see BackupProtection); the backup worker makes it, so the window never waits on it. */
  exportFile,
  /** The plain backup's text (personal data in the clear): small workspaces and tests. */
  export: async (): Promise<string> => (await exportFile({ kind: 'plain' })).text(),
  /** The encrypted backup's text, with the workspace key or a backup passphrase: small workspaces and tests. */
  exportEncrypted: async (options: { passphrase?: string } = {}): Promise<string> =>
    (
      await exportFile(
        options.passphrase ? { kind: 'passphrase', passphrase: options.passphrase } : { kind: 'workspace' },
      )
    ).text(),
  /** Opens a backup file held as one string (encrypted or plain) and checks all of it, writing nothing. */
  open: openBackupFile,
  /** Decrypts an encrypted backup file after authenticating all of it; the restore worker then checks its records. */
  decrypt: decryptBackupBlob,
  /**
   * A copy of the data key for the backup and restore workers, whose own connections open what they read and seal what
   * they write (worker.postMessage within this renderer: key material never crosses IPC). Throws WorkspaceLockedError
   * while locked.
   */
  dataKeyForWorker: (): Uint8Array<ArrayBuffer> => new Uint8Array(requireDataKey()),

  /** How many records (Trash included) each table holds, answered by the tables' counts. */
  counts: async (): Promise<Map<TableName, number>> => {
    const counts = new Map<TableName, number>();
    for (const name of tableNames) counts.set(name, await tableOf(getDb(), name).count());
    return counts;
  },

  /**
   * Replaces every table with the backup's contents in one transaction, reporting progress as it goes; if anything
   * fails, or `signal` is aborted, the transaction is rolled back and the workspace stays exactly as it was. Answers
   * the write tokens of the dashboard's tables as the restore left them (read in its transaction): the stamp of a
   * model built from the backup's records (restoredViews.ts).
   */
  restore: (
    backup: Backup,
    options: { onProgress?: (progress: RestoreProgress) => void; signal?: AbortSignal } = {},
  ): Promise<ReadStamp> => {
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
    return inTransaction('rw', [...tableNames, 'settings', 'startSnapshots'], async () => {
      for (const name of tableNames) await replaceTable(name, backup.tables[name]);
      if (options.signal?.aborted) throw new RestoreCancelled();
      // Presentation mode is how this desk is shown right now, not data: a backup taken while presenting must not
      // bring the restored workspace up in pseudonyms (restore itself is refused while presenting, so it is off).
      await getDb().settings.put({ ...backup.settings, onboarded: true, presentationMode: false });
      return dashboardRepository.dataStamp();
    });
  },
};
