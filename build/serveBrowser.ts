// The command-line side of the browser fallback: chooses the port, says in one line where to go, and stops cleanly on
// Ctrl+C. Used by `npm start` when Electron is unavailable and by `node build/serve.mjs` (end-to-end tests).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubOriginOf } from '../electron/shared/appFiles';
import { startStaticServer, type StaticServer } from './serveStatic';

export const DEFAULT_PORT = 5173;
/** Next ports tried when the default is busy, before any free port: a stable address keeps the browser's data. */
const NEARBY_PORTS = 10;
export const DEFAULT_ROOT = fileURLToPath(new URL('../dist/renderer', import.meta.url));

export interface ServeBrowserOptions {
  root: string;
  /** A port the person asked for: used as is or not at all. Without it, the default port or a free one. */
  port?: number;
  /** The agency hub the page may reach; a browser cannot change a page's CSP later, so it is given at start. */
  hubOrigin?: string | null;
  log?: (line: string) => void;
}

const isPortInUse = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE' ||
  (error as NodeJS.ErrnoException | undefined)?.code === 'EACCES';

/** Parses a port number; undefined when absent, null when it is not a valid port. */
export function parsePort(value: string | undefined): number | undefined | null {
  if (value === undefined || value.trim() === '') return undefined;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : null;
}

/** Starts the server and prints where to open it; resolves null (after saying why) when it cannot start. */
export async function serveBrowser({
  root,
  port,
  hubOrigin = null,
  log = console.log,
}: ServeBrowserOptions): Promise<StaticServer | null> {
  if (!existsSync(path.join(root, 'index.html'))) {
    log(`There is no built app in ${root} yet. Run "npm run build:renderer" first.`);
    return null;
  }
  if (port !== undefined) {
    try {
      const server = await startStaticServer({ root, port, hubOrigin });
      log(`Open ${server.url} in your browser.`);
      return server;
    } catch (error) {
      if (!isPortInUse(error)) throw error;
      log(
        `Port ${port} is already in use. Close the program using it, or choose another port with PORT=<number>.`,
      );
      return null;
    }
  }
  const candidates = [...Array.from({ length: NEARBY_PORTS + 1 }, (_, i) => DEFAULT_PORT + i), 0];
  for (const candidate of candidates) {
    try {
      const server = await startStaticServer({ root, port: candidate, hubOrigin });
      if (server.port !== DEFAULT_PORT) {
        log(
          `Port ${DEFAULT_PORT} is busy, so Cohort Coach is using port ${server.port} this time ` +
            '(the browser keeps the data of each address separately).',
        );
      }
      log(`Open ${server.url} in your browser.`);
      return server;
    } catch (error) {
      if (!isPortInUse(error)) throw error;
    }
  }
  return null; // unreachable in practice: port 0 always finds a free port
}

/**
 * `node build/serve.mjs [--port N] [--root DIR] [--hub-origin URL]`; PORT and HUB_ORIGIN are read when the options are
 * absent. Returns the exit code.
 */
export async function runServeCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const port = parsePort(option('--port') ?? env.PORT);
  if (port === null) {
    console.error('The port must be a whole number from 0 to 65535.');
    return 1;
  }
  const hubAddress = option('--hub-origin') ?? env.HUB_ORIGIN;
  const hubOrigin = hubAddress === undefined || hubAddress.trim() === '' ? null : hubOriginOf(hubAddress);
  if (hubAddress !== undefined && hubAddress.trim() !== '' && hubOrigin === null) {
    console.error(
      'The hub origin must start with https:// (plain http only for a trial hub on this computer).',
    );
    return 1;
  }
  const root = path.resolve(option('--root') ?? DEFAULT_ROOT);
  const server = await serveBrowser({ root, hubOrigin, ...(port !== undefined ? { port } : {}) });
  if (server === null) return 1;

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
