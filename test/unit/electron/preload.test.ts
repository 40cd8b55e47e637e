// The preload exposes one object of named capabilities (no generic invoke), filters what main sends, and answers
// backup requests with the renderer's handler.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMANDS,
  eventChannels,
  invokeChannels,
  type DesktopApi,
} from '../../../electron/shared/contract';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const VERSION_SWITCH = '--cohort-coach-version=9.8.7';
let desktop: DesktopApi;

beforeAll(async () => {
  resetFakeElectron();
  process.argv.push(VERSION_SWITCH);
  await import('../../../electron/preload/index');
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopApi];
  expect(name).toBe('desktop');
  desktop = api;
});
afterAll(() => {
  process.argv.splice(process.argv.indexOf(VERSION_SWITCH), 1);
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('exposed surface', () => {
  it('exposes exactly one object with the named capabilities and nothing generic', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(desktop).sort()).toEqual(
      [
        'admitHub',
        'appInfo',
        'notify',
        'onBackupRequest',
        'onMenuCommand',
        'onSystemLock',
        'openFile',
        'readFile',
        'saveFile',
        'writeFile',
        'finishFile',
        'protectKeyBlob',
        'unprotectKeyBlob',
        'printToPdf',
      ].sort(),
    );
    for (const value of Object.values(desktop as unknown as Record<string, unknown>)) {
      if (typeof value === 'function') expect(value.length).toBeLessThanOrEqual(1);
    }
  });

  it('reports the app version passed on the command line and the platform', () => {
    expect(desktop.appInfo).toEqual({ version: '9.8.7', platform: process.platform });
  });
});

describe('invoking main', () => {
  it('sends each capability on its own contract channel', async () => {
    const options = { title: 'Import', filters: [{ name: 'CSV', extensions: ['csv'] }] };
    const opened = { token: '5b1f2c1e-8a53-4a4e-9b55-0d1c7f1a2b3c', name: 'a.csv', size: 1 };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: opened });
    expect(await desktop.openFile(options)).toEqual({ ok: true, value: opened });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.openFile, options);
    const piece = { token: opened.token, bytes: new Uint8Array([120]) };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: undefined });
    await desktop.writeFile(piece);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.writeFile, piece);
    await desktop.notify({ id: 'n', title: 't', body: 'b' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.notify, {
      id: 'n',
      title: 't',
      body: 'b',
    });
  });

  it('asks main to admit an agency hub on its own channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { origin: null, reloadNeeded: false } });
    await desktop.admitHub({ address: null });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.admitHub, { address: null });
  });

  it('turns a broken IPC link into an error value', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('no handler'));
    const result = await desktop.printToPdf({ defaultName: 'r.pdf' });
    expect(result.ok).toBe(false);
  });
});

describe('menu commands', () => {
  it('passes known commands to the callback, drops anything else, and unsubscribes', () => {
    const callback = vi.fn();
    const unsubscribe = desktop.onMenuCommand(callback);
    ipcRenderer.emit(eventChannels.menuCommand, {}, 'navigate:roster');
    ipcRenderer.emit(eventChannels.menuCommand, {}, 'rm -rf');
    ipcRenderer.emit(eventChannels.menuCommand, {}, { command: 'find' });
    expect(callback.mock.calls).toEqual([['navigate:roster']]);
    unsubscribe();
    ipcRenderer.emit(eventChannels.menuCommand, {}, 'find');
    expect(callback).toHaveBeenCalledTimes(1);
    expect(MENU_COMMANDS).toContain('navigate:roster');
  });
});

describe('backup requests', () => {
  const token = '5b1f2c1e-8a53-4a4e-9b55-0d1c7f1a2b3c';

  it('gives up the file main opened at once when no writer is registered', async () => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.emit(eventChannels.backupRequest, {}, token);
    await flush();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(invokeChannels.finishFile, { token, keep: false });
  });

  it('hands the token of the file main opened to the registered writer, and ignores anything else', async () => {
    ipcRenderer.invoke.mockClear();
    const writer = vi.fn();
    const unregister = desktop.onBackupRequest(writer);
    ipcRenderer.emit(eventChannels.backupRequest, {}, token);
    ipcRenderer.emit(eventChannels.backupRequest, {}, { token });
    expect(writer.mock.calls).toEqual([[token]]);
    unregister();
    ipcRenderer.emit(eventChannels.backupRequest, {}, token);
    await flush();
    expect(writer).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(invokeChannels.finishFile, { token, keep: false });
  });
});
