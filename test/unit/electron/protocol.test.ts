// app:// serving: privileged scheme, correct MIME types, the CSP on every response, and no path traversal.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  contentTypeFor,
  hubOriginOf,
  toAppFilePath,
} from '../../../electron/shared/appFiles';
import { handleAppRequest, registerAppScheme, serveAppProtocol } from '../../../electron/main/protocol';
import { protocol, resetFakeElectron } from './fakeElectron';
import { HUB_ADDRESSES, REQUIRED_CSP, SECRET, makeStaticRoot, requiredCspWithHub } from './staticRoot';

vi.mock('electron', () => import('./fakeElectron'));

const { root } = makeStaticRoot();
const get = (url: string, method = 'GET') => handleAppRequest(new Request(url, { method }), root);

beforeEach(resetFakeElectron);

describe('scheme registration', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      }) as unknown,
    ]);
  });

  it('serves through protocol.handle("app", …)', async () => {
    serveAppProtocol(root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://app/index.html'))).status).toBe(200);
  });
});

describe('responses', () => {
  it('the CSP constant is exactly the one the architecture requires', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(REQUIRED_CSP);
  });

  it.each([
    ['app://app/', 'text/html; charset=utf-8'],
    ['app://app/index.html', 'text/html; charset=utf-8'],
    ['app://app/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://app/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://app/assets/inter.woff2', 'font/woff2'],
  ])('serves %s as %s with the CSP header', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(REQUIRED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('puts the CSP on errors too', async () => {
    const missing = await get('app://app/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(REQUIRED_CSP);
    const post = await get('app://app/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(REQUIRED_CSP);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://app/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('the agency hub in the CSP', () => {
  it('admits exactly the configured hub origin, on every response, read afresh for each request', async () => {
    let hub: string | null = null;
    serveAppProtocol(root, () => hub);
    const [, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    const csp = async (url: string) =>
      (await handler(new Request(url))).headers.get('content-security-policy');
    expect(await csp('app://app/index.html')).toBe(REQUIRED_CSP);
    hub = 'https://hub.agency.example:8443';
    expect(await csp('app://app/index.html')).toBe(requiredCspWithHub('https://hub.agency.example:8443'));
    expect(await csp('app://app/missing.js')).toBe(requiredCspWithHub('https://hub.agency.example:8443'));
    expect(await csp('app://other/index.html')).toBe(requiredCspWithHub('https://hub.agency.example:8443'));
    expect(await csp('app://app/index.html')).not.toMatch(/https:(?!\/\/hub)|\*/);
  });

  it('refuses to build a CSP around anything but a bare hub origin', () => {
    expect(contentSecurityPolicy(null)).toBe(REQUIRED_CSP);
    for (const bad of [
      'https:',
      '*',
      'https://hub.example/path',
      'https://hub.example; script-src *',
      'http://hub.example',
      "'unsafe-inline'",
    ]) {
      expect(() => contentSecurityPolicy(bad), bad).toThrow();
    }
  });

  it.each(HUB_ADDRESSES)('takes the hub origin of %j as %j', (address, origin) => {
    expect(hubOriginOf(address)).toBe(origin);
  });
});

describe('path traversal', () => {
  it.each([
    'app://app/../../etc/passwd',
    'app://app/../secret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/assets/..%2f..%2fsecret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/%00index.html',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(REQUIRED_CSP);
  });

  it('maps URL paths to relative paths and refuses anything that could leave the root', () => {
    expect(toAppFilePath('/')).toBe('index.html');
    expect(toAppFilePath('/assets/a%20b.js')).toBe('assets/a b.js');
    expect(toAppFilePath('/./assets//x.css')).toBe('assets/x.css');
    for (const bad of [
      '/../etc/passwd',
      '/a/../../b',
      '/%2e%2e/x',
      '/..%2fx',
      '/a\\..\\b',
      '/%5c',
      '/C:/x',
      '/x%00',
      '/%E0%A4%A',
    ]) {
      expect(toAppFilePath(bad), bad).toBeNull();
    }
  });

  it('knows the usual MIME types and sends the rest as bytes', () => {
    expect(contentTypeFor('a/b.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});
