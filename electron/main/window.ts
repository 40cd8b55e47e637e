// The one factory for app windows: every security-relevant webPreferences flag is set here explicitly (and asserted by
// tests), and the window's size and position are remembered between runs, restored only onto a display that still exists.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { BrowserWindow, nativeTheme, screen, type Rectangle, type WebPreferences } from 'electron';
import { z } from 'zod';
import { APP_ENTRY_URL } from '../shared/appFiles';
import { APP_VERSION_SWITCH } from '../shared/contract';

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of a saved window must still be on some display for the position to be reused. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export function secureWebPreferences(
  preloadPath: string,
  isPackaged: boolean,
  appVersion: string,
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !isPackaged,
    // The spellchecker downloads dictionaries on Windows and Linux; the app makes no network requests at run time.
    spellcheck: false,
    additionalArguments: [`${APP_VERSION_SWITCH}${appVersion}`],
  };
}

export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // first run, or a damaged file: fall back to the default size
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  // Synchronous and atomic: this runs while the window closes, and the process may exit right after.
  try {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, file);
  } catch {
    // Remembering the window is a convenience; never let it get in the way of closing.
  }
}

const overlap = (a: Rectangle, b: Rectangle): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/**
 * Where to open the window: the saved bounds if enough of them is on one of `workAreas` (shrunk to fit it),
 * otherwise the default size, centred by the OS. A monitor that was unplugged must not swallow the window.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rectangle[]): InitialBounds {
  const fallback: InitialBounds = { ...DEFAULT_SIZE, maximized: saved?.maximized ?? false };
  if (saved === null) return fallback;
  const area = workAreas.find((candidate) => {
    const shared = overlap(saved, candidate);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  if (area === undefined) return fallback;
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

export function currentWindowState(win: BrowserWindow): WindowState {
  // getNormalBounds: when maximized, remember the size to return to, not the maximized size.
  const bounds = win.getNormalBounds();
  return { ...bounds, maximized: win.isMaximized() };
}

export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
  isPackaged: boolean;
  appVersion: string;
  /** Used on Linux, where the window icon does not come from the app bundle during development. */
  iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const initial = restoreBounds(
    readWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...(initial.x !== undefined && initial.y !== undefined ? { x: initial.x, y: initial.y } : {}),
    width: initial.width,
    height: initial.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Cohort Coach',
    show: false, // shown on ready-to-show, so there is no white flash before the first paint
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    ...(options.iconPath !== undefined ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged, options.appVersion),
  });

  win.once('ready-to-show', () => {
    if (initial.maximized) win.maximize();
    win.show();
  });

  let saveTimer: NodeJS.Timeout | undefined;
  const saveSoon = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (!win.isDestroyed()) writeWindowState(options.stateFile, currentWindowState(win));
    }, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(saveTimer);
    writeWindowState(options.stateFile, currentWindowState(win));
  });

  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(
      `Could not load ${APP_ENTRY_URL}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return win;
}
