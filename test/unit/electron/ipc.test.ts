// IPC handlers: every one refuses foreign senders and invalid payloads before acting, and answers with Result values.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHubOriginStore, type HubOriginStore } from '../../../electron/main/hubOrigin';
import {
  FOREIGN_SENDER_ERROR,
  INVALID_PAYLOAD_ERROR,
  NOT_A_HUB_ERROR,
  UNEXPECTED_ERROR,
  registerIpcHandlers,
} from '../../../electron/main/ipc';
import { FILE_PIECE_BYTES, invokeChannels, type InvokeName } from '../../../electron/shared/contract';
import {
  FILE_NOT_OPEN_ERROR,
  createFileTransfers,
  type FileTransfers,
} from '../../../electron/main/fileTransfers';
import {
  FakeBrowserWindow,
  FakeNotification,
  FakeWebContents,
  dialog,
  ipcEvent,
  ipcMain,
  resetFakeElectron,
  safeStorage,
} from './fakeElectron';
import { tempFolder } from './tempFolder';

vi.mock('electron', () => import('./fakeElectron'));

const APP_PAGE = 'app://app/index.html#/roster';
let dir: string;
let transfers: FileTransfers;
let onNotificationClick: () => void;
let hubOrigins: HubOriginStore;

beforeEach(() => {
  resetFakeElectron();
  dir = tempFolder('cc-ipc-');
  transfers = createFileTransfers();
  onNotificationClick = vi.fn();
  hubOrigins = createHubOriginStore(path.join(dir, 'agency-hub.json'));
  registerIpcHandlers({ fileTransfers: transfers, hubOrigins, onNotificationClick, log: vi.fn() });
});

async function call(name: InvokeName, payload: unknown, event = ipcEvent(APP_PAGE)): Promise<unknown> {
  const handler = ipcMain.handlers.get(invokeChannels[name]) as
    ((event: unknown, payload: unknown) => Promise<unknown>) | undefined;
  if (handler === undefined) throw new Error(`no handler for ${name}`);
  return handler(event, payload);
}

const validPayloads: Record<InvokeName, unknown> = {
  openFile: { title: 'Import roster', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  readFile: { token: randomUUID(), offset: 0 },
  saveFile: { title: 'Export', defaultName: 'roster.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  writeFile: { token: randomUUID(), bytes: new Uint8Array([97, 44, 98]) },
  finishFile: { token: randomUUID(), keep: true },
  printToPdf: { defaultName: 'report.pdf' },
  notify: { id: 'wave-2', title: 'Wave 2 starts tomorrow', body: '12 caseworkers' },
  admitHub: { address: 'https://hub.agency.example' },
  protectKeyBlob: { blob: 'd3JhcHBlZA==' },
  unprotectKeyBlob: { blob: 'd3JhcHBlZA==' },
};
const names = Object.keys(validPayloads) as InvokeName[];

describe('registration', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    expect([...ipcMain.listeners.keys()]).toEqual([]);
  });
});

describe('sender check', () => {
  it.each(names)('%s refuses a page from another origin', async (name) => {
    expect(await call(name, validPayloads[name], ipcEvent('https://evil.example/'))).toEqual({
      ok: false,
      error: FOREIGN_SENDER_ERROR,
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it.each([
    ['an iframe inside the app', ipcEvent(APP_PAGE, new FakeWebContents(), { url: APP_PAGE })],
    ['a frame that is gone', ipcEvent(null)],
    ['a file:// page', ipcEvent('file:///home/user/index.html')],
    ['another app:// host', ipcEvent('app://evil/index.html')],
  ])('refuses %s', async (_label, event) => {
    expect(await call('openFile', validPayloads.openFile, event)).toEqual({
      ok: false,
      error: FOREIGN_SENDER_ERROR,
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

/** A payload as a test's name shows it: bytes by their length (a whole file piece printed 100 MB of log), and short. */
function shown(payload: unknown): string {
  const text =
    JSON.stringify(payload, (_, value: unknown) =>
      value instanceof Uint8Array ? `<${value.length} bytes>` : value,
    ) ?? String(payload);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

describe('payload validation', () => {
  it.each(
    (
      [
        ['openFile', undefined],
        ['openFile', { title: 'x' }],
        ['openFile', { ...(validPayloads.openFile as object), extra: true }],
        ['openFile', { title: 'x', filters: [{ name: 'CSV', extensions: ['.csv'] }] }],
        ['openFile', { title: 'x', filters: [], maxBytes: 10 * 1024 * 1024 * 1024 }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: '../../.bashrc' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: '/etc/passwd' }],
        // The page names the file only by main's token, and writes one piece at a time.
        ['saveFile', { ...(validPayloads.saveFile as object), content: 'a,b' }],
        ['readFile', { token: 'roster.csv', offset: 0 }],
        ['readFile', { ...(validPayloads.readFile as object), offset: -1 }],
        ['readFile', { ...(validPayloads.readFile as object), path: '/etc/passwd' }],
        ['writeFile', { ...(validPayloads.writeFile as object), bytes: 'a,b' }],
        [
          'writeFile',
          { ...(validPayloads.writeFile as object), bytes: new Uint8Array(FILE_PIECE_BYTES + 1) },
        ],
        ['finishFile', { ...(validPayloads.finishFile as object), keep: 'yes' }],
        // The save dialog's schema, held tight: no other key, a bare and sensible file name, plain extensions, short texts.
        ['saveFile', { ...(validPayloads.saveFile as object), defaultPath: '/home/user/.bashrc' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: '..' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: '' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: 'a\u0000.csv' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: 'reports\\x.csv' }],
        ['saveFile', { ...(validPayloads.saveFile as object), defaultName: `${'a'.repeat(252)}.csv` }],
        ['saveFile', { ...(validPayloads.saveFile as object), title: 'x'.repeat(201) }],
        [
          'saveFile',
          { ...(validPayloads.saveFile as object), filters: [{ name: 'CSV', extensions: ['c/v'] }] },
        ],
        ['saveFile', { ...(validPayloads.saveFile as object), filters: [{ name: '', extensions: ['csv'] }] }],
        ['saveFile', { title: 'Export', filters: [] }],
        ['printToPdf', { defaultName: 'C:\\Windows\\x.pdf' }],
        ['notify', { id: '', title: 'x', body: 'y' }],
        ['notify', 'hello'],
        ['admitHub', {}],
        ['admitHub', { address: '' }],
        ['admitHub', { address: 42 }],
        ['admitHub', { address: 'https://hub.agency.example', origin: 'https://evil.example' }],
        ['protectKeyBlob', { blob: 'not base64!' }],
        ['protectKeyBlob', { blob: 'A'.repeat(5000) }],
        ['unprotectKeyBlob', { blob: 'd3JhcHBlZA==', key: 'extra' }],
      ] as [InvokeName, unknown][]
    ).map(([name, payload]) => [name, shown(payload), payload] as const),
  )('%s refuses %s', async (name, _shown, payload) => {
    expect(await call(name, payload)).toEqual({ ok: false, error: INVALID_PAYLOAD_ERROR });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(FakeNotification.instances).toHaveLength(0);
  });
});

describe('operating-system key store', () => {
  it('wraps a wrapped blob for this computer account and unwraps it again; only blobs cross, never a key', async () => {
    const wrapped = (await call('protectKeyBlob', { blob: 'd3JhcHBlZA==' })) as { ok: true; value: string };
    expect(wrapped.ok).toBe(true);
    expect(wrapped.value).not.toContain('d3JhcHBlZA==');
    expect(await call('unprotectKeyBlob', { blob: wrapped.value })).toEqual({
      ok: true,
      value: 'd3JhcHBlZA==',
    });
  });

  it('offers nothing where the system has no real key store, and answers null for a blob it cannot open', async () => {
    expect(await call('unprotectKeyBlob', { blob: 'b3RoZXI=' })).toEqual({ ok: true, value: null });
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(await call('protectKeyBlob', { blob: 'd3JhcHBlZA==' })).toEqual({ ok: true, value: null });
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(await call('protectKeyBlob', { blob: 'd3JhcHBlZA==' })).toEqual({ ok: true, value: null });
  });
});

describe('opening a file', () => {
  /** Puts `content` in roster.csv and has the open dialog choose it. */
  const choose = (content: string) => {
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, content);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
  };
  const readAll = async (event = ipcEvent(APP_PAGE)) => {
    const opened = (await call('openFile', validPayloads.openFile, event)) as {
      ok: true;
      value: { token: string; name: string; size: number };
    };
    const piece = await call('readFile', { token: opened.value.token, offset: 0 }, event);
    return { opened, piece };
  };

  it('holds the chosen file open for its page to read, then closes it', async () => {
    choose('name,unit\nAda,North\n');
    const event = ipcEvent(APP_PAGE);
    const { opened, piece } = await readAll(event);
    expect(opened.value).toMatchObject({ name: 'roster.csv', size: 20 });
    expect(Buffer.from((piece as { value: Uint8Array }).value).toString()).toBe('name,unit\nAda,North\n');
    expect(await call('finishFile', { token: opened.value.token, keep: false }, event)).toEqual({
      ok: true,
      value: null,
    });
    expect(await call('readFile', { token: opened.value.token, offset: 0 }, event)).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
  });

  it("refuses another page's token as if it were unknown", async () => {
    choose('secret');
    const { opened } = await readAll();
    expect(await call('readFile', { token: opened.value.token, offset: 0 }, ipcEvent(APP_PAGE))).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
  });

  it('lets go of the files a page held when the page goes away', async () => {
    choose('x');
    const contents = new FakeWebContents();
    const { opened } = await readAll(ipcEvent(APP_PAGE, contents));
    contents.emit('destroyed');
    await vi.waitFor(async () =>
      expect(
        await call('readFile', { token: opened.value.token, offset: 0 }, ipcEvent(APP_PAGE, contents)),
      ).toEqual({ ok: false, error: FILE_NOT_OPEN_ERROR }),
    );
  });

  it('returns null when the person cancels', async () => {
    expect(await call('openFile', validPayloads.openFile)).toEqual({ ok: true, value: null });
  });

  it('parents the dialog to the sender window', async () => {
    const win = new FakeBrowserWindow({});
    await call('openFile', validPayloads.openFile, ipcEvent(APP_PAGE, win.webContents));
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(win);
  });

  it('turns an unexpected failure into a plain error value instead of throwing', async () => {
    dialog.showOpenDialog.mockRejectedValue(new Error('portal crashed'));
    expect(await call('openFile', validPayloads.openFile)).toEqual({
      ok: false,
      error: UNEXPECTED_ERROR,
    });
  });
});

describe('saving a file and printToPdf', () => {
  it('writes the pieces where the person chose, under that name only when the page keeps it', async () => {
    const file = path.join(dir, 'out.csv');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
    const event = ipcEvent(APP_PAGE);
    const started = (await call('saveFile', validPayloads.saveFile, event)) as { value: { token: string } };
    const { token } = started.value;
    for (const piece of ['a,', 'b']) {
      expect(await call('writeFile', { token, bytes: new TextEncoder().encode(piece) }, event)).toEqual({
        ok: true,
        value: undefined,
      });
    }
    expect(existsSync(file)).toBe(false);
    expect(await call('finishFile', { token, keep: true }, event)).toEqual({
      ok: true,
      value: { path: file },
    });
    expect(readFileSync(file, 'utf8')).toBe('a,b');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('returns null when the person cancels the save dialog', async () => {
    expect(await call('saveFile', validPayloads.saveFile)).toEqual({ ok: true, value: null });
  });

  it('reports a folder that cannot be written to', async () => {
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: path.join(dir, 'missing', 'out.csv'),
    });
    expect(await call('saveFile', validPayloads.saveFile)).toEqual({
      ok: false,
      error: expect.stringContaining('could not save "out.csv"') as unknown,
    });
  });

  it('prints the sender page to the chosen PDF', async () => {
    const file = path.join(dir, 'report.pdf');
    const contents = new FakeWebContents();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
    expect(await call('printToPdf', validPayloads.printToPdf, ipcEvent(APP_PAGE, contents))).toEqual({
      ok: true,
      value: { path: file },
    });
    expect(contents.printToPDF).toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toContain('%PDF');
  });
});

describe('notify', () => {
  it('shows a native notification, replacing one with the same id, and focuses the app on click', async () => {
    expect(await call('notify', validPayloads.notify)).toEqual({ ok: true, value: undefined });
    expect(await call('notify', validPayloads.notify)).toEqual({ ok: true, value: undefined });
    const [first, second] = FakeNotification.instances;
    expect(first?.close).toHaveBeenCalled();
    expect(second?.show).toHaveBeenCalled();
    expect(second?.options).toEqual({ title: 'Wave 2 starts tomorrow', body: '12 caseworkers' });
    second?.emit('click');
    expect(onNotificationClick).toHaveBeenCalled();
  });

  it('says so when the system has no notifications', async () => {
    FakeNotification.isSupported.mockReturnValue(false);
    expect(await call('notify', validPayloads.notify)).toEqual({
      ok: false,
      error: expect.stringContaining('does not support') as unknown,
    });
  });
});

describe('the backup file main opens when the window closes', () => {
  it('takes pieces only from the app page it was opened for', async () => {
    const contents = new FakeWebContents();
    const target = path.join(dir, 'cohort-coach-backup.json');
    const started = await transfers.saveTo(contents.id, target);
    if (!started.ok) throw new Error(started.error);
    const { token, finished } = started.value;
    const piece = (text: string) => ({ token, bytes: new TextEncoder().encode(text) });
    expect(await call('writeFile', piece('{"evil":1}'), ipcEvent('https://evil.example/', contents))).toEqual(
      {
        ok: false,
        error: FOREIGN_SENDER_ERROR,
      },
    );
    expect(await call('writeFile', piece('{"other":1}'), ipcEvent(APP_PAGE))).toEqual({
      ok: false,
      error: FILE_NOT_OPEN_ERROR,
    });
    expect(await call('writeFile', piece('{"good":1}'), ipcEvent(APP_PAGE, contents))).toEqual({
      ok: true,
      value: undefined,
    });
    await call('finishFile', { token, keep: true }, ipcEvent(APP_PAGE, contents));
    expect(await finished).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe('{"good":1}');
  });
});

describe('admitHub', () => {
  it('admits the exact origin of an https hub, once: only a change asks the page to reload', async () => {
    expect(await call('admitHub', { address: ' https://hub.agency.example:8443/some/path?x=1 ' })).toEqual({
      ok: true,
      value: { origin: 'https://hub.agency.example:8443', reloadNeeded: true },
    });
    expect(hubOrigins.get()).toBe('https://hub.agency.example:8443');
    expect(await call('admitHub', { address: 'https://hub.agency.example:8443' })).toEqual({
      ok: true,
      value: { origin: 'https://hub.agency.example:8443', reloadNeeded: false },
    });
    // Kept for the next start, so the first page's CSP already admits it.
    expect(createHubOriginStore(path.join(dir, 'agency-hub.json')).get()).toBe(
      'https://hub.agency.example:8443',
    );
  });

  it('admits plain http only for a trial hub on this computer', async () => {
    expect(await call('admitHub', { address: 'http://127.0.0.1:8080' })).toEqual({
      ok: true,
      value: { origin: 'http://127.0.0.1:8080', reloadNeeded: true },
    });
    for (const address of [
      'http://hub.agency.example',
      'ftp://hub.agency.example',
      'https://u:p@hub.example',
      'hub',
    ]) {
      expect(await call('admitHub', { address })).toEqual({ ok: false, error: NOT_A_HUB_ERROR });
    }
    expect(hubOrigins.get()).toBe('http://127.0.0.1:8080');
  });

  it('lets the hub go without a reload', async () => {
    await call('admitHub', { address: 'https://hub.agency.example' });
    expect(await call('admitHub', { address: null })).toEqual({
      ok: true,
      value: { origin: null, reloadNeeded: false },
    });
    expect(hubOrigins.get()).toBeNull();
    expect(createHubOriginStore(path.join(dir, 'agency-hub.json')).get()).toBeNull();
  });

  it('admits nothing from a missing or tampered file', () => {
    const file = path.join(dir, 'tampered.json');
    expect(createHubOriginStore(file).get()).toBeNull();
    writeFileSync(file, JSON.stringify({ origin: 'http://evil.example' }));
    expect(createHubOriginStore(file).get()).toBeNull();
    writeFileSync(file, 'not json');
    expect(createHubOriginStore(file).get()).toBeNull();
  });
});
