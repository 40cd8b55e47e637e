// The one IPC contract between the main process, the preload and the renderer: channel names, payload schemas,
// the Result type and the DesktopApi surface. Main and preload import values from here; the renderer imports types only.
import { z } from 'zod';

/** Errors cross IPC as values, never as thrown exceptions (a thrown error loses its message in transit). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Text files larger than this are refused: a roster or backup of that size is almost certainly the wrong file. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
/** An agency-scale backup can outgrow the default limit, so a caller may raise it for one call, up to this ceiling. */
export const MAX_TEXT_FILE_BYTES_CEILING = 512 * 1024 * 1024;

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
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

// Payload schemas. Strict objects: an unexpected key means a caller we did not write.
const shortText = (max: number) => z.string().max(max);

const fileFilterSchema = z.strictObject({
  name: shortText(100).min(1),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'Extensions are letters and digits, without a dot'))
    .min(1)
    .max(20),
});

/** A bare file name: no folders, so the renderer can suggest a name but never choose where a file goes. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'A file name, without folders');

export const openTextFileOptionsSchema = z.strictObject({
  title: shortText(200),
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.number().int().positive().max(MAX_TEXT_FILE_BYTES_CEILING).optional(),
});

export const saveTextFileOptionsSchema = z.strictObject({
  title: shortText(200),
  defaultName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
  content: z.string(),
});

export const printToPdfOptionsSchema = z.strictObject({
  defaultName: fileNameSchema,
});

export const notificationSchema = z.strictObject({
  id: shortText(100).min(1),
  title: shortText(200).min(1),
  body: shortText(2000),
});

export const backupReplySchema = z.strictObject({
  requestId: z.string().min(1).max(100),
  result: z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value: z.string().min(1) }),
    z.strictObject({ ok: z.literal(false), error: z.string() }),
  ]),
});

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type OpenTextFileOptions = z.infer<typeof openTextFileOptionsSchema>;
export type SaveTextFileOptions = z.infer<typeof saveTextFileOptionsSchema>;
export type PrintToPdfOptions = z.infer<typeof printToPdfOptionsSchema>;
export type DesktopNotification = z.infer<typeof notificationSchema>;
export type BackupReply = z.infer<typeof backupReplySchema>;

export interface OpenedTextFile {
  name: string;
  text: string;
}
export interface SavedFile {
  path: string;
}
export interface AppInfo {
  version: string;
  platform: string;
}

/** Request/response channels (renderer -> main, answered with a Result). */
export const invokeChannels = {
  openTextFile: 'desktop:open-text-file',
  saveTextFile: 'desktop:save-text-file',
  printToPdf: 'desktop:print-to-pdf',
  notify: 'desktop:notify',
} as const;

export const invokeSchemas = {
  openTextFile: openTextFileOptionsSchema,
  saveTextFile: saveTextFileOptionsSchema,
  printToPdf: printToPdfOptionsSchema,
  notify: notificationSchema,
} as const satisfies Record<InvokeName, z.ZodType>;

export type InvokeName = keyof typeof invokeChannels;
export type InvokeRequest<N extends InvokeName> = z.infer<(typeof invokeSchemas)[N]>;
export interface InvokeResponses {
  openTextFile: OpenedTextFile | null;
  saveTextFile: SavedFile | null;
  printToPdf: SavedFile | null;
  notify: void;
}

/** One-way channels. */
export const eventChannels = {
  /** main -> renderer: a MenuCommand. */
  menuCommand: 'desktop:menu-command',
  /** main -> renderer: a request id; the renderer answers on backupReply. */
  backupRequest: 'desktop:backup-request',
  /** renderer -> main: a BackupReply. */
  backupReply: 'desktop:backup-reply',
} as const;

/** The preload passes the app version to the sandboxed renderer as a command-line switch (it cannot ask `app`). */
export const APP_VERSION_SWITCH = '--cohort-coach-version=';

/** Everything the renderer can ask of the desktop shell, exposed as `window.desktop`. */
export interface DesktopApi {
  /** Shows an open dialog and reads the chosen UTF-8 text file; null when the person cancels. */
  openTextFile(options: OpenTextFileOptions): Promise<Result<OpenedTextFile | null>>;
  /** Shows a save dialog and writes `content` as UTF-8; null when the person cancels. */
  saveTextFile(options: SaveTextFileOptions): Promise<Result<SavedFile | null>>;
  /** Shows a save dialog and prints the current window to PDF; null when the person cancels. */
  printToPdf(options: PrintToPdfOptions): Promise<Result<SavedFile | null>>;
  /** Shows a native notification; a later one with the same id replaces it. */
  notify(notification: DesktopNotification): Promise<Result<void>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Registers the function that produces a full backup (JSON) when the app closes; returns the unregister function. */
  onBackupRequest(handler: () => Promise<string>): () => void;
  readonly appInfo: AppInfo;
}
