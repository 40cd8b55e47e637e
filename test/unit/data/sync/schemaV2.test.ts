// Schema version 2 (sync stores) from a version 1 database: every record is kept as it was, and the desk gets a
// device id and a clock, with nothing waiting to sync and no hub.
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../renderer/data/repository';
import type { SyncStateRow } from '../../../../renderer/data/sync/syncTypes';
import { openCurrent, seedAtVersion } from '../upgradeHarness';

describe('schema version 2 (sync)', () => {
  it('keeps every version 1 record and adds a device id, a clock and empty sync stores', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`;
    const unit = makeRecord('units', { name: 'Intake North' });
    const worker = makeRecord('caseworkers', { name: 'Ana', unitId: unit.id, caseload: 12 });
    const entry = makeRecord('coachingEntries', {
      kind: 'observation',
      caseworkerId: worker.id,
      date: '2026-03-02',
    });
    const draft = makeRecord('drafts', { key: 'coaching-entry', payload: { text: 'half' } });
    await seedAtVersion(name, 1, {
      units: [unit],
      caseworkers: [worker],
      coachingEntries: [entry],
      drafts: [draft],
      settings: [{ id: 'settings', role: 'supervisor' }],
    });
    const db = await openCurrent(name);
    try {
      expect(db.verno).toBe(2);
      expect(await db.units.toArray()).toEqual([unit]);
      expect(await db.caseworkers.toArray()).toEqual([worker]);
      expect(await db.coachingEntries.toArray()).toEqual([entry]);
      expect(await db.drafts.toArray()).toEqual([draft]);
      const state = (await db.table('syncState').get('sync')) as SyncStateRow;
      expect(state).toMatchObject({ id: 'sync', hlc: { ms: 0, counter: 0 }, hub: null });
      expect(state.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
      for (const store of ['syncOutbox', 'syncStamps', 'syncConflicts'])
        expect(await db.table(store).count()).toBe(0);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
