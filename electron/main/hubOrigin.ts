// The agency hub this desk may talk to: the one origin that the CSP's connect-src admits besides the app itself. The
// renderer sets it through the IPC door (admitHub) when the person connects a hub, and clears it on disconnect. It is
// kept in a small file in userData so that after a restart the very first page's CSP already admits it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hubOriginOf } from '../shared/appFiles';

export interface HubOriginStore {
  /** The admitted hub origin, or null (then connect-src is the app alone). */
  get(): string | null;
  /** Admits `origin` (already checked with hubOriginOf) or none; true when that changed anything. */
  set(origin: string | null): boolean;
}

/** Reads the file once; a missing, unreadable or tampered file admits no hub. */
export function createHubOriginStore(file: string): HubOriginStore {
  let current: string | null = null;
  try {
    const saved = (JSON.parse(readFileSync(file, 'utf8')) as { origin?: unknown }).origin;
    current = typeof saved === 'string' && hubOriginOf(saved) === saved ? saved : null;
  } catch {
    current = null;
  }
  return {
    get: () => current,
    set(origin) {
      if (origin === current) return false;
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.tmp`;
      writeFileSync(temporary, JSON.stringify({ origin }));
      renameSync(temporary, file);
      current = origin;
      return true;
    },
  };
}
