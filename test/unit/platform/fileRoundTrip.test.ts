// A file crosses from the disk to the page and back through the real parts, wired as in the app: the renderer's
// platform functions, the preload, main's IPC handlers (sender check and payload schemas) and the file transfers on
// real files. Only the IPC wire is simulated, with the structured clone Electron uses.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backUpOnClose, backupFileName } from '../../../electron/main/files';
import { createFileTransfers, type FileTransfers } from '../../../electron/main/fileTransfers';
import { createHubOriginStore } from '../../../electron/main/hubOrigin';
import { registerIpcHandlers } from '../../../electron/main/ipc';
import { FILE_PIECE_BYTES, type DesktopApi } from '../../../electron/shared/contract';
import { chooseFile, onBackupRequest, openTextFile, saveTextFile } from '../../../renderer/platform/desktop';
import {
  FakeBrowserWindow,
  FakeWebContents,
  contextBridge,
  dialog,
  ipcEvent,
  ipcMain,
  ipcRenderer,
  resetFakeElectron,
} from '../electron/fakeElectron';
import { tempFolder } from '../electron/tempFolder';

vi.mock('electron', () => import('../electron/fakeElectron'));

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
let page = new FakeWebContents();
let transfers: FileTransfers;
let dir: string;
let invokes: string[];

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../electron/preload/index');
  const [, desktop] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopApi];
  vi.stubGlobal('window', { desktop });
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(() => {
  ipcMain.handlers.clear();
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  dir = tempFolder('cc-round-trip-');
  transfers = createFileTransfers();
  page = new FakeWebContents();
  registerIpcHandlers({
    fileTransfers: transfers,
    hubOrigins: createHubOriginStore(path.join(dir, 'agency-hub.json')),
    log: vi.fn(),
  });
  invokes = [];
  ipcRenderer.invoke.mockImplementation(async (channel: unknown, payload: unknown) => {
    invokes.push(String(channel));
    const handler = ipcMain.handlers.get(String(channel)) as Handler | undefined;
    if (handler === undefined) throw new Error(`no handler for ${String(channel)}`);
    return structuredClone(
      await handler(ipcEvent('app://app/index.html#/settings', page), structuredClone(payload)),
    );
  });
});

describe('a file between the disk and the page', () => {
  it('opens a file of several pieces as a Blob of exactly its bytes, and closes it', async () => {
    const content = Buffer.alloc(FILE_PIECE_BYTES + 1000, 'x');
    content.write('{"format":"cohort-coach-backup"', 0);
    const file = path.join(dir, 'agency.json');
    writeFileSync(file, content);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });

    const chosen = await chooseFile({ title: 'Restore', filters: [], maxBytes: 2 * FILE_PIECE_BYTES });
    if (!chosen.ok || chosen.value === null) throw new Error('not opened');
    expect(chosen.value.name).toBe('agency.json');
    expect(Buffer.from(await chosen.value.blob.arrayBuffer()).equals(content)).toBe(true);
    expect(invokes.filter((channel) => channel === 'desktop:read-file')).toHaveLength(2);
    expect(invokes.at(-1)).toBe('desktop:finish-file');
  });

  it('refuses a file over the limit in the words the browser uses, and a file that is not UTF-8 as text', async () => {
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, Buffer.from([0x5a, 0x6f, 0xeb]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    expect(await openTextFile({ title: 'Import', filters: [], maxBytes: 2 })).toEqual({
      ok: false,
      error: expect.stringContaining('"roster.csv" is 0.1 MB, larger than the 0.1 MB') as unknown,
    });
    expect(await openTextFile({ title: 'Import', filters: [] })).toEqual({
      ok: false,
      error: expect.stringContaining('"roster.csv" is not UTF-8 text') as unknown,
    });
  });

  it('saves a made file of several pieces under the chosen name, owner-only, leaving nothing else', async () => {
    const target = path.join(dir, 'backup.json');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const made = new Blob(['{"tables":', 'y'.repeat(FILE_PIECE_BYTES), '}']);
    expect(
      await saveTextFile({ title: 'Back up', defaultName: 'backup.json', filters: [], content: made }),
    ).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(readFileSync(target, 'utf8')).toBe(`{"tables":${'y'.repeat(FILE_PIECE_BYTES)}}`);
    expect(readdirSync(dir).sort()).toEqual(['backup.json']);
    expect(invokes.filter((channel) => channel === 'desktop:write-file')).toHaveLength(2);
  });

  it('saves text as UTF-8', async () => {
    const target = path.join(dir, 'roster.csv');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await saveTextFile({
      title: 'Export',
      defaultName: 'roster.csv',
      filters: [],
      content: 'name\nZoë Núñez\n',
    });
    expect(readFileSync(target, 'utf8')).toBe('name\nZoë Núñez\n');
  });

  it('writes the backup on close in pieces into the backups folder, then lets the window close', async () => {
    const win = new FakeBrowserWindow({});
    page = win.webContents;
    // main -> page: what main sends the window reaches the preload's listeners.
    win.webContents.send.mockImplementation((channel: string, ...args: unknown[]) => {
      ipcRenderer.emit(channel, {}, ...args);
    });
    const when = new Date(Date.UTC(2026, 0, 15, 9, 30));
    const log = vi.fn();
    backUpOnClose(win as never, { transfers, backupDir: path.join(dir, 'backups'), now: () => when, log });
    const made = `{"tables":${'z'.repeat(FILE_PIECE_BYTES)}}`;
    const unregister = onBackupRequest(() => Promise.resolve(new Blob([made])));
    try {
      win.close();
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
    } finally {
      unregister();
    }
    expect(log).not.toHaveBeenCalled();
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([backupFileName(when)]);
    expect(readFileSync(path.join(dir, 'backups', backupFileName(when)), 'utf8')).toBe(made);
    expect(invokes.filter((channel) => channel === 'desktop:write-file')).toHaveLength(2);
  });
});
