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
  type PrintToPdfOptions,
  type Result,
  type SavedFile,
} from '../shared/contract';
import type { FileTransfers } from './fileTransfers';

export const BACKUPS_KEPT = 10;
/**
 * How long a closing window waits for its backup without a sign of life from the page. The page writes an empty piece
 * every few seconds while its worker makes the file (an agency's workspace, 441,454 records, took 47-61 s on a
 * 2-core machine), so a slow computer gets the time it needs and a page that hangs is let go soon.
 */
export const BACKUP_IDLE_MS = 20_000;
/** However busy the page says it is, a closing window waits no longer than this; it is hidden meanwhile. */
export const BACKUP_LIMIT_MS = 15 * 60_000;
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

/** Where a file is written before it gets its real name: beside it, under a name nothing else uses. */
export const temporaryBeside = (filePath: string): string => `${filePath}.${randomUUID()}.tmp`;

/**
 * Gives a finished temporary file its real name, owner-only again after the rename (the umask can only remove bits,
 * never add them); on failure the temporary file is removed and the error thrown.
 */
export async function putInPlace(temporary: string, filePath: string): Promise<void> {
  try {
    await rename(temporary, filePath);
    await chmod(filePath, PRIVATE_FILE_MODE);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes through a temporary file and a rename, so a failed write never leaves half a file under the real name. The
 * file is created owner-only.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryBeside(filePath);
  try {
    await writeFile(temporary, data, { mode: PRIVATE_FILE_MODE });
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await putInPlace(temporary, filePath);
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

/**
 * Has the page write a backup into `dir` through `transfers` (in pieces, as it saves any file), then prunes the folder
 * to the newest `keep`; answers the new file's path. The page gets the file's token on the backup-request channel.
 */
export async function takeBackup(
  contents: WebContents,
  transfers: FileTransfers,
  options: { dir: string; now: Date; idleMs: number; limitMs?: number; keep?: number },
): Promise<Result<string>> {
  const { dir, now, idleMs, limitMs = BACKUP_LIMIT_MS, keep = BACKUPS_KEPT } = options;
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dir, PRIVATE_DIR_MODE);
  const started = await transfers.saveTo(contents.id, path.join(dir, backupFileName(now)));
  if (!started.ok) return started;
  const { token, finished } = started.value;
  const abandon = async (error: string): Promise<Result<string>> => {
    await transfers.finish(contents.id, { token, keep: false });
    return fail(error);
  };
  try {
    contents.send(eventChannels.backupRequest, token);
  } catch {
    return abandon('The window was already gone, so no backup was made.');
  }
  const began = Date.now();
  let timer: NodeJS.Timeout | undefined;
  // Late once the page has been silent for idleMs (or at limitMs in all); checked again when the silence could end.
  const late = new Promise<'late'>((resolve) => {
    const check = (): void => {
      const idle = transfers.idleFor(contents.id, token);
      if (idle === null) return; // finished meanwhile
      const left = Math.min(idleMs - idle, limitMs - (Date.now() - began));
      if (left <= 0) resolve('late');
      else timer = setTimeout(check, left);
    };
    timer = setTimeout(check, Math.min(idleMs, limitMs));
  });
  const outcome = await Promise.race([finished, late]);
  clearTimeout(timer);
  if (outcome === 'late')
    return abandon('The workspace did not finish its backup in time, so no backup was made.');
  if (!outcome.ok) return outcome;
  if (outcome.value === null) return fail('The workspace could not make its backup, so none was made.');
  await pruneBackups(dir, keep);
  return ok(outcome.value.path);
}

export interface BackupOnCloseOptions {
  transfers: FileTransfers;
  backupDir: string;
  /** How long the page may be silent (BACKUP_IDLE_MS). */
  idleMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

/** A window whose close waits for its backup. */
export interface ClosingWindow {
  /** True from the first close until the window is gone: hidden, writing its backup, never to be shown again. */
  closing: () => boolean;
}

/**
 * Holds the window's first close until the renderer has written a backup (or falls silent), then lets the close
 * continue. The window hides at once so closing feels immediate; quitting never hangs on a bad renderer.
 */
export function backUpOnClose(win: BrowserWindow, options: BackupOnCloseOptions): ClosingWindow {
  const {
    transfers,
    backupDir,
    idleMs = BACKUP_IDLE_MS,
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
        const result = await takeBackup(win.webContents, transfers, {
          dir: backupDir,
          now: now(),
          idleMs,
        });
        if (!result.ok) log(`Backup on close skipped: ${result.error}`);
      } catch (error) {
        log(`Backup on close failed: ${describeFileError(error)}`);
      } finally {
        state = 'done';
        if (!win.isDestroyed()) win.close();
      }
    })();
  });
  return { closing: () => state !== 'open' };
}
