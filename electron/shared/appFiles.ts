// How the built renderer is served, shared by the app:// protocol (Electron) and the browser fallback server (build/):
// URL path -> safe relative file path, MIME types, and the security headers (CSP) every response carries.
// Pure string logic with no Node or Electron import, so both sides (and the renderer's type check) can include it.

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin of an agency hub address, or null when it may not be one: https anywhere, plain http only for a trial hub
 * on this computer. No path, no credentials. The renderer's normaliseHubUrl applies the same rule (a test keeps them equal).
 */
export function hubOriginOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  return allowed ? url.origin : null;
}

/**
 * The CSP of every response. connect-src is the app itself plus, when the person configured an agency hub, that hub's
 * exact origin and nothing else: no other network request is possible from the page. 'wasm-unsafe-eval' allows compiling
 * WebAssembly (the Argon2id key derivation) and nothing more: eval() of JavaScript stays forbidden.
 */
export function contentSecurityPolicy(hubOrigin: string | null = null): string {
  const hub = hubOrigin === null ? null : hubOriginOf(hubOrigin);
  if (hubOrigin !== null && hub !== hubOrigin) throw new Error(`Not a hub origin: ${hubOrigin}`);
  return (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
    `connect-src 'self'${hub === null ? '' : ` ${hub}`}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
  );
}

/** The CSP without a hub: what a desk that never configures one always gets. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
};

/** The MIME type for a file path; unknown types are served as opaque bytes (and `nosniff` stops guessing). */
export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const ext = dot === -1 ? '' : filePath.slice(dot + 1).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

/** Headers for every response, including errors: the CSP must hold even on a 404 page. */
export function securityHeaders(
  contentType: string,
  hubOrigin: string | null = null,
): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(hubOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Maps a URL pathname (still percent-encoded) to a relative POSIX path inside the served root, or null when the path
 * could reach outside it. Suspicious paths are refused rather than normalised: a real page never asks for them.
 */
export function toAppFilePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Backslashes and drive colons are separators on Windows; NUL truncates paths in some APIs.
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}
