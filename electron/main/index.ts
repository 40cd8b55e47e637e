// Main-process entry: app lifecycle only (single instance, readiness, protocol, window, quit). What each step does
// lives in its own module; this file decides when.
import path from 'node:path';
import { app, BrowserWindow, powerMonitor, session } from 'electron';
import { eventChannels, type MenuCommand } from '../shared/contract';
import { backUpOnClose } from './files';
import { createFileTransfers } from './fileTransfers';
import { createHubOriginStore } from './hubOrigin';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenWebContents, installPermissionGuards } from './security';
import { createMainWindow } from './window';

const APP_ID = 'org.cohortcoach.app';
const isMac = process.platform === 'darwin';

let mainWindow: BrowserWindow | null = null;
let mainWindowClosing: () => boolean = () => false;
// Asked for while the window was closing (hidden, writing its backup): a new window opens once it has closed.
let reopenWhenClosed = false;
const fileTransfers = createFileTransfers();

/** Bundled files sit under the app path both in development (the project folder) and packaged (app.asar). */
const appFile = (...segments: string[]): string => path.join(app.getAppPath(), ...segments);

/**
 * Brings the window forward (a second start, a notification clicked, the dock). A window that is closing stays
 * hidden: showing it would put the workspace back in front of the person only for it to close under them once its
 * backup is written; a new window opens when it has closed instead.
 */
function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindowClosing()) {
    reopenWhenClosed = true;
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openMainWindow(): BrowserWindow {
  const win = createMainWindow({
    preloadPath: appFile('dist', 'electron', 'preload.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    isPackaged: app.isPackaged,
    appVersion: app.getVersion(),
    ...(process.platform === 'linux' ? { iconPath: appFile('dist', 'electron', 'icon.png') } : {}),
  });
  const { closing } = backUpOnClose(win, {
    transfers: fileTransfers,
    backupDir: path.join(app.getPath('userData'), 'backups'),
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  mainWindowClosing = closing;
  return win;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target === mainWindow && mainWindowClosing()) {
    focusMainWindow(); // the command is not for a window on its way out: a new one opens once it has closed
    return;
  }
  if (target === null || target.isDestroyed()) {
    openMainWindow(); // macOS keeps running without a window; a menu command brings it back
    return;
  }
  target.webContents.send(eventChannels.menuCommand, command);
}

function onReady(): void {
  installPermissionGuards(session.defaultSession);
  const hubOrigins = createHubOriginStore(path.join(app.getPath('userData'), 'agency-hub.json'));
  serveAppProtocol(appFile('dist', 'renderer'), () => hubOrigins.get());
  registerIpcHandlers({ fileTransfers, hubOrigins, onNotificationClick: focusMainWindow });
  app.setAboutPanelOptions({
    applicationName: 'Cohort Coach',
    applicationVersion: app.getVersion(),
    copyright: 'Coach caseworkers through new technology, one cohort at a time.',
  });
  installMenu({
    appName: app.name,
    isMac,
    isPackaged: app.isPackaged,
    send: sendMenuCommand,
    showAbout: () => app.showAboutPanel(),
  });
  openMainWindow();
  // The workspace locks when the computer sleeps or its screen locks (only matters once a passphrase is set).
  const lockAll = (): void => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(eventChannels.systemLock);
  };
  powerMonitor.on('suspend', lockAll);
  powerMonitor.on('lock-screen', lockAll);
}

// Privileges for app:// must be registered before 'ready'.
registerAppScheme();

// A second copy would open the same IndexedDB from two windows; hand over to the first copy instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID); // notifications need it on Windows
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // The window holds its close until the backup is written, which cancels a quit in progress; remember that a quit
  // was asked for so it completes once the window has closed (on macOS too, where closing alone does not quit).
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (reopenWhenClosed) {
      // Started again (or asked for) while the window was writing its backup: that wins over the quit before it.
      reopenWhenClosed = false;
      quitting = false;
      openMainWindow();
      return;
    }
    if (!isMac || quitting) app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow();
    else focusMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Cohort Coach could not start:', error);
      app.quit();
    });
}
