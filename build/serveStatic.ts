// A small static file server for the built renderer on 127.0.0.1: the browser fallback of `npm start` and the
// server the end-to-end tests drive. It serves through the same code as Electron's app:// protocol, so every
// response carries the same CSP and path traversal is refused the same way.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAppFile } from '../electron/main/readAppFile';
import { securityHeaders } from '../electron/shared/appFiles';

export const LOOPBACK = '127.0.0.1';

export interface StaticServer {
  /** The address the socket is bound to, as the operating system reports it (127.0.0.1: loopback only). */
  readonly address: string;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** 0 picks any free port. */
  port: number;
  /** The agency hub the page may reach (the CSP's connect-src admits this origin and nothing else), or none. */
  hubOrigin?: string | null;
}

function plain(res: http.ServerResponse, status: number, text: string, hubOrigin: string | null): void {
  res.writeHead(status, {
    ...securityHeaders('text/plain; charset=utf-8', hubOrigin),
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Starts serving `root`; rejects with the listen error (e.g. EADDRINUSE) if the port cannot be used. */
export function startStaticServer({
  root,
  port,
  hubOrigin = null,
}: StaticServerOptions): Promise<StaticServer> {
  let allowedHosts: ReadonlySet<string> = new Set();
  const server = http.createServer((req, res) => {
    // Refusing other Host names stops a web page from reaching this server through DNS rebinding.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      plain(res, 421, 'Misdirected request', hubOrigin);
      return;
    }
    // The raw request path, not a parsed URL: parsing would quietly resolve '..' and hide what was asked for.
    const target = req.url ?? '/';
    if (!target.startsWith('/')) {
      plain(res, 400, 'Bad request', hubOrigin);
      return;
    }
    const pathname = target.split(/[?#]/, 1)[0] ?? '/';
    readAppFile(root, pathname, req.method ?? 'GET', hubOrigin).then(
      (file) => {
        res.writeHead(file.status, file.headers);
        res.end(file.body ?? undefined);
      },
      () => plain(res, 500, 'Internal error', hubOrigin),
    );
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      const { address, port: actualPort } = server.address() as AddressInfo;
      allowedHosts = new Set([`${LOOPBACK}:${actualPort}`, `localhost:${actualPort}`]);
      resolve({
        address,
        port: actualPort,
        url: `http://${LOOPBACK}:${actualPort}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
