// The one window factory: every security flag, and window size/position remembered and restored sensibly.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  createMainWindow,
  readWindowState,
  restoreBounds,
  secureWebPreferences,
} from '../../../electron/main/window';
import { FakeBrowserWindow, resetFakeElectron, screen } from './fakeElectron';
import { tempFolder } from './tempFolder';

vi.mock('electron', () => import('./fakeElectron'));

let stateFile: string;
beforeEach(() => {
  resetFakeElectron();
  stateFile = path.join(tempFolder('cc-window-'), 'window-state.json');
});

const open = (isPackaged = true) =>
  createMainWindow({
    preloadPath: '/app/dist/electron/preload.cjs',
    stateFile,
    isPackaged,
    appVersion: '1.2.3',
  });
const created = (): FakeBrowserWindow => {
  const win = FakeBrowserWindow.instances.at(-1);
  if (win === undefined) throw new Error('no window was created');
  return win;
};

describe('webPreferences', () => {
  it('sets every security flag explicitly', () => {
    const prefs = secureWebPreferences('/p.cjs', true, '1.2.3');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false); // it would download dictionaries
    expect(prefs.preload).toBe('/p.cjs');
  });

  it('allows DevTools only when not packaged', () => {
    expect(secureWebPreferences('/p.cjs', true, '1').devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false, '1').devTools).toBe(true);
  });

  it('is what the factory actually passes to BrowserWindow, and the window loads app://app', () => {
    open(true);
    const win = created();
    expect(win.options.webPreferences).toEqual(
      secureWebPreferences('/app/dist/electron/preload.cjs', true, '1.2.3'),
    );
    expect(win.loadURL).toHaveBeenCalledWith('app://app/index.html');
    expect(win.options.show).toBe(false);
  });

  it('shows the window once it is ready to paint', () => {
    open();
    const win = created();
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });
});

describe('remembered bounds', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1040 };

  it('restores saved bounds that are on a display', () => {
    const saved = { x: 200, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreBounds(saved, [display])).toEqual(saved);
  });

  it('falls back to the default size when the saved display is gone', () => {
    const saved = { x: 2500, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreBounds(saved, [display])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('uses a second display when the window was there', () => {
    const second = { x: 1920, y: 0, width: 1280, height: 1000 };
    const saved = { x: 2000, y: 50, width: 1000, height: 700, maximized: true };
    expect(restoreBounds(saved, [display, second])).toEqual(saved);
  });

  it('pulls a window that hangs off the edge back on and shrinks it to fit', () => {
    const saved = { x: 1700, y: -50, width: 2400, height: 1400, maximized: false };
    expect(restoreBounds(saved, [display])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('reads nothing from a missing or damaged file', () => {
    expect(readWindowState(stateFile)).toBeNull();
    writeFileSync(stateFile, '{"x": "left"}');
    expect(readWindowState(stateFile)).toBeNull();
    writeFileSync(stateFile, 'not json');
    expect(readWindowState(stateFile)).toBeNull();
  });

  it('opens at the saved position and maximizes if it was maximized', () => {
    writeFileSync(stateFile, JSON.stringify({ x: 300, y: 120, width: 1100, height: 760, maximized: true }));
    open();
    const win = created();
    expect(win.options).toMatchObject({ x: 300, y: 120, width: 1100, height: 760 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
  });

  it('opens centred at the default size when the saved display is gone', () => {
    writeFileSync(
      stateFile,
      JSON.stringify({ x: 5000, y: 3000, width: 1100, height: 760, maximized: false }),
    );
    screen.getAllDisplays.mockReturnValue([{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]);
    open();
    const win = created();
    expect(win.options).toMatchObject(DEFAULT_SIZE);
    expect(win.options).not.toHaveProperty('x');
  });

  it('saves the normal bounds and maximized state when the window closes', () => {
    open();
    const win = created();
    win.bounds = { x: 40, y: 30, width: 1024, height: 700 };
    win.maximized = true;
    win.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1024,
      height: 700,
      maximized: true,
    });
  });

  it('saves shortly after the window is moved or resized', () => {
    vi.useFakeTimers();
    try {
      open();
      const win = created();
      win.bounds = { x: 10, y: 20, width: 1000, height: 650 };
      win.emit('move');
      win.emit('resize');
      vi.advanceTimersByTime(600);
      expect(readWindowState(stateFile)).toEqual({
        x: 10,
        y: 20,
        width: 1000,
        height: 650,
        maximized: false,
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
