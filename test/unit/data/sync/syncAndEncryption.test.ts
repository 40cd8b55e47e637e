// Sync and encryption at rest together, through the app's whole middleware chain: sync waits while the workspace is
// locked (no request, nothing read), the hub receives the values the app sees (never ciphertext), the outbox holds
// field names only, and what a desk pulls is sealed before it reaches IndexedDB.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, useDbForTests, type CohortCoachDb } from '../../../../renderer/data/db';
import { clearDataKey, hasDataKey, setDataKey } from '../../../../renderer/data/keySession';
import { repository } from '../../../../renderer/data/repository';
import {
  enrolDesk,
  hasHubLink,
  HubRequestError,
  readSyncState,
  syncNow,
  waitingChanges,
} from '../../../../renderer/data/sync/syncEngine';
import { WorkspaceLockedError } from '../../../../renderer/data/keySession';
import { SEALED } from '../../../../renderer/domain/crypto/sealRecords';
import { setClockForTests } from '../../../../renderer/clock';
import { rawDatabaseText } from '../rawDatabase';
import { MemoryHub } from './memoryHub';

/** The key test/unit/setup.ts gives every data test (setDataKey takes ownership, so a fresh copy each time). */
const testKey = () => Uint8Array.from({ length: 32 }, (_, i) => i + 1);

let hub: MemoryHub;
const desks: CohortCoachDb[] = [];
let time = Date.UTC(2026, 2, 18, 9);

function desk(): CohortCoachDb {
  const db = openDb(`desk-${crypto.randomUUID()}`);
  desks.push(db);
  return db;
}
async function on<T>(db: CohortCoachDb, work: () => Promise<T>): Promise<T> {
  useDbForTests(db);
  return work();
}

beforeEach(() => {
  hub = new MemoryHub();
  vi.stubGlobal('fetch', hub.fetch);
  setClockForTests(() => new Date((time += 1000)));
});
afterEach(async () => {
  if (!hasDataKey()) setDataKey(testKey());
  setClockForTests(null);
  vi.unstubAllGlobals();
  for (const db of desks.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('sync with encryption at rest', () => {
  it('waits while the workspace is locked: no request, the outbox kept; it catches up once unlocked', async () => {
    const a = desk();
    await on(a, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      await repository('caseworkers').create({ name: 'Grace Kim' });
      const before = hub.requests.length;
      clearDataKey();
      await expect(syncNow()).rejects.toThrow(HubRequestError);
      await expect(syncNow()).rejects.toThrow('Sync waits while the workspace is locked.');
      expect(hub.requests.length).toBe(before);
      setDataKey(testKey());
      expect(await waitingChanges()).toBe(1);
      await syncNow();
      expect(await waitingChanges()).toBe(0);
    });
  });

  it('keeps the enrolment token and the enrolled person sealed at rest; the desk still syncs with them', async () => {
    const a = desk();
    await on(a, async () => {
      // With no hub, the sync state (device id, clock) needs no key: it reads while locked, and stays clear.
      clearDataKey();
      expect(await hasHubLink()).toBe(false);
      expect((await readSyncState())?.hub).toBeNull();
      await expect(syncNow()).resolves.toEqual({ pushed: 0, pulled: 0 });
      setDataKey(testKey());

      await enrolDesk('https://hub.example', 'CODE');
      const token = [...hub.tokens.keys()][0] ?? 'missing';
      expect((await readSyncState())?.hub?.token).toBe(token);
      const raw = await rawDatabaseText(a.name);
      expect(raw).not.toContain(token);
      expect(raw).not.toContain('Lee Okonkwo-Hart');
      expect(raw).not.toContain('hub.example');
      const stored = await new Promise<Record<string, unknown>>((resolve) => {
        const req = a.backendDB().transaction('syncState').objectStore('syncState').get('sync');
        req.onsuccess = () => resolve(req.result as Record<string, unknown>);
      });
      expect(stored[SEALED]).toEqual(expect.any(String));
      expect(stored).toMatchObject({ id: 'sync', deviceId: expect.any(String), hlc: expect.any(Object) });

      // A captured write re-seals the link with the new clock; the token stays what it was and stays sealed.
      await repository('caseworkers').create({ name: 'Grace Kim' });
      await syncNow();
      expect(hub.requests.filter((r) => r === 'POST /v1/push')).toHaveLength(1);
      expect(await rawDatabaseText(a.name)).not.toContain(token);
      expect((await readSyncState())?.hub?.token).toBe(token);

      // Locked: the link does not open, yet sync knows a hub is there and says it waits.
      clearDataKey();
      await expect(readSyncState()).rejects.toThrow(WorkspaceLockedError);
      expect(await hasHubLink()).toBe(true);
      await expect(syncNow()).rejects.toThrow('Sync waits while the workspace is locked.');
    });
  });

  it('sends the hub the values the app sees, keeps field names only in the outbox, and seals what it pulls', async () => {
    const a = desk();
    const b = desk();
    const id = await on(a, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      const worker = await repository('caseworkers').create({
        name: 'Grace Kim',
        email: 'grace.kim@agency.example',
      });
      const outbox = JSON.stringify(await a.table('syncOutbox').toArray());
      expect(outbox).toContain('"name"');
      expect(outbox).not.toContain('Grace');
      await syncNow();
      return worker.id;
    });
    const onHub = [...hub.rows.values()].map((r) => r.state.fields);
    expect(onHub).toEqual([
      expect.objectContaining({ name: 'Grace Kim', email: 'grace.kim@agency.example' }),
    ]);
    await on(b, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      await syncNow();
      expect((await repository('caseworkers').get(id))?.name).toBe('Grace Kim');
    });
    for (const d of [a, b]) {
      const raw = await rawDatabaseText(d.name);
      expect(raw).not.toContain('Grace Kim');
      expect(raw).not.toContain('grace.kim@agency.example');
    }
  });
});
