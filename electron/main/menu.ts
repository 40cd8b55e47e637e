// The native application menu with the usual items and shortcuts. Items that belong to the app send a MenuCommand
// to the renderer, which decides what to do; editing, zoom and window items use Electron's built-in roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and DevTools appear only in development. */
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
  showAbout: () => void;
}

/** The areas in the order of their number shortcuts (Ctrl/Cmd+1 ... 9); Trash has no number. */
export const AREAS: readonly { label: string; command: MenuCommand }[] = [
  { label: 'Home', command: 'navigate:home' },
  { label: 'Roster', command: 'navigate:roster' },
  { label: 'Rollouts', command: 'navigate:rollouts' },
  { label: 'Surveys', command: 'navigate:surveys' },
  { label: 'Cohorts', command: 'navigate:cohorts' },
  { label: 'Coaching', command: 'navigate:coaching' },
  { label: 'Gaps', command: 'navigate:gaps' },
  { label: 'Dashboard', command: 'navigate:dashboard' },
  { label: 'Reports', command: 'navigate:reports' },
];

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, send, showAbout } = options;
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator !== undefined ? { accelerator } : {}),
    click: () => send(name),
  });
  const settings = command(isMac ? 'Settings…' : 'Settings', 'navigate:settings', 'CmdOrCtrl+,');
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const top = (label: string): string => (isMac ? label : `&${label}`);

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      command('New caseworker…', 'new-caseworker', 'CmdOrCtrl+N'),
      separator,
      command('Import roster…', 'import-roster', 'CmdOrCtrl+I'),
      command('Export CSV…', 'export-csv', 'CmdOrCtrl+E'),
      separator,
      command('Back up workspace…', 'backup'),
      command('Restore from backup…', 'restore'),
      separator,
      command('Lock Cohort Coach', 'lock', 'CmdOrCtrl+L'),
      separator,
      ...(isMac ? [{ role: 'close' } as const] : [settings, separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      ...AREAS.map((area, index) => command(area.label, area.command, `CmdOrCtrl+${index + 1}`)),
      command('Trash', 'navigate:trash'),
      separator,
      ...(isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: top('Window'),
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: top('Help'),
    submenu: [{ label: `About ${appName}`, click: showAbout }],
  };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
