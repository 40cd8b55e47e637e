// Lifecycle: single instance, privileged scheme before ready, then guards, protocol, IPC, menu and the one window.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fakeElectron';
import { tempFolder } from './tempFolder';

vi.mock('electron', () => import('./fakeElectron'));

type Fake = typeof FakeElectron;

/** Loads the main entry afresh (it runs on import, as Electron runs it) against a clean fake. */
async function start(configure?: (fake: Fake) => void): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  // The window's state and the backup on close are real files: keep them in a folder of this test's own.
  const folder = tempFolder('cc-main-');
  fake.app.getPath.mockImplementation((name: string) => path.join(folder, name));
  configure?.(fake);
  await import('../../../electron/main/index');
  await vi.waitFor(() => {
    if (fake.app.requestSingleInstanceLock.mock.results[0]?.value === true) {
      expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    }
  });
  return fake;
}

const onlyWindow = (fake: Fake): FakeElectron.FakeBrowserWindow => {
  const [win] = fake.FakeBrowserWindow.instances;
  if (win === undefined) throw new Error('no window');
  return win;
};

describe('single instance', () => {
  it('a second instance quits at once when the lock is held elsewhere', async () => {
    const fake = await start((f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    win.minimized = true;
    fake.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(fake.app.quit).not.toHaveBeenCalled();
  });
});

describe('startup', () => {
  it('registers app:// privileges before the app is ready', async () => {
    const fake = await start();
    const registered = fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const ready = fake.app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(registered).toBeLessThan(ready);
  });

  it('installs the guards, protocol, IPC and menu, then opens one secure window on app://app', async () => {
    const fake = await start();
    expect(fake.fakeSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.fakeSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.ipcMain.handlers.size).toBeGreaterThan(0);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    const win = onlyWindow(fake);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://app/index.html');
  });

  it('hardens every web contents the app creates', async () => {
    const fake = await start();
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('quits when the last window closes (outside macOS)', async () => {
    const fake = await start();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('finishes a quit that the close-time backup interrupted, on every platform', async () => {
    const fake = await start();
    fake.app.emit('before-quit');
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('backs up before the window closes, then lets it close', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith('desktop:backup-request', expect.any(String)),
    );
  });

  /** Closes the window as a person would: it hides and asks its page for the backup; answers the token sent. */
  async function closeForBackup(win: FakeElectron.FakeBrowserWindow): Promise<string> {
    win.close();
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith('desktop:backup-request', expect.any(String)),
    );
    const call = win.webContents.send.mock.calls.find(([channel]) => channel === 'desktop:backup-request');
    return call?.[1] as string;
  }
  /** The page gives the backup up (it could not make it), so the window finishes closing. */
  async function pageGivesUp(fake: Fake, win: FakeElectron.FakeBrowserWindow, token: string): Promise<void> {
    const finish = fake.ipcMain.handlers.get('desktop:finish-file') as
      ((event: unknown, request: unknown) => Promise<unknown>) | undefined;
    if (!finish) throw new Error('no finish-file handler');
    await finish(fake.ipcEvent('app://app/index.html', win.webContents), { token, keep: false });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  }

  it('a second start while the window writes its backup does not show the closing window, and opens a new one after', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    fake.app.emit('before-quit');
    const token = await closeForBackup(win);
    win.show.mockClear();
    fake.app.emit('second-instance');
    expect(win.show).not.toHaveBeenCalled();
    expect(win.visible).toBe(false);
    await pageGivesUp(fake, win, token);
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(2);
    const next = fake.FakeBrowserWindow.instances[1];
    expect(next?.loadURL).toHaveBeenCalledWith('app://app/index.html');
    // The new window brings itself forward on the next start, as the first did.
    fake.app.emit('second-instance');
    expect(next?.show).toHaveBeenCalled();
  });

  it('a menu command while the window writes its backup opens a new window once it has closed', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    const token = await closeForBackup(win);
    const [[menu]] = fake.Menu.buildFromTemplate.mock.calls as unknown as [[MenuItemConstructorOptions[]]];
    const view = menu.find((item) => item.label?.replace('&', '') === 'View');
    const roster = (view?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Roster');
    (roster?.click as () => void)();
    expect(win.webContents.send).not.toHaveBeenCalledWith('desktop:menu-command', 'navigate:roster');
    await pageGivesUp(fake, win, token);
    fake.app.emit('window-all-closed');
    expect(fake.FakeBrowserWindow.instances).toHaveLength(2);
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('closing with nobody asking for the app again still quits', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    fake.app.emit('before-quit');
    await pageGivesUp(fake, win, await closeForBackup(win));
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('sends menu commands to the focused window', async () => {
    const fake = await start();
    const win = onlyWindow(fake);
    fake.FakeBrowserWindow.focused = win;
    const [[menu]] = fake.Menu.buildFromTemplate.mock.calls as unknown as [[MenuItemConstructorOptions[]]];
    const view = menu.find((item) => item.label?.replace('&', '') === 'View');
    const roster = (view?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Roster');
    (roster?.click as () => void)();
    expect(win.webContents.send).toHaveBeenCalledWith('desktop:menu-command', 'navigate:roster');
  });
});
