// Version 2 adds the tool-usage store: a version 1 database opens with today's code, keeps its records, and gains an
// empty, indexed toolUsage table that the repositories can write to.
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../renderer/data/repository';
import { openCurrent, seedAtVersion } from './upgradeHarness';

describe('schema version 2: tool usage', () => {
  it('adds an empty toolUsage table to a version 1 database and keeps every record', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`;
    const unit = makeRecord('units', { name: 'Intake North' });
    const worker = makeRecord('caseworkers', { name: 'Ana Lopez', unitId: unit.id, email: 'ana@x.org' });
    const rollout = makeRecord('rollouts', { name: 'MobileCase' });
    const standup = makeRecord('standups', {
      cohortId: crypto.randomUUID(),
      date: '2026-03-02',
      rows: [{ caseworkerId: worker.id, usedToolYesterday: true }],
    });
    await seedAtVersion(name, 1, {
      units: [unit],
      caseworkers: [worker],
      rollouts: [rollout],
      standups: [standup],
    });

    const db = await openCurrent(name);
    expect(db.verno).toBe(2);
    expect(await db.caseworkers.get(worker.id)).toEqual(worker);
    expect(await db.standups.get(standup.id)).toEqual(standup);
    expect(await db.toolUsage.count()).toBe(0);

    const day = makeRecord('toolUsage', {
      rolloutId: rollout.id,
      caseworkerId: worker.id,
      date: '2026-03-03',
      events: 4,
      actions: ['note created'],
      source: 'audit.csv',
    });
    await db.toolUsage.add(day);
    expect(await db.toolUsage.where('[caseworkerId+date]').equals([worker.id, '2026-03-03']).count()).toBe(1);
    expect(await db.toolUsage.where('rolloutId').equals(rollout.id).count()).toBe(1);
    db.close();
    await db.delete();
  });
});
