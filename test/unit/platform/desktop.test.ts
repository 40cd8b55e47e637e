// @vitest-environment happy-dom
// renderer/platform/desktop: delegates to window.desktop inside Electron and falls back sensibly in a browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_FILE_BYTES, type DesktopApi } from '../../../electron/shared/contract';
import {
  admitHub,
  appInfo,
  dismissBanner,
  getBanners,
  isDesktop,
  notify,
  onBackupRequest,
  onMenuCommand,
  openTextFile,
  readTextFromFile,
  saveTextFile,
  osKeyProtection,
  subscribeBanners,
} from '../../../renderer/platform/desktop';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Installs a fake window.desktop and returns its spies. */
function installDesktop(overrides: Partial<DesktopApi> = {}) {
  const spies = {
    openTextFile: vi.fn<DesktopApi['openTextFile']>(() => Promise.resolve({ ok: true, value: null })),
    saveTextFile: vi.fn<DesktopApi['saveTextFile']>(() =>
      Promise.resolve({ ok: true, value: { path: '/home/a/x.csv' } }),
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
  (window as Writable<Window>).desktop = {
    ...spies,
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
    const options = { title: 'Export', defaultName: 'x.csv', filters: [], content: 'a' };
    expect(await saveTextFile(options)).toEqual({ ok: true, value: { path: '/home/a/x.csv' } });
    expect(api.saveTextFile).toHaveBeenCalledWith(options);
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
    installDesktop({ openTextFile: () => Promise.reject(new Error('gone')) });
    const result = await openTextFile({ title: 'Open', filters: [] });
    expect(result.ok).toBe(false);
  });

  it('passes menu and backup subscriptions through', () => {
    const api = installDesktop();
    const handler = () => Promise.resolve('{}');
    onBackupRequest(handler);
    onMenuCommand(() => undefined);
    expect(api.onBackupRequest).toHaveBeenCalledWith(handler);
    expect(api.onMenuCommand).toHaveBeenCalled();
  });
});

describe('in a browser', () => {
  it('knows it is not the desktop app', () => {
    expect(isDesktop()).toBe(false);
    expect(appInfo().platform).toBe('web');
    expect(onMenuCommand(() => undefined)).toBeTypeOf('function');
    expect(onBackupRequest(() => Promise.resolve(''))).toBeTypeOf('function');
  });

  it('leaves the CSP its server gave the page: admitting a hub changes nothing and needs no reload', async () => {
    expect(await admitHub('https://hub.agency.example')).toEqual({
      ok: true,
      value: { origin: null, reloadNeeded: false },
    });
  });

  it('reads a chosen file as UTF-8 without its BOM', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), 'name\nZoë\n'], 'roster.csv');
    expect(await readTextFromFile(file)).toEqual({
      ok: true,
      value: { name: 'roster.csv', text: 'name\nZoë\n' },
    });
  });

  it('refuses files over 20 MB and text that is not UTF-8, in plain words', async () => {
    const big = new File([new Uint8Array(MAX_TEXT_FILE_BYTES + 1)], 'huge.csv');
    expect(await readTextFromFile(big)).toEqual({
      ok: false,
      error: expect.stringContaining('"huge.csv" is 20.1 MB, larger than the 20 MB') as unknown,
    });
    const latin1 = new File([new Uint8Array([0x5a, 0x6f, 0xeb])], 'old.csv');
    expect(await readTextFromFile(latin1)).toEqual({
      ok: false,
      error: expect.stringContaining('is not UTF-8 text') as unknown,
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
