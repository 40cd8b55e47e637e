// Reads one file of the built renderer for a request, with the shared security headers. It has no Electron import
// because the browser fallback server (build/serveStatic.ts) serves through it too: one code path, one CSP.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, securityHeaders, toAppFilePath } from '../shared/appFiles';

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD requests and empty error bodies. */
  body: Uint8Array | null;
}

function textResponse(
  status: number,
  text: string,
  extra: Record<string, string> = {},
  hubOrigin: string | null = null,
): AppFileResponse {
  const body = new TextEncoder().encode(text);
  return {
    status,
    headers: {
      ...securityHeaders('text/plain; charset=utf-8', hubOrigin),
      'Content-Length': String(body.byteLength),
      ...extra,
    },
    body,
  };
}

export const notFound = (hubOrigin: string | null = null): AppFileResponse =>
  textResponse(404, 'Not found', {}, hubOrigin);

/**
 * Serves `pathname` (percent-encoded, as in the URL) from `root`; anything outside `root` is a plain 404. `hubOrigin`
 * is the agency hub the person configured (admitted by the CSP's connect-src), or null.
 */
export async function readAppFile(
  root: string,
  pathname: string,
  method = 'GET',
  hubOrigin: string | null = null,
): Promise<AppFileResponse> {
  if (method !== 'GET' && method !== 'HEAD')
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' }, hubOrigin);
  const response = await readInsideRoot(root, pathname, method === 'HEAD', hubOrigin);
  return method === 'HEAD' ? { ...response, body: null } : response;
}

async function readInsideRoot(
  root: string,
  pathname: string,
  headOnly: boolean,
  hubOrigin: string | null,
): Promise<AppFileResponse> {
  const notFound404 = () => notFound(hubOrigin);
  const relative = toAppFilePath(pathname);
  if (relative === null) return notFound404();
  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, ...relative.split('/'));
  // Belt and braces: toAppFilePath already refuses '..', but the final path is what touches the disk.
  const fromRoot = path.relative(resolvedRoot, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return notFound404();

  try {
    const info = await stat(filePath);
    if (!info.isFile()) return notFound404();
    const headers = {
      ...securityHeaders(contentTypeFor(filePath), hubOrigin),
      'Content-Length': String(info.size),
    };
    if (headOnly) return { status: 200, headers, body: null };
    return { status: 200, headers, body: await readFile(filePath) };
  } catch {
    return notFound404();
  }
}
