// @vitest-environment happy-dom
// Connecting a desk to a hub with a tight CSP: on the desktop the shell admits the hub's origin; when that needs a
// reload, the enrolment waits across it in sessionStorage (never in the database) and finishes on start; disconnecting
// lets the origin go; a desk whose shell forgot its hub gets it admitted again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/shared/contract';
import { openDb, useDbForTests, type CohortCoachDb } from '../../../renderer/data/db';
import { readSyncState } from '../../../renderer/data/sync/syncEngine';
import { connectHub, disconnect, resumeHubLink } from '../../../renderer/features/sync/hubAdmission';
import { MemoryHub } from '../data/sync/memoryHub';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

let db: CohortCoachDb;
let hub: MemoryHub;
let admitted: string | null;
let reload: ReturnType<typeof vi.fn<() => void>>;

/** A shell like main's: admits one origin and says a reload is needed when a new one is admitted. */
function installShell() {
  const admitHub = vi.fn<DesktopApi['admitHub']>(({ address }) => {
    const origin = address === null ? null : new URL(address).origin;
    const reloadNeeded = origin !== null && origin !== admitted;
    admitted = origin;
    return Promise.resolve({ ok: true, value: { origin, reloadNeeded } });
  });
  (window as Writable<Window>).desktop = { admitHub } as unknown as DesktopApi;
  return admitHub;
}

beforeEach(() => {
  db = openDb(`admission-${crypto.randomUUID()}`);
  useDbForTests(db);
  hub = new MemoryHub();
  vi.stubGlobal('fetch', hub.fetch);
  admitted = null;
  reload = vi.fn<() => void>();
  vi.spyOn(window.location, 'reload').mockImplementation(reload);
  sessionStorage.clear();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  delete (window as Writable<Window>).desktop;
  db.close();
  await db.delete();
});

describe('connecting a hub on the desktop', () => {
  it('admits the hub, reloads once, then finishes the enrolment on start and forgets the code', async () => {
    const admitHub = installShell();
    expect(await connectHub('https://hub.agency.example/', 'CODE-CODE-CODE')).toBe('reloading');
    expect(admitHub).toHaveBeenLastCalledWith({ address: 'https://hub.agency.example/' });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(hub.requests).toEqual([]); // nothing was sent before the page's CSP admitted the hub
    expect((await readSyncState())?.hub).toBeNull();

    // After the reload:
    expect(await resumeHubLink()).toBe(true);
    expect(hub.requests).toEqual(['POST /v1/enrol']);
    expect((await readSyncState())?.hub?.url).toBe('https://hub.agency.example');
    expect(sessionStorage.length).toBe(0);
    expect(await resumeHubLink()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('enrols at once when the hub is admitted already', async () => {
    installShell();
    admitted = 'https://hub.agency.example';
    expect(await connectHub('https://hub.agency.example', 'CODE-CODE-CODE')).toBe('enrolled');
    expect(reload).not.toHaveBeenCalled();
    expect((await readSyncState())?.hub?.url).toBe('https://hub.agency.example');
  });

  it('says why when the shell refuses the address, and sends nothing', async () => {
    (window as Writable<Window>).desktop = {
      admitHub: () => Promise.resolve({ ok: false, error: 'The hub address must start with https://' }),
    } as unknown as DesktopApi;
    await expect(connectHub('http://hub.agency.example', 'CODE')).rejects.toThrow(/https/);
    expect(hub.requests).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('lets the hub go on disconnect, and admits it again when the shell forgot it', async () => {
    const admitHub = installShell();
    admitted = 'https://hub.agency.example';
    await connectHub('https://hub.agency.example', 'CODE-CODE-CODE');
    admitted = null; // e.g. the shell's settings file was lost
    expect(await resumeHubLink()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(await resumeHubLink()).toBe(true);

    await disconnect();
    expect(admitHub).toHaveBeenLastCalledWith({ address: null });
    expect(admitted).toBeNull();
    expect((await readSyncState())?.hub).toBeNull();
    expect(await resumeHubLink()).toBe(false);
  });
});

describe('in a browser', () => {
  it('enrols directly: the page keeps the CSP its server gave it', async () => {
    expect(await connectHub('http://127.0.0.1:5204', 'CODE-CODE-CODE')).toBe('enrolled');
    expect(reload).not.toHaveBeenCalled();
    expect(await resumeHubLink()).toBe(true);
  });
});
