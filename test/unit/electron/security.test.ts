// Navigation, new-window, webview, permission and openExternal guards (Electron's security checklist, asserted).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  hardenWebContents,
  installPermissionGuards,
  isAllowedExternalUrl,
  isAppUrl,
  openExternalSafely,
} from '../../../electron/main/security';
import { FakeWebContents, fakeEvent, fakeSession, resetFakeElectron, shell } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

beforeEach(resetFakeElectron);

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = fakeEvent({ url });
  contents.emit(eventName, event);
  return !event.defaultPrevented;
}

describe('navigation', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('prevents will-navigate to %s', (url) => {
    expect(navigate(hardened(), 'will-navigate', url)).toBe(false);
  });

  it('allows will-navigate inside app://app', () => {
    expect(navigate(hardened(), 'will-navigate', 'app://app/index.html#/roster')).toBe(true);
  });

  it('prevents redirects out of the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://app/index.html')).toBe(true);
  });

  it('prevents attaching a <webview>', () => {
    expect(navigate(hardened(), 'will-attach-webview', 'app://app/index.html')).toBe(false);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    expect(isAppUrl('app://app')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@app/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('window.open', () => {
  it('denies every new window, for outside and app URLs alike, and opens nothing externally', async () => {
    const contents = hardened();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://app/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('shell.openExternal allow-list', () => {
  it('blocks everything while the allow-list is empty', async () => {
    expect(await openExternalSafely('https://example.com/')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens only https URLs under an allowed prefix', async () => {
    const allow = ['https://docs.example.org/cohort-coach/'];
    expect(await openExternalSafely('https://docs.example.org/cohort-coach/start', allow)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.example.org/cohort-coach/start');
    for (const url of [
      'http://docs.example.org/cohort-coach/start',
      'https://docs.example.org/other/',
      'https://docs.example.org.evil.com/cohort-coach/',
      'https://user:pw@docs.example.org/cohort-coach/',
      // A user name alone or a password alone is a credential too (each check on its own).
      'https://user@docs.example.org/cohort-coach/',
      'https://:secret@docs.example.org/cohort-coach/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:someone@example.org',
      'nonsense',
    ]) {
      expect(isAllowedExternalUrl(url, allow), url).toBe(false);
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses a link that is not allowed without calling the shell, and never trusts a plain-http prefix', async () => {
    expect(await openExternalSafely('http://docs.example.org/a', ['http://docs.example.org/'])).toBe(false);
    expect(await openExternalSafely('https://user@docs.example.org/a', ['https://docs.example.org/'])).toBe(
      false,
    );
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  beforeEach(() => installPermissionGuards(fakeSession as unknown as Session));

  const request = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined;
    fakeSession.requestHandler?.({}, permission, (answer) => (granted = answer), { requestingUrl });
    if (granted === undefined) throw new Error('the permission request was never answered');
    return granted;
  };

  it.each(['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'display-capture', 'unknown'])(
    'denies a %s request from the app itself',
    (permission) => {
      expect(request(permission, 'app://app/index.html')).toBe(false);
      expect(fakeSession.checkHandler?.({}, permission, 'app://app')).toBe(false);
    },
  );

  it.each(['clipboard-sanitized-write', 'persistent-storage'])('grants %s to the app only', (permission) => {
    expect(request(permission, 'app://app/index.html')).toBe(true);
    expect(fakeSession.checkHandler?.({}, permission, 'app://app')).toBe(true);
    expect(request(permission, 'https://evil.example/')).toBe(false);
    expect(fakeSession.checkHandler?.({}, permission, 'https://evil.example')).toBe(false);
  });

  it('denies device access (USB, serial, HID)', () => {
    expect(fakeSession.deviceHandler?.({ deviceType: 'usb', origin: 'app://app' })).toBe(false);
  });
});
