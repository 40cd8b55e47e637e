// A throwaway "dist/renderer" for serving tests, with a secret file next to it that must never be served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * The CSP required by ARCHITECTURE.md, spelled out here so an accidental edit of the constant fails a test.
 * 'wasm-unsafe-eval' lets the page compile WebAssembly (Argon2id from hash-wasm) and nothing else: JavaScript eval stays off.
 */
export const REQUIRED_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The same CSP when the person configured an agency hub: connect-src admits that exact origin and nothing more. */
export const requiredCspWithHub = (origin: string): string =>
  REQUIRED_CSP.replace("connect-src 'self';", `connect-src 'self' ${origin};`);

/** Hub addresses as typed and the origin the CSP may admit for each (null: not a hub address). */
export const HUB_ADDRESSES: [string, string | null][] = [
  ['https://hub.agency.example', 'https://hub.agency.example'],
  [' https://Hub.Agency.example:443/v1/pull?x ', 'https://hub.agency.example'],
  ['https://hub.agency.example:8443/', 'https://hub.agency.example:8443'],
  ['http://127.0.0.1:7000', 'http://127.0.0.1:7000'],
  ['http://localhost:7000/x', 'http://localhost:7000'],
  ['http://[::1]:7000', 'http://[::1]:7000'],
  ['http://hub.agency.example', null],
  ['http://127.0.0.2:7000', null],
  ['ftp://hub.agency.example', null],
  ['https://user:pw@hub.agency.example', null],
  ['hub.agency.example', null],
  ['', null],
];

export const SECRET = 'top secret outside the root';

export function makeStaticRoot(): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'cc-static-'));
  afterAll(() => rmSync(base, { recursive: true, force: true })); // made once per file, for all of its tests
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Cohort Coach</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("app");');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  return { root, outside: base };
}
