// The renderer's only door to the desktop shell (`window.desktop`). Every capability also works in a plain browser
// through a fallback, so the app runs in Electron and in any Chromium; results are Result values, never exceptions.
// The pure parts of electron/shared (the contract, the file limits and their wording) are the same code on both sides.
import {
  FILE_PIECE_BYTES,
  MAX_TEXT_FILE_BYTES,
  fail,
  ok,
  type AdmittedHub,
  type AppInfo,
  type DesktopApi,
  type DesktopNotification,
  type FileFilter,
  type MenuCommand,
  type OpenFileOptions,
  type PrintToPdfOptions,
  type Result,
  type SaveFileOptions,
  type SavedFile,
} from '../../electron/shared/contract';
import { decodeUtf8, fileChanged, fileNotUtf8, fileTooLarge } from '../../electron/shared/textFiles';

/** The largest file the app opens or saves, for a caller that raises the usual 20 MB limit (restoring a backup). */
export { MAX_FILE_BYTES_CEILING } from '../../electron/shared/contract';

export type {
  AdmittedHub,
  AppInfo,
  DesktopNotification,
  MenuCommand,
  OpenFileOptions,
  PrintToPdfOptions,
  Result,
  SaveFileOptions,
  SavedFile,
};

const noop = (): void => undefined;

const desktopApi = (): DesktopApi | undefined => (typeof window === 'undefined' ? undefined : window.desktop);

/** True inside the Electron shell, false in a browser. */
export const isDesktop = (): boolean => desktopApi() !== undefined;

/** A rejected promise from the shell becomes a Result, so callers handle one shape only. */
async function viaShell<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch {
    return fail('Cohort Coach lost contact with its desktop shell. Please restart the app.');
  }
}

// ---- Open a file ------------------------------------------------------------------------------------------------

function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.length === 0 || extensions.includes('*')
    ? ''
    : extensions.map((ext) => `.${ext}`).join(',');
}

/** Opens the browser's file picker; must be called from a user gesture (a click or key press). */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** A file the person chose, not read yet: large files are read as a stream (a backup of an agency runs to hundreds of MB). */
export interface ChosenFile {
  name: string;
  blob: Blob;
}

export interface OpenedTextFile {
  name: string;
  text: string;
}

/**
 * Reads the file the desktop shell opened, piece by piece. Each piece joins a Blob at once, so the window never holds
 * the whole file as one buffer, and no IPC message carries more than one piece.
 */
async function readViaShell(api: DesktopApi, options: OpenFileOptions): Promise<Result<ChosenFile | null>> {
  const opened = await viaShell(() => api.openFile(options));
  if (!opened.ok || opened.value === null) return opened as Result<null>;
  const { token, name, size } = opened.value;
  try {
    let blob = new Blob([]);
    while (blob.size < size) {
      const piece = await viaShell(() => api.readFile({ token, offset: blob.size }));
      if (!piece.ok) return piece;
      if (piece.value.byteLength === 0) return fail(fileChanged(name));
      blob = new Blob([blob, piece.value]);
    }
    return ok({ name, blob });
  } finally {
    await viaShell(() => api.finishFile({ token, keep: false }));
  }
}

/**
 * Asks the person for a file without reading it as text; `value` is null when they cancel. A file larger than
 * `maxBytes` (20 MB unless raised) is refused with the same words on the desktop and in a browser. Call from a click
 * handler.
 */
export async function chooseFile(options: OpenFileOptions): Promise<Result<ChosenFile | null>> {
  const api = desktopApi();
  if (api !== undefined) return readViaShell(api, options);
  const file = await pickFile(acceptAttribute(options.filters));
  if (file === null) return ok(null);
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  if (file.size > maxBytes) return fail(fileTooLarge(file.name, file.size, maxBytes));
  return ok({ name: file.name, blob: file });
}

/** Reads a chosen file as strict UTF-8 (a BOM is dropped): guessing another encoding would garble names silently. */
export async function readText({ name, blob }: ChosenFile): Promise<Result<OpenedTextFile>> {
  const text = decodeUtf8(await blob.arrayBuffer());
  return text === null ? fail(fileNotUtf8(name)) : ok({ name, text });
}

/** Asks the person for a text file and reads it; `value` is null when they cancel. Call from a click handler. */
export async function openTextFile(options: OpenFileOptions): Promise<Result<OpenedTextFile | null>> {
  const chosen = await chooseFile(options);
  return !chosen.ok || chosen.value === null ? (chosen as Result<null>) : readText(chosen.value);
}

// ---- Save a file ------------------------------------------------------------------------------------------------

function mimeTypeFor(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'csv') return 'text/csv;charset=utf-8';
  if (ext === 'json') return 'application/json;charset=utf-8';
  if (ext === 'ics') return 'text/calendar;charset=utf-8';
  return 'text/plain;charset=utf-8';
}

/** What to save: text (written as UTF-8), or a file already made (a backup is made as pieces of a file, never one string). */
export type SaveContentOptions = SaveFileOptions & { content: string | Blob };

/**
 * Writes `file` piece by piece into the file the shell opened under `token`; it gets its name only once every piece is
 * written. A failed piece abandons the file, so nothing half-written is left.
 */
async function writeViaShell(
  api: DesktopApi,
  token: string,
  file: Blob,
  name: string,
): Promise<Result<SavedFile | null>> {
  const abandon = async <T>(result: Result<T>): Promise<Result<T>> => {
    await viaShell(() => api.finishFile({ token, keep: false }));
    return result;
  };
  for (let offset = 0; offset < file.size; offset += FILE_PIECE_BYTES) {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.slice(offset, offset + FILE_PIECE_BYTES).arrayBuffer());
    } catch {
      return abandon(fail(`Cohort Coach could not save "${name}". Please try again.`));
    }
    const written = await viaShell(() => api.writeFile({ token, bytes }));
    if (!written.ok) return abandon(written);
  }
  return viaShell(() => api.finishFile({ token, keep: true }));
}

async function saveViaShell(
  api: DesktopApi,
  { content, ...options }: SaveContentOptions,
): Promise<Result<SavedFile | null>> {
  const started = await viaShell(() => api.saveFile(options));
  if (!started.ok || started.value === null) return started as Result<null>;
  const file = typeof content === 'string' ? new Blob([content]) : content;
  return writeViaShell(api, started.value.token, file, options.defaultName);
}

/**
 * Saves text or a made file through a save dialog; `value` is null when the person cancels. In a browser the file goes
 * to the downloads folder under `defaultName` (the browser decides the folder), and `path` is that name.
 */
export function saveTextFile(options: SaveContentOptions): Promise<Result<SavedFile | null>> {
  const api = desktopApi();
  if (api !== undefined) return saveViaShell(api, options);
  try {
    const file =
      typeof options.content === 'string'
        ? new Blob([options.content], { type: mimeTypeFor(options.defaultName) })
        : options.content;
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = options.defaultName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is ample and frees the memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return Promise.resolve(ok({ path: options.defaultName }));
  } catch {
    return Promise.resolve(fail(`Cohort Coach could not save "${options.defaultName}". Please try again.`));
  }
}

// ---- Print to PDF ----------------------------------------------------------------------------------------------

/**
 * Saves the current screen as a PDF. In a browser this opens the print dialog (choose "Save as PDF"); the browser
 * saves the file itself, so `value` is null there.
 */
export function printToPdf(options: PrintToPdfOptions): Promise<Result<SavedFile | null>> {
  const api = desktopApi();
  if (api !== undefined) return viaShell(() => api.printToPdf(options));
  // A browser offers the page's title as the PDF's name: lend it the file name while the print dialog is open.
  const title = document.title;
  document.title = options.defaultName.replace(/\.pdf$/i, '');
  try {
    window.print();
  } finally {
    document.title = title;
  }
  return Promise.resolve(ok(null));
}

// ---- Notifications, with an in-app banner fallback --------------------------------------------------------------

export type Banner = DesktopNotification;

const MAX_BANNERS = 5;
let banners: readonly Banner[] = [];
const bannerListeners = new Set<() => void>();

function setBanners(next: readonly Banner[]): void {
  banners = next;
  for (const listener of bannerListeners) listener();
}

/** For useSyncExternalStore: the current banners (a new array only when they change). */
export const getBanners = (): readonly Banner[] => banners;

/** For useSyncExternalStore: calls `onChange` whenever the banners change; returns the unsubscribe function. */
export function subscribeBanners(onChange: () => void): () => void {
  bannerListeners.add(onChange);
  return () => {
    bannerListeners.delete(onChange);
  };
}

export function dismissBanner(id: string): void {
  if (banners.some((banner) => banner.id === id)) setBanners(banners.filter((banner) => banner.id !== id));
}

/**
 * Tells the person something worth their attention: a native notification on the desktop, an in-app banner
 * (render getBanners() in an aria-live region) in a browser. A newer message with the same id replaces the old one.
 */
export function notify(notification: DesktopNotification): Promise<Result<void>> {
  const api = desktopApi();
  if (api !== undefined) return viaShell(() => api.notify(notification));
  const others = banners.filter((banner) => banner.id !== notification.id);
  setBanners([...others, { ...notification }].slice(-MAX_BANNERS));
  return Promise.resolve(ok(undefined));
}

// ---- Agency hub -------------------------------------------------------------------------------------------------

/**
 * Admits the agency hub at `address` (null: none). On the desktop the shell puts that one origin in the CSP's
 * connect-src and says whether the page must reload for it to apply. In a browser the server fixed the page's CSP when
 * it started (HUB_ORIGIN), so nothing changes here and no reload helps.
 */
export function admitHub(address: string | null): Promise<Result<AdmittedHub>> {
  const api = desktopApi();
  if (api !== undefined) return viaShell(() => api.admitHub({ address }));
  return Promise.resolve(ok({ origin: null, reloadNeeded: false }));
}

// ---- Events from the shell -------------------------------------------------------------------------------------

/** Native menu commands (File > Import roster…, View > Roster, ...); a browser has no native menu. */
export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  return desktopApi()?.onMenuCommand(callback) ?? noop;
}

/** How often a backup being made for the shell tells it that it is still at work (the shell waits while it hears). */
export const STILL_WORKING_EVERY_MS = 5_000;

/**
 * Registers what makes a full backup file; the desktop shell asks for one when the window closes, has it written in
 * pieces into its backups folder and keeps the last ten. `stillWorking` is for the maker's progress: the shell lets a
 * silent page go after 20 s, and a large workspace takes a minute to back up. A browser has no such moment, so this
 * does nothing there.
 */
export function onBackupRequest(makeBackup: (stillWorking: () => void) => Promise<Blob>): () => void {
  const api = desktopApi();
  if (api === undefined) return noop;
  return api.onBackupRequest((token) => {
    let told = performance.now();
    const stillWorking = (): void => {
      if (performance.now() - told < STILL_WORKING_EVERY_MS) return;
      told = performance.now();
      // An empty piece writes nothing; it only says the page is at work on the file.
      viaShell(() => api.writeFile({ token, bytes: new Uint8Array(0) })).then(noop, noop);
    };
    void makeBackup(stillWorking).then(
      (file) => writeViaShell(api, token, file, 'the backup'),
      () => viaShell(() => api.finishFile({ token, keep: false })),
    );
  });
}

// ---- The operating system's key store ----------------------------------------------------------------------------

/** What the key store needs from the desktop shell; null in a browser, which has no operating-system key store. */
export interface OsKeyProtection {
  protect(blob: string): Promise<string | null>;
  unprotect(blob: string): Promise<string | null>;
}

/**
 * "Unlock automatically on this computer account" (desktop only): wraps and unwraps blobs that the renderer has
 * already wrapped with its own key, so key material never crosses IPC. A failure reads as "not available".
 */
export function osKeyProtection(): OsKeyProtection | null {
  const api = desktopApi();
  if (api === undefined) return null;
  const value = async (call: () => Promise<Result<string | null>>): Promise<string | null> => {
    const result = await viaShell(call);
    return result.ok ? result.value : null;
  };
  return {
    protect: (blob) => value(() => api.protectKeyBlob({ blob })),
    unprotect: (blob) => value(() => api.unprotectKeyBlob({ blob })),
  };
}

/** The computer is going to sleep or its screen is locking (desktop only). */
export function onSystemLock(callback: () => void): () => void {
  return desktopApi()?.onSystemLock(callback) ?? noop;
}

const BROWSER_INFO: AppInfo = { version: 'web', platform: 'web' };

export const appInfo = (): AppInfo => desktopApi()?.appInfo ?? BROWSER_INFO;
