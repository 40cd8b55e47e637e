// The browser fallback server (npm start without Electron, and the end-to-end tests): loopback only, same CSP as
// app://, nothing outside the root, other Host names refused, and a busy requested port reported plainly.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePort, serveBrowser } from '../../../build/serveBrowser';
import { startStaticServer, type StaticServer } from '../../../build/serveStatic';
import { REQUIRED_CSP, SECRET, makeStaticRoot, requiredCspWithHub } from './staticRoot';

const { root } = makeStaticRoot();
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ root, port: 0 });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as written (fetch would normalise '..' away before sending). */
function request(rawPath: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: rawPath,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${server.port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 only', () => {
    // The bound address as the socket reports it: binding to 0.0.0.0 or :: would offer the workspace to the network.
    expect(server.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html with the CSP header', async () => {
    const reply = await request('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(REQUIRED_CSP);
    expect(reply.body).toContain('<title>Cohort Coach</title>');
  });

  it('serves assets with their MIME types, ignoring the query string', async () => {
    const reply = await request('/assets/index-abc.js?v=1');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(REQUIRED_CSP);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('404s outside the root: %s', async (rawPath) => {
    const reply = await request(rawPath);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.headers['content-security-policy']).toBe(REQUIRED_CSP);
  });

  it('404s a missing file, with the CSP header', async () => {
    const reply = await request('/missing.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-security-policy']).toBe(REQUIRED_CSP);
  });

  it('refuses other Host names (DNS rebinding)', async () => {
    const reply = await request('/', { host: `evil.example:${server.port}` });
    expect(reply.status).toBe(421);
    expect(reply.headers['content-security-policy']).toBe(REQUIRED_CSP);
  });

  it('accepts localhost as a Host name', async () => {
    expect((await request('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('allows only GET and HEAD', async () => {
    expect((await request('/', { method: 'POST' })).status).toBe(405);
    const head = await request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('the agency hub given at start', () => {
  it('is the one origin besides the app that the CSP admits, on pages and errors alike', async () => {
    const withHub = await startStaticServer({ root, port: 0, hubOrigin: 'http://127.0.0.1:5204' });
    try {
      for (const path of ['/', '/missing.js', '/../secret.txt']) {
        const reply = await new Promise<http.IncomingMessage>((resolve, reject) => {
          http.get({ host: '127.0.0.1', port: withHub.port, path }, resolve).on('error', reject);
        });
        reply.resume();
        expect(reply.headers['content-security-policy']).toBe(requiredCspWithHub('http://127.0.0.1:5204'));
      }
    } finally {
      await withHub.close();
    }
  });
});

describe('serveBrowser', () => {
  it('prints where to open the app', async () => {
    const log = vi.fn();
    const started = await serveBrowser({ root, port: 0, log });
    expect(log).toHaveBeenCalledWith(`Open ${started?.url ?? '?'} in your browser.`);
    await started?.close();
  });

  it('says so, and starts nothing, when the requested port is busy', async () => {
    const log = vi.fn();
    expect(await serveBrowser({ root, port: server.port, log })).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`Port ${server.port} is already in use`));
  });

  it('refuses to serve a folder without a built app', async () => {
    const log = vi.fn();
    expect(await serveBrowser({ root: '/nonexistent-cc', port: 0, log })).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('npm run build:renderer'));
  });

  it('parses ports', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('')).toBeUndefined();
    expect(parsePort('4173')).toBe(4173);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('70000')).toBeNull();
    expect(parsePort('eighty')).toBeNull();
  });
});
