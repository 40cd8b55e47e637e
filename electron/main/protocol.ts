// Serves the built renderer from app://app/ instead of file://, so the page has a real origin, a strict CSP header
// on every response, and no way to read files outside dist/renderer.
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/appFiles';
import { notFound, readAppFile } from './readAppFile';

/** Must run before the app is ready: privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin and relative URLs; secure: a secure context; fetch + CORS: Vite's module scripts.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/**
 * Answers one app:// request from `root`; `hubOrigin` is the agency hub the CSP admits (or null). Exported for tests;
 * the handler below is a thin wrapper.
 */
export async function handleAppRequest(
  request: Request,
  root: string,
  hubOrigin: string | null = null,
): Promise<Response> {
  const url = new URL(request.url);
  // Any other host (app://elsewhere/) is not the app: the same plain 404 as a path outside the root.
  const file =
    url.host === APP_HOST
      ? await readAppFile(root, url.pathname, request.method, hubOrigin)
      : notFound(hubOrigin);
  return new Response(file.body, { status: file.status, headers: file.headers });
}

/** `hubOrigin` is read on every request, so a newly admitted hub is in the CSP of the next page load. */
export function serveAppProtocol(root: string, hubOrigin: () => string | null = () => null): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, root, hubOrigin()));
}
