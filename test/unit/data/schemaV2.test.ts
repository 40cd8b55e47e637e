// Version 2 (one version for this release): the tool-usage and schedules stores appear, and action-item owners typed
// as names become people where the name is exactly one person's; everything else is kept as it was.
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../renderer/data/repository';
import { upgradeStepsToV2 } from '../../../renderer/data/schema/v2';
import { openCurrent, seedAtVersion } from './upgradeHarness';

describe('schema version 2', () => {
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
    // Who the standup names is kept for the timeline's reads by index, and the rows are marked complete.
    expect(await db.table('appearances').toArray()).toEqual([
      { id: 'built', caseworkerId: '', table: '', recordId: '' },
      {
        id: `standups|${standup.id}|${worker.id}`,
        caseworkerId: worker.id,
        table: 'standups',
        recordId: standup.id,
      },
    ]);

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

  it('adds the schedules store and turns typed action-item owners into people', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`;
    const unit = makeRecord('units', { name: 'Intake North' });
    const sean = makeRecord('caseworkers', { name: "Seán O'Brien", unitId: unit.id });
    const kim1 = makeRecord('caseworkers', { name: 'Kim Lee' });
    const kim2 = makeRecord('caseworkers', { name: 'Kim  Lee' });
    const maria = makeRecord('coaches', { name: 'María Ruiz' });
    const mariaOnRoster = makeRecord('caseworkers', { name: 'Maria Ruiz' });
    const entry = makeRecord('coachingEntries', {
      kind: 'observation',
      caseworkerId: sean.id,
      date: '2026-03-01',
      actionItems: [],
    });
    // As version 1 stored them: no ownerId at all.
    const items = [
      {
        id: crypto.randomUUID(),
        text: 'Call back',
        owner: "sean o'brien",
        dueDate: null,
        done: false,
        notifiedAt: null,
      },
      {
        id: crypto.randomUUID(),
        text: 'Book room',
        owner: 'Kim Lee',
        dueDate: null,
        done: false,
        notifiedAt: null,
      },
      {
        id: crypto.randomUUID(),
        text: 'Observe',
        owner: 'MARIA RUIZ',
        dueDate: null,
        done: false,
        notifiedAt: null,
      },
      {
        id: crypto.randomUUID(),
        text: 'Ask HR',
        owner: 'The front desk',
        dueDate: null,
        done: false,
        notifiedAt: null,
      },
      { id: crypto.randomUUID(), text: 'Read', owner: '', dueDate: null, done: false, notifiedAt: null },
    ];
    await seedAtVersion(name, 1, {
      units: [unit],
      caseworkers: [sean, kim1, kim2, mariaOnRoster],
      coaches: [maria],
      coachingEntries: [{ ...entry, actionItems: items }],
    });

    const db = await openCurrent(name);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name)).toContain('schedules');
    expect(await db.schedules.count()).toBe(0);
    const upgraded = await db.coachingEntries.get(entry.id);
    expect(upgraded?.actionItems.map((a) => [a.text, a.ownerId, a.owner])).toEqual([
      ['Call back', sean.id, ''],
      // Two people share the name: left as typed.
      ['Book room', null, 'Kim Lee'],
      // The coach, not the roster entry of the same name.
      ['Observe', maria.id, ''],
      ['Ask HR', null, 'The front desk'],
      ['Read', null, ''],
    ]);
    expect(await db.caseworkers.get(sean.id)).toEqual(sean);
    db.close();
    await db.delete();
  });
});

describe('schema version 2: the order of its upgrade steps', () => {
  it('gives the desk its sync state first, builds the entry facts and appearances, seals what version 1 stored in the clear, then changes the data', () => {
    expect(upgradeStepsToV2.map((s) => s.name)).toEqual([
      'the desk gets a device id and a sync clock',
      'entry facts are built',
      'appearances are built',
      'encryptPersonalFields',
      'action-item owners become people',
    ]);
  });
});
