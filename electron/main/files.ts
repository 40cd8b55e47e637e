// Dialogs (print to PDF; the open and save dialogs of fileTransfers.ts) and the automatic backup written when the
// window closes. The main process only moves bytes: it never parses or interprets the workspace data it saves.
import { randomUUID } from 'node:crypto';
import { chmod, readdir, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import {
  eventChannels,
  fail,
  ok,
  type BackupReply,
  type PrintToPdfOptions,
  type Result,
  type SavedFile,
} from '../shared/contract';

export const BACKUPS_KEPT = 10;
export const BACKUP_TIMEOUT_MS = 20_000;
const BACKUP_NAME = /^cohort-coach-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/;

/** Turns a Node file-system error into words a caseworker's coordinator can act on. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to use that location';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'that is a folder, not a file';
    case 'EROFS':
      return 'that location is read-only';
    default:
      return 'the file could not be accessed';
  }
}

export const showOpen = (win: BrowserWindow | null, options: OpenDialogOptions) =>
  win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
const showSave = (win: BrowserWindow | null, options: SaveDialogOptions) =>
  win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);

/** Files we write hold personnel data: owner-only, like the database itself (Windows ignores the mode bits). */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Writes through a temporary file and a rename, so a failed write never leaves half a file under the real name. The
 * file is created owner-only and set so again after the rename (the umask can only remove bits, never add them).
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${filePath}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { mode: PRIVATE_FILE_MODE });
    await rename(temporary, filePath);
    await chmod(filePath, PRIVATE_FILE_MODE);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Shows a save dialog starting in Documents; null when the person cancels. */
export async function askWhereToSave(
  win: BrowserWindow | null,
  options: SaveDialogOptions & { defaultName: string },
): Promise<string | null> {
  const { defaultName, ...dialogOptions } = options;
  const choice = await showSave(win, {
    ...dialogOptions,
    defaultPath: path.join(app.getPath('documents'), defaultName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export async function printToPdf(
  contents: WebContents,
  win: BrowserWindow | null,
  options: PrintToPdfOptions,
): Promise<Result<SavedFile | null>> {
  const filePath = await askWhereToSave(win, {
    title: 'Save as PDF',
    defaultName: options.defaultName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
  if (filePath === null) return ok(null);
  try {
    const pdf = await contents.printToPDF({ printBackground: true });
    await writeFileAtomically(filePath, pdf);
    return ok({ path: filePath });
  } catch (error) {
    return fail(
      `Cohort Coach could not save the PDF "${path.basename(filePath)}": ${describeFileError(error)}.`,
    );
  }
}

// ---- Automatic backups -------------------------------------------------------------------------------------------

/** ISO time with ':' and '.' replaced, so names are valid on every OS and sort in time order. */
export const backupFileName = (now: Date): string =>
  `cohort-coach-${now.toISOString().replace(/[:.]/g, '-')}.json`;

/** Deletes all but the newest `keep` backups; returns the names it deleted. Other files in the folder are left alone. */
export async function pruneBackups(dir: string, keep = BACKUPS_KEPT): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => BACKUP_NAME.test(name)).sort();
  const doomed = names.slice(0, Math.max(0, names.length - keep));
  await Promise.all(doomed.map((name) => rm(path.join(dir, name), { force: true })));
  return doomed;
}

/** Writes one backup into `dir` and prunes the folder to the newest `keep`; returns the new file's path. */
export async function writeBackup(
  dir: string,
  json: string,
  now: Date,
  keep = BACKUPS_KEPT,
): Promise<string> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dir, PRIVATE_DIR_MODE);
  const filePath = path.join(dir, backupFileName(now));
  await writeFileAtomically(filePath, json);
  await pruneBackups(dir, keep);
  return filePath;
}

/** Asks a renderer for its backup JSON and matches the reply (which arrives on another channel) to the request. */
export interface BackupBroker {
  request(contents: WebContents, timeoutMs?: number): Promise<Result<string>>;
  /** Called by the IPC layer with a validated reply from the WebContents `senderId`. */
  settle(senderId: number, reply: BackupReply): void;
}

export function createBackupBroker(): BackupBroker {
  const pending = new Map<string, { contentsId: number; finish: (result: Result<string>) => void }>();
  return {
    request(contents, timeoutMs = BACKUP_TIMEOUT_MS) {
      const requestId = randomUUID();
      return new Promise((resolve) => {
        const finish = (result: Result<string>): void => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(result);
        };
        const timer = setTimeout(
          () => finish(fail('The workspace did not answer in time, so no backup was made.')),
          timeoutMs,
        );
        pending.set(requestId, { contentsId: contents.id, finish });
        try {
          contents.send(eventChannels.backupRequest, requestId);
        } catch {
          finish(fail('The window was already gone, so no backup was made.'));
        }
      });
    },
    settle(senderId, reply) {
      const entry = pending.get(reply.requestId);
      // Only the page we asked may answer: another window cannot slip its own data into this backup.
      if (entry?.contentsId === senderId) entry.finish(reply.result);
    },
  };
}

export interface BackupOnCloseOptions {
  broker: BackupBroker;
  backupDir: string;
  timeoutMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

/**
 * Holds the window's first close until the renderer has produced a backup (or the timeout passes), writes it, then
 * lets the close continue. The window hides at once so closing feels immediate; quitting never hangs on a bad renderer.
 */
export function backUpOnClose(win: BrowserWindow, options: BackupOnCloseOptions): void {
  const {
    broker,
    backupDir,
    timeoutMs = BACKUP_TIMEOUT_MS,
    now = () => new Date(),
    log = console.error,
  } = options;
  let state: 'open' | 'backing-up' | 'done' = 'open';
  win.on('close', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'backing-up') return;
    state = 'backing-up';
    win.hide();
    void (async () => {
      try {
        const result = await broker.request(win.webContents, timeoutMs);
        if (result.ok) await writeBackup(backupDir, result.value, now());
        else log(`Backup on close skipped: ${result.error}`);
      } catch (error) {
        log(`Backup on close failed: ${describeFileError(error)}`);
      } finally {
        state = 'done';
        if (!win.isDestroyed()) win.close();
      }
    })();
  });
}
