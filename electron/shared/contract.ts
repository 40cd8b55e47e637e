// The one IPC contract between the main process, the preload and the renderer: channel names, payload types
// (validated by the zod schemas in payloadSchemas.ts), the Result type and the DesktopApi surface. Main, preload and
// renderer/platform import from here. No runtime dependencies, so the preload and renderer bundles stay tiny.
import type { z } from 'zod';
import type {
  admitHubSchema,
  fileFilterSchema,
  keyBlobSchema,
  invokeSchemas,
  notificationSchema,
  fileTokenSchema,
  finishFileSchema,
  openFileOptionsSchema,
  printToPdfOptionsSchema,
  readFileSchema,
  saveFileOptionsSchema,
  writeFileSchema,
} from './payloadSchemas';

/** Errors cross IPC as values, never as thrown exceptions (a thrown error loses its message in transit). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Text files larger than this are refused: a roster or backup of that size is almost certainly the wrong file. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
/**
 * An agency-scale backup outgrows the default limit, so a caller may raise it for one file, up to this ceiling (files
 * move in pieces, never whole, so the ceiling is about disk and patience, not memory).
 */
export const MAX_FILE_BYTES_CEILING = 4 * 1024 * 1024 * 1024;
/** Files cross IPC in pieces of at most this size, read or written one after the other. */
export const FILE_PIECE_BYTES = 8 * 1024 * 1024;

/** Commands the native menu sends to the renderer; the renderer decides what each one does. */
export const MENU_COMMANDS = [
  'navigate:home',
  'navigate:roster',
  'navigate:rollouts',
  'navigate:surveys',
  'navigate:cohorts',
  'navigate:coaching',
  'navigate:gaps',
  'navigate:dashboard',
  'navigate:reports',
  'navigate:settings',
  'navigate:trash',
  'new-caseworker',
  'import-roster',
  'export-csv',
  'backup',
  'restore',
  'find',
  'lock',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

// Payload types come from the zod schemas in payloadSchemas.ts (imported as types only, so the sandboxed preload
// bundle stays free of zod; main validates with the schemas themselves).
export type FileFilter = z.infer<typeof fileFilterSchema>;
export type OpenFileOptions = z.infer<typeof openFileOptionsSchema>;
export type SaveFileOptions = z.infer<typeof saveFileOptionsSchema>;
export type FileToken = z.infer<typeof fileTokenSchema>;
export type ReadFileRequest = z.infer<typeof readFileSchema>;
export type WriteFileRequest = z.infer<typeof writeFileSchema>;
export type FinishFileRequest = z.infer<typeof finishFileSchema>;
export type PrintToPdfOptions = z.infer<typeof printToPdfOptionsSchema>;
export type DesktopNotification = z.infer<typeof notificationSchema>;
export type AdmitHubRequest = z.infer<typeof admitHubSchema>;
/** A data key already wrapped in the renderer (base64). Key material itself never crosses IPC: only wrapped blobs. */
export type KeyBlob = z.infer<typeof keyBlobSchema>;

/** A file the person chose, held open by main for reading in pieces until the page finishes with it. */
export interface OpenedFile {
  token: string;
  name: string;
  size: number;
}
export interface SavedFile {
  path: string;
}
/** What main answers when the page admits an agency hub (or none). */
export interface AdmittedHub {
  /** The hub origin the CSP admits from now on, or null. */
  origin: string | null;
  /** True when the page was served with another CSP and must reload before it can reach this hub. */
  reloadNeeded: boolean;
}
export interface AppInfo {
  version: string;
  platform: string;
}

/** Request/response channels (renderer -> main, answered with a Result). */
export const invokeChannels = {
  openFile: 'desktop:open-file',
  readFile: 'desktop:read-file',
  saveFile: 'desktop:save-file',
  writeFile: 'desktop:write-file',
  finishFile: 'desktop:finish-file',
  printToPdf: 'desktop:print-to-pdf',
  notify: 'desktop:notify',
  admitHub: 'desktop:admit-hub',
  protectKeyBlob: 'desktop:protect-key-blob',
  unprotectKeyBlob: 'desktop:unprotect-key-blob',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type InvokeRequest<N extends InvokeName> = z.infer<(typeof invokeSchemas)[N]>;
export interface InvokeResponses {
  openFile: OpenedFile | null;
  readFile: Uint8Array<ArrayBuffer>;
  saveFile: FileToken | null;
  writeFile: void;
  finishFile: SavedFile | null;
  printToPdf: SavedFile | null;
  notify: void;
  admitHub: AdmittedHub;
  /** The blob wrapped once more by the operating system's key store (base64), or null when it offers none. */
  protectKeyBlob: string | null;
  /** The blob unwrapped by the operating system, or null when this computer account cannot unwrap it. */
  unprotectKeyBlob: string | null;
}

/** One-way channels. */
export const eventChannels = {
  /** main -> renderer: a MenuCommand. */
  menuCommand: 'desktop:menu-command',
  /** main -> renderer: the token of a file main opened for the backup; the renderer writes it (writeFile, finishFile). */
  backupRequest: 'desktop:backup-request',
  /** main -> renderer: the computer is going to sleep or its screen is locking; the workspace locks too. */
  systemLock: 'desktop:system-lock',
} as const;

/** The preload passes the app version to the sandboxed renderer as a command-line switch (it cannot ask `app`). */
export const APP_VERSION_SWITCH = '--cohort-coach-version=';

/** Everything the renderer can ask of the desktop shell, exposed as `window.desktop`. */
export interface DesktopApi {
  /**
   * Shows an open dialog and holds the chosen file open (refused when larger than `maxBytes`, 20 MB unless raised);
   * null when the person cancels. Read it with readFile, then finishFile.
   */
  openFile(options: OpenFileOptions): Promise<Result<OpenedFile | null>>;
  /** The piece of an opened file from `offset`: at most FILE_PIECE_BYTES, empty at its end. */
  readFile(request: ReadFileRequest): Promise<Result<Uint8Array<ArrayBuffer>>>;
  /** Shows a save dialog; null when the person cancels. Write the file with writeFile, then finishFile. */
  saveFile(options: SaveFileOptions): Promise<Result<FileToken | null>>;
  /** Appends a piece (at most FILE_PIECE_BYTES) to a file being saved. */
  writeFile(request: WriteFileRequest): Promise<Result<void>>;
  /**
   * Closes an opened or saved file. A saved file gets its chosen name only with `keep` (its path comes back);
   * otherwise nothing is left behind.
   */
  finishFile(request: FinishFileRequest): Promise<Result<SavedFile | null>>;
  /** Shows a save dialog and prints the current window to PDF; null when the person cancels. */
  printToPdf(options: PrintToPdfOptions): Promise<Result<SavedFile | null>>;
  /** Shows a native notification; a later one with the same id replaces it. */
  notify(notification: DesktopNotification): Promise<Result<void>>;
  /**
   * Admits the agency hub at `address` (its origin becomes the only one besides the app that the CSP lets the page
   * reach), or none with null. Main refuses anything but https (or http on this computer).
   */
  admitHub(request: AdmitHubRequest): Promise<Result<AdmittedHub>>;
  /**
   * Wraps an already-wrapped key blob with the operating system's key store (Electron safeStorage), so that only this
   * computer account can unwrap it; value null when the system has no real key store (e.g. Linux without a keyring).
   */
  protectKeyBlob(blob: KeyBlob): Promise<Result<string | null>>;
  /** Unwraps what protectKeyBlob made; value null when this computer account cannot. */
  unprotectKeyBlob(blob: KeyBlob): Promise<Result<string | null>>;
  /** Subscribes to the system going to sleep or locking its screen; returns the unsubscribe function. */
  onSystemLock(callback: () => void): () => void;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /**
   * Registers what writes a full backup when the app closes: it gets the token of the file main opened for it, writes
   * the backup with writeFile and ends with finishFile (keep, or not when it could not). Returns the unregister function.
   */
  onBackupRequest(handler: (token: string) => void): () => void;
  readonly appInfo: AppInfo;
}
