// A stand-in for the `electron` module in main-process and preload unit tests (the real binary cannot be downloaded
// here). It records what the code under test asks of Electron; resetFakeElectron() gives each test a clean slate.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** A cancellable event object, as Electron passes to will-navigate, close, etc. */
export function fakeEvent<T extends object>(
  fields: T,
): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  readonly printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 fake')));
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static readonly getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static readonly fromWebContents = vi.fn(
    (contents: unknown) => FakeBrowserWindow.instances.find((win) => win.webContents === contents) ?? null,
  );

  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  bounds: Bounds;
  maximized = false;
  minimized = false;
  visible = false;
  destroyed = false;

  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly hide = vi.fn(() => {
    this.visible = false;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  /** Like Electron: emits a cancellable 'close'; if nobody prevents it, the window is destroyed and emits 'closed'. */
  readonly close = vi.fn(() => {
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
  });

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : 100,
      y: typeof options.y === 'number' ? options.y : 100,
      width: typeof options.width === 'number' ? options.width : 800,
      height: typeof options.height === 'number' ? options.height : 600,
    };
    FakeBrowserWindow.instances.push(this);
  }

  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static readonly isSupported = vi.fn(() => true);
  readonly show = vi.fn();
  readonly close = vi.fn(() => {
    this.emit('close');
  });
  constructor(readonly options: { title: string; body: string }) {
    super();
    FakeNotification.instances.push(this);
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

export const fakeSession = {
  requestHandler: null as PermissionRequestHandler | null,
  checkHandler: null as PermissionCheckHandler | null,
  deviceHandler: null as ((details: unknown) => boolean) | null,
  setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => {
    fakeSession.requestHandler = handler;
  }),
  setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler) => {
    fakeSession.checkHandler = handler;
  }),
  setDevicePermissionHandler: vi.fn((handler: (details: unknown) => boolean) => {
    fakeSession.deviceHandler = handler;
  }),
};

class FakeApp extends EventEmitter {
  name = 'Cohort Coach';
  isPackaged = false;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  readonly getAppPath = vi.fn(() => '/fake/app');
  readonly getVersion = vi.fn(() => '1.2.3');
  readonly setAboutPanelOptions = vi.fn();
  readonly showAboutPanel = vi.fn();
  readonly setAppUserModelId = vi.fn();
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const Notification = FakeNotification;
export const session = { defaultSession: fakeSession };
export const nativeTheme = { shouldUseDarkColors: false };
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};
export const dialog = {
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(() =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(() =>
    Promise.resolve({ canceled: true, filePath: '' }),
  ),
};
export const shell = { openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()) };
export const Menu = {
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
};
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  // Reversible only here, like the system key store for one computer account.
  encryptString: vi.fn((text: string) => Buffer.from(`os-protected:${text}`)),
  decryptString: vi.fn((data: Buffer) => {
    const text = data.toString();
    if (!text.startsWith('os-protected:')) throw new Error('Error while decrypting the ciphertext provided');
    return text.slice('os-protected:'.length);
  }),
};
export const powerMonitor = new EventEmitter();
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  listeners: new Map<string, Listener>(),
  handle: vi.fn((channel: string, handler: Listener) => {
    ipcMain.handlers.set(channel, handler);
  }),
  on: vi.fn((channel: string, listener: Listener) => {
    ipcMain.listeners.set(channel, listener);
  }),
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn<(...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve({ ok: true, value: null }),
  );
  readonly send = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();
export const contextBridge = { exposeInMainWorld: vi.fn() };

/** Clears recorded calls and state between tests (implementations set with mockImplementation are reset too). */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  for (const mock of [dialog.showOpenDialog, dialog.showSaveDialog]) mock.mockReset();
  dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
  dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  FakeNotification.instances = [];
  FakeNotification.isSupported.mockReturnValue(true);
  safeStorage.isEncryptionAvailable.mockReturnValue(true);
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  powerMonitor.removeAllListeners();
  fakeSession.requestHandler = null;
  fakeSession.checkHandler = null;
  fakeSession.deviceHandler = null;
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  ipcRenderer.removeAllListeners();
  app.removeAllListeners();
  app.isPackaged = false;
  app.requestSingleInstanceLock.mockReturnValue(true);
  app.whenReady.mockImplementation(() => Promise.resolve());
  app.getPath.mockImplementation((name: string) => `/fake/${name}`);
}

/** An IPC event as main sees it, from a frame at `url` (a main frame unless `parent` is given). */
export function ipcEvent(url: string | null, sender = new FakeWebContents(), parent: object | null = null) {
  return { sender, senderFrame: url === null ? null : { url, parent } };
}
