// @vitest-environment happy-dom
// renderer/platform/desktop: delegates to window.desktop inside Electron and falls back sensibly in a browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_PIECE_BYTES, MAX_TEXT_FILE_BYTES, type DesktopApi } from '../../../electron/shared/contract';
import {
  admitHub,
  appInfo,
  dismissBanner,
  getBanners,
  isDesktop,
  notify,
  onBackupRequest,
  onMenuCommand,
  chooseFile,
  openTextFile,
  readText,
  saveTextFile,
  osKeyProtection,
  subscribeBanners,
} from '../../../renderer/platform/desktop';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const TOKEN = '5b1f2c1e-8a53-4a4e-9b55-0d1c7f1a2b3c';

/**
 * Installs a fake window.desktop and returns its spies. Its "disk" holds one chosen file (`chosen`), served three
 * bytes a piece so that joining pieces is exercised, and keeps what is written to a saved file (`written`).
 */
function installDesktop(overrides: Partial<DesktopApi> = {}, chosen: Uint8Array | null = null) {
  const written: Uint8Array[] = [];
  const spies = {
    written,
    openFile: vi.fn<DesktopApi['openFile']>(() =>
      Promise.resolve({
        ok: true,
        value: chosen === null ? null : { token: TOKEN, name: 'roster.csv', size: chosen.byteLength },
      }),
    ),
    readFile: vi.fn<DesktopApi['readFile']>(({ offset }) =>
      Promise.resolve({ ok: true, value: (chosen ?? new Uint8Array(0)).slice(offset, offset + 3) }),
    ),
    saveFile: vi.fn<DesktopApi['saveFile']>(() => Promise.resolve({ ok: true, value: { token: TOKEN } })),
    writeFile: vi.fn<DesktopApi['writeFile']>(({ bytes }) => {
      written.push(bytes);
      return Promise.resolve({ ok: true, value: undefined });
    }),
    finishFile: vi.fn<DesktopApi['finishFile']>(({ keep }) =>
      Promise.resolve({ ok: true, value: keep ? { path: '/home/a/x.csv' } : null }),
    ),
    printToPdf: vi.fn<DesktopApi['printToPdf']>(() => Promise.resolve({ ok: true, value: null })),
    notify: vi.fn<DesktopApi['notify']>(() => Promise.resolve({ ok: true, value: undefined })),
    admitHub: vi.fn<DesktopApi['admitHub']>(({ address }) =>
      Promise.resolve({ ok: true, value: { origin: address, reloadNeeded: address !== null } }),
    ),
    onMenuCommand: vi.fn<DesktopApi['onMenuCommand']>(() => () => undefined),
    onBackupRequest: vi.fn<DesktopApi['onBackupRequest']>(() => () => undefined),
    protectKeyBlob: vi.fn<DesktopApi['protectKeyBlob']>(({ blob }) =>
      Promise.resolve({ ok: true, value: `os:${blob}` }),
    ),
    unprotectKeyBlob: vi.fn<DesktopApi['unprotectKeyBlob']>(({ blob }) =>
      Promise.resolve({ ok: true, value: blob.startsWith('os:') ? blob.slice(3) : null }),
    ),
    onSystemLock: vi.fn<DesktopApi['onSystemLock']>(() => () => undefined),
  };
  const { written: _written, ...api } = spies;
  (window as Writable<Window>).desktop = {
    ...api,
    appInfo: { version: '1.2.3', platform: 'linux' },
    ...overrides,
  };
  return spies;
}

afterEach(() => {
  delete (window as Writable<Window>).desktop;
  for (const banner of getBanners()) dismissBanner(banner.id);
});

describe('operating-system key store', () => {
  it('is absent in a browser, and on the desktop passes wrapped blobs through the shell', async () => {
    expect(osKeyProtection()).toBeNull();
    const api = installDesktop();
    const os = osKeyProtection();
    expect(await os?.protect('d3JhcA==')).toBe('os:d3JhcA==');
    expect(await os?.unprotect('os:d3JhcA==')).toBe('d3JhcA==');
    expect(api.protectKeyBlob).toHaveBeenCalledWith({ blob: 'd3JhcA==' });
    api.unprotectKeyBlob.mockRejectedValueOnce(new Error('gone'));
    expect(await os?.unprotect('os:x')).toBeNull();
  });
});

describe('in Electron', () => {
  it('delegates to window.desktop', async () => {
    const api = installDesktop();
    expect(isDesktop()).toBe(true);
    const options = { title: 'Export', defaultName: 'x.csv', filters: [] };
    expect(await saveTextFile({ ...options, content: 'Zoë,a' })).toEqual({
      ok: true,
      value: { path: '/home/a/x.csv' },
    });
    expect(api.saveFile).toHaveBeenCalledWith(options);
    expect(new TextDecoder().decode(api.written[0])).toBe('Zoë,a');
    expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: true });
    expect(appInfo()).toEqual({ version: '1.2.3', platform: 'linux' });
    await notify({ id: 'a', title: 'b', body: 'c' });
    expect(getBanners()).toEqual([]);
  });

  it('asks the shell to admit an agency hub, or none', async () => {
    const api = installDesktop();
    expect(await admitHub('https://hub.agency.example')).toEqual({
      ok: true,
      value: { origin: 'https://hub.agency.example', reloadNeeded: true },
    });
    expect(api.admitHub).toHaveBeenLastCalledWith({ address: 'https://hub.agency.example' });
    await admitHub(null);
    expect(api.admitHub).toHaveBeenLastCalledWith({ address: null });
  });

  it('turns a rejected call into an error value', async () => {
    installDesktop({ openFile: () => Promise.reject(new Error('gone')) });
    const result = await openTextFile({ title: 'Open', filters: [] });
    expect(result.ok).toBe(false);
  });

  it('reads the file the shell opened piece by piece, as UTF-8 text, and closes it', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name,unit\nZoë,North\n')]);
    const api = installDesktop({}, bytes);
    const options = { title: 'Import', filters: [], maxBytes: 1000 };
    expect(await openTextFile(options)).toEqual({
      ok: true,
      value: { name: 'roster.csv', text: 'name,unit\nZoë,North\n' },
    });
    expect(api.openFile).toHaveBeenCalledWith(options);
    expect(api.readFile.mock.calls.map(([request]) => request.offset)).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: false });
  });

  it('hands a large file over as a Blob of exactly its bytes', async () => {
    const bytes = new Uint8Array(40).map((_, i) => i);
    installDesktop({}, bytes);
    const chosen = await chooseFile({ title: 'Restore', filters: [] });
    if (!chosen.ok || chosen.value === null) throw new Error('not chosen');
    expect(new Uint8Array(await chosen.value.blob.arrayBuffer())).toEqual(bytes);
  });

  it('stops at a failed read with its words, and still closes the file', async () => {
    const api = installDesktop(
      { readFile: () => Promise.resolve({ ok: false, error: 'Cohort Coach could not read "roster.csv".' }) },
      new Uint8Array(10),
    );
    expect(await chooseFile({ title: 'Restore', filters: [] })).toEqual({
      ok: false,
      error: 'Cohort Coach could not read "roster.csv".',
    });
    expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: false });
  });

  it('writes a made file larger than one piece in pieces, then keeps it', async () => {
    const api = installDesktop();
    const made = new Blob([new Uint8Array(FILE_PIECE_BYTES).fill(1), 'tail']);
    expect(
      await saveTextFile({ title: 'Back up', defaultName: 'b.json', filters: [], content: made }),
    ).toEqual({
      ok: true,
      value: { path: '/home/a/x.csv' },
    });
    expect(api.written.map((piece) => piece.byteLength)).toEqual([FILE_PIECE_BYTES, 4]);
    expect(new TextDecoder().decode(api.written[1])).toBe('tail');
  });

  it('abandons a save whose piece could not be written: nothing gets the name', async () => {
    const api = installDesktop({
      writeFile: () =>
        Promise.resolve({ ok: false, error: 'Cohort Coach could not save "b.json": the disk is full.' }),
    });
    expect(
      await saveTextFile({ title: 'Back up', defaultName: 'b.json', filters: [], content: '{}' }),
    ).toEqual({
      ok: false,
      error: 'Cohort Coach could not save "b.json": the disk is full.',
    });
    expect(api.finishFile).toHaveBeenCalledTimes(1);
    expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: false });
  });

  it('passes menu subscriptions through', () => {
    const api = installDesktop();
    onMenuCommand(() => undefined);
    expect(api.onMenuCommand).toHaveBeenCalled();
  });

  it('writes the backup the shell asks for when the window closes into the file it opened, and keeps it', async () => {
    const api = installDesktop();
    onBackupRequest(() => Promise.resolve(new Blob(['{"tables":{}}'])));
    api.onBackupRequest.mock.calls[0]?.[0](TOKEN);
    await vi.waitFor(() => expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: true }));
    expect(new TextDecoder().decode(api.written[0])).toBe('{"tables":{}}');
  });

  it('tells the shell the backup is still being made, at most every few seconds, with empty pieces', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const api = installDesktop();
      let finish: (file: Blob) => void = () => undefined;
      onBackupRequest((stillWorking) => {
        for (let second = 0; second < 12; second += 1) {
          stillWorking();
          vi.advanceTimersByTime(1_000);
        }
        stillWorking();
        return new Promise((resolve) => {
          finish = resolve;
        });
      });
      api.onBackupRequest.mock.calls[0]?.[0](TOKEN);
      // Twelve seconds of progress reports: told at 5 and at 10 seconds, nothing else written yet.
      expect(api.written.map((piece) => piece.byteLength)).toEqual([0, 0]);
      finish(new Blob(['{}']));
      await vi.waitFor(() => expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: true }));
      expect(new TextDecoder().decode(api.written.at(-1))).toBe('{}');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up the backup file when the backup cannot be made', async () => {
    const api = installDesktop();
    onBackupRequest(() => Promise.reject(new Error('The workspace is locked.')));
    api.onBackupRequest.mock.calls[0]?.[0](TOKEN);
    await vi.waitFor(() => expect(api.finishFile).toHaveBeenCalledWith({ token: TOKEN, keep: false }));
    expect(api.written).toEqual([]);
  });
});

describe('in a browser', () => {
  it('knows it is not the desktop app', () => {
    expect(isDesktop()).toBe(false);
    expect(appInfo().platform).toBe('web');
    expect(onMenuCommand(() => undefined)).toBeTypeOf('function');
    expect(onBackupRequest(() => Promise.resolve(new Blob(['{}'])))).toBeTypeOf('function');
  });

  it('leaves the CSP its server gave the page: admitting a hub changes nothing and needs no reload', async () => {
    expect(await admitHub('https://hub.agency.example')).toEqual({
      ok: true,
      value: { origin: null, reloadNeeded: false },
    });
  });

  /** Opens the picker and "chooses" `file` in it. */
  async function pick<T>(opening: Promise<T>, file: File): Promise<T> {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input, 'files', { value: [file] });
    input?.dispatchEvent(new Event('change'));
    return opening;
  }

  it('reads a chosen file as UTF-8 without its BOM', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), 'name\nZoë\n'], 'roster.csv');
    expect(await pick(openTextFile({ title: 'Import', filters: [] }), file)).toEqual({
      ok: true,
      value: { name: 'roster.csv', text: 'name\nZoë\n' },
    });
  });

  it('refuses files over 20 MB unless the caller raised the limit, and text that is not UTF-8, in plain words', async () => {
    const big = new File([new Uint8Array(MAX_TEXT_FILE_BYTES + 1)], 'huge.csv');
    expect(await pick(chooseFile({ title: 'Import', filters: [] }), big)).toEqual({
      ok: false,
      error: expect.stringContaining('"huge.csv" is 20.1 MB, larger than the 20 MB') as unknown,
    });
    expect(
      await pick(chooseFile({ title: 'Restore', filters: [], maxBytes: 2 * MAX_TEXT_FILE_BYTES }), big),
    ).toEqual({
      ok: true,
      value: { name: 'huge.csv', blob: big },
    });
    const latin1 = new Blob([new Uint8Array([0x5a, 0x6f, 0xeb])]);
    expect(await readText({ name: 'old.csv', blob: latin1 })).toEqual({
      ok: false,
      error: expect.stringContaining('"old.csv" is not UTF-8 text') as unknown,
    });
  });

  it('opens the file picker with the filters as accept, and returns null on cancel', async () => {
    const pending = openTextFile({ title: 'Import', filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('.csv,.txt');
    input?.dispatchEvent(new Event('cancel'));
    expect(await pending).toEqual({ ok: true, value: null });
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('downloads a save through a temporary link', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const result = await saveTextFile({
      title: 'Export',
      defaultName: 'roster.csv',
      filters: [],
      content: 'a,b',
    });
    expect(result).toEqual({ ok: true, value: { path: 'roster.csv' } });
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('roster.csv');
  });

  it('shows notifications as banners, replacing by id, and lets them be dismissed', async () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeBanners(onChange);
    await notify({ id: 'wave', title: 'Wave 2', body: 'starts Monday' });
    await notify({ id: 'wave', title: 'Wave 2', body: 'starts Tuesday' });
    await notify({ id: 'backup', title: 'Backup', body: 'saved' });
    expect(getBanners().map((banner) => banner.body)).toEqual(['starts Tuesday', 'saved']);
    dismissBanner('wave');
    expect(getBanners().map((banner) => banner.id)).toEqual(['backup']);
    expect(onChange).toHaveBeenCalledTimes(4);
    unsubscribe();
  });
});
