import { describe, expect, it } from 'vitest';
import { tableNames } from '../../../renderer/domain/model';
import { makeRecord } from '../../../renderer/data/repository';
import { openCurrent, seedAtVersion } from './upgradeHarness';

describe('schema upgrades', () => {
  it("opens a version 1 database with today's code and keeps every record of every table", async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const unit = makeRecord('units', { name: 'Intake North' });
    const worker = makeRecord('caseworkers', {
      name: "Seán O'Brien",
      unitId: unit.id,
      role: 'Intake specialist',
      caseload: 18,
    });
    const rollout = makeRecord('rollouts', { name: 'MobileCase' });
    await seedAtVersion(name, 1, {
      units: [unit],
      caseworkers: [worker],
      rollouts: [rollout],
      settings: [{ id: 'settings', role: 'lead' }],
    });

    const db = await openCurrent(name);
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await db.units.get(unit.id)).toEqual(unit);
    expect(await db.caseworkers.get(worker.id)).toEqual(worker);
    expect(await db.rollouts.get(rollout.id)).toEqual(rollout);
    expect((await db.settings.get('settings'))?.role).toBe('lead');
    // Every entity of the domain model has its table from version 1 on.
    for (const table of tableNames) expect(db.tables.map((t) => t.name)).toContain(table);
    db.close();
    await db.delete();
  });
});
