// The desk's sync engine on fake-indexeddb against an in-memory hub: enrol, push the outbox, pull and merge field by
// field, conflicts reported on both desks, purges that stay purged, offline that catches up, and no request at all
// without a hub.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, useDbForTests, type CohortCoachDb } from '../../../../renderer/data/db';
import { repository } from '../../../../renderer/data/repository';
import { applyPresentationMode } from '../../../../renderer/data/presentationMode';
import {
  enrolDesk,
  HubRequestError,
  listConflicts,
  readSyncState,
  syncNow,
  waitingChanges,
} from '../../../../renderer/data/sync/syncEngine';
import { setClockForTests } from '../../../../renderer/clock';
import { MemoryHub } from './memoryHub';

let hub: MemoryHub;
const desks: CohortCoachDb[] = [];
let time = Date.UTC(2026, 2, 18, 9);

function desk(): CohortCoachDb {
  const db = openDb(`desk-${crypto.randomUUID()}`);
  desks.push(db);
  return db;
}
/** Runs `work` as the given desk (the data layer talks to one database at a time). */
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
  setClockForTests(null);
  vi.unstubAllGlobals();
  for (const db of desks.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('sync engine', () => {
  it('makes no request at all while no hub is configured', async () => {
    const a = desk();
    await on(a, async () => {
      await repository('units').create({ name: 'Intake North' });
      expect(await syncNow()).toEqual({ pushed: 0, pulled: 0 });
    });
    expect(hub.requests).toEqual([]);
  });

  it('sends what a desk held before enrolling, and brings it to another desk', async () => {
    const a = desk();
    const b = desk();
    const unit = await on(a, async () => {
      const u = await repository('units').create({ name: 'Intake North' });
      await repository('caseworkers').create({ name: 'Ana', unitId: u.id });
      await enrolDesk('https://hub.example', 'CODE-CODE-CODE');
      expect(await waitingChanges()).toBe(2);
      const progress: string[] = [];
      await syncNow((p) => progress.push(`${p.phase} ${p.done}/${p.total}`));
      expect(progress).toEqual(['push 2/2', 'pull 2/2']);
      expect(await waitingChanges()).toBe(0);
      return u;
    });
    await on(b, async () => {
      await enrolDesk('https://hub.example', 'CODE-CODE-CODE');
      await syncNow();
      expect((await repository('units').list()).map((u) => u.name)).toEqual(['Intake North']);
      const workers = await repository('caseworkers').list();
      expect(workers.map((w) => [w.name, w.unitId])).toEqual([['Ana', unit.id]]);
      // What was pulled is not sent back as this desk's own change.
      expect(await waitingChanges()).toBe(0);
      expect((await readSyncState())?.hub?.lastSyncAt).toBeTruthy();
    });
  });

  it('keeps both desks edits of different fields and lists the same field edited on both in the conflict report', async () => {
    const a = desk();
    const b = desk();
    const id = await on(a, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      const w = await repository('caseworkers').create({ name: 'Ana', caseload: 10 });
      await syncNow();
      return w.id;
    });
    await on(b, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      await syncNow();
      await repository('caseworkers').update(id, { role: 'Intake specialist', status: 'on-leave' });
    });
    await on(a, async () => {
      await repository('caseworkers').update(id, { caseload: 12, status: 'left' }); // later: wins
      await syncNow();
    });
    await on(b, () => syncNow());
    await on(a, () => syncNow());
    for (const d of [a, b]) {
      await on(d, async () => {
        const w = await repository('caseworkers').get(id);
        expect(w).toMatchObject({ caseload: 12, role: 'Intake specialist', status: 'left' });
        const conflicts = await listConflicts();
        expect(conflicts.map((c) => c.field).sort()).toEqual(['status', 'updatedAt']);
      });
    }
  });

  it('deletes travel as tombstones; a purge on one desk never comes back from another', async () => {
    const a = desk();
    const b = desk();
    const id = await on(a, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      const w = await repository('caseworkers').create({ name: 'Eve' });
      await syncNow();
      return w.id;
    });
    await on(b, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      await syncNow();
    });
    await on(a, async () => {
      await repository('caseworkers').remove(id);
      await syncNow();
    });
    await on(b, async () => {
      await syncNow();
      expect((await repository('caseworkers').get(id))?.deletedAt).not.toBeNull();
    });
    await on(a, async () => {
      await repository('caseworkers').purge(id);
      await syncNow();
    });
    await on(b, async () => {
      // B restores it offline before hearing of the purge: the purge still wins.
      await repository('caseworkers').restore(id);
      await syncNow();
      expect(await repository('caseworkers').get(id)).toBeUndefined();
      expect(await waitingChanges()).toBe(0);
    });
  });

  it('works offline and catches up, and waits while presentation mode is on', async () => {
    const a = desk();
    await on(a, async () => {
      await enrolDesk('https://hub.example', 'CODE');
      hub.offline = true;
      await repository('units').create({ name: 'Offline unit' });
      await expect(syncNow()).rejects.toMatchObject({ offline: true });
      expect(await waitingChanges()).toBe(1);
      hub.offline = false;
      await applyPresentationMode(true);
      const before = hub.requests.length;
      try {
        await expect(syncNow()).rejects.toThrow(HubRequestError);
        expect(hub.requests.length).toBe(before);
      } finally {
        await applyPresentationMode(false);
      }
      await syncNow();
      expect(await waitingChanges()).toBe(0);
      expect([...hub.rows.values()].map((r) => r.state.fields.name)).toEqual(['Offline unit']);
    });
  });
});
