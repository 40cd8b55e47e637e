// The native menu: the usual items with the usual shortcuts, app commands sent to the renderer, dev items only in dev.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu, type MenuOptions } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../electron/shared/contract';
import { Menu, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

beforeEach(resetFakeElectron);

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    appName: 'Cohort Coach',
    isMac: false,
    isPackaged: true,
    send: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const plainLabel = (label: string | undefined): string => (label ?? '').replace('&', '');
const menuNamed = (template: MenuItemConstructorOptions[], name: string) =>
  submenu(template.find((item) => plainLabel(item.label) === name));
const itemLabelled = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label);
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as (() => void) | undefined;
  if (handler === undefined) throw new Error(`${item?.label ?? 'item'} has no click handler`);
  handler();
}

describe('Windows and Linux', () => {
  const template = buildMenuTemplate(options());

  it('has File, Edit, View, Window and Help with Alt mnemonics', () => {
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it.each([
    ['New caseworker…', 'CmdOrCtrl+N'],
    ['Import roster…', 'CmdOrCtrl+I'],
    ['Export CSV…', 'CmdOrCtrl+E'],
    ['Back up workspace…', undefined],
    ['Restore from backup…', undefined],
    ['Settings', 'CmdOrCtrl+,'],
  ])('File has %s (%s)', (label, accelerator) => {
    const item = itemLabelled(menuNamed(template, 'File'), label);
    expect(item).toBeDefined();
    expect(item?.accelerator).toBe(accelerator);
  });

  it('File ends with Quit', () => {
    expect(menuNamed(template, 'File').at(-1)?.role).toBe('quit');
  });

  it('Edit has the standard roles and Find', () => {
    const edit = menuNamed(template, 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(itemLabelled(edit, 'Find…')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('View numbers the areas, then zoom and full screen, without developer items when packaged', () => {
    const view = menuNamed(template, 'View');
    const areas = [
      'Home',
      'Roster',
      'Rollouts',
      'Surveys',
      'Cohorts',
      'Coaching',
      'Gaps',
      'Dashboard',
      'Reports',
    ];
    areas.forEach((label, index) => {
      expect(itemLabelled(view, label)?.accelerator, label).toBe(`CmdOrCtrl+${index + 1}`);
    });
    expect(itemLabelled(view, 'Trash')).toBeDefined();
    expect(roles(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('View offers reload and DevTools in development only', () => {
    const view = menuNamed(buildMenuTemplate(options({ isPackaged: false })), 'View');
    expect(roles(view)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('Window and Help have their items', () => {
    expect(roles(menuNamed(template, 'Window'))).toEqual(['minimize', 'close']);
    expect(itemLabelled(menuNamed(template, 'Help'), 'About Cohort Coach')).toBeDefined();
  });

  it('no accelerator is used twice', () => {
    const all = template
      .flatMap((item) => submenu(item))
      .flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('commands', () => {
  it('sends each app item to the renderer as a MenuCommand', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const template = buildMenuTemplate(options({ send }));
    click(itemLabelled(menuNamed(template, 'File'), 'Import roster…'));
    click(itemLabelled(menuNamed(template, 'File'), 'Export CSV…'));
    click(itemLabelled(menuNamed(template, 'File'), 'Back up workspace…'));
    click(itemLabelled(menuNamed(template, 'File'), 'Restore from backup…'));
    click(itemLabelled(menuNamed(template, 'Edit'), 'Find…'));
    click(itemLabelled(menuNamed(template, 'View'), 'Gaps'));
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'import-roster',
      'export-csv',
      'backup',
      'restore',
      'find',
      'navigate:gaps',
    ]);
  });

  it('Help > About shows the about panel', () => {
    const showAbout = vi.fn();
    click(itemLabelled(menuNamed(buildMenuTemplate(options({ showAbout })), 'Help'), 'About Cohort Coach'));
    expect(showAbout).toHaveBeenCalled();
  });

  it('installs the built menu as the application menu', () => {
    installMenu(options());
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});

describe('macOS', () => {
  const template = buildMenuTemplate(options({ isMac: true }));

  it('starts with the app menu (About, Settings…, Services, Hide, Quit) and has no mnemonics', () => {
    expect(template.map((item) => item.label)).toEqual([
      'Cohort Coach',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const appMenu = submenu(template[0]);
    expect(roles(appMenu)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(itemLabelled(appMenu, 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
  });

  it('File closes the window instead of quitting', () => {
    expect(menuNamed(template, 'File').at(-1)?.role).toBe('close');
  });
});
