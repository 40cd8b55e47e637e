// A throwaway "dist/renderer" for serving tests, with a secret file next to it that must never be served.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The CSP required by ARCHITECTURE.md, spelled out here so an accidental edit of the constant fails a test. connect-src
 * admits the agency hub the user configures (https, or a trial hub on this computer); nothing else is ever fetched. */
export const REQUIRED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECRET = 'top secret outside the root';

export function makeStaticRoot(): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'cc-static-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Cohort Coach</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("app");');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  return { root, outside: base };
}
