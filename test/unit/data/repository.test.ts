import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/domain/model';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
  caseworkerRepository,
} from '../../../renderer/data/rosterRepository';
import { rolloutRepository as rollouts } from '../../../renderer/data/rolloutRepository';

import { readAll, repository } from '../../../renderer/data/repository';
import { useFreshDb } from './freshDb';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { trashRepository } from '../../../renderer/data/trash';

const db = useFreshDb();

describe('repositories', () => {
  it('creates records with UUIDs and timestamps, and reads them back', async () => {
    const unit = await units.create({ name: '  Intake North ', supervisorName: 'Dana Whitfield' });
    expect(unit.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(unit.name).toBe('Intake North');
    expect(unit.createdAt).toBe(unit.updatedAt);
    expect(unit.deletedAt).toBeNull();
    expect(await units.get(unit.id)).toEqual(unit);
  });

  it('refuses a caseworker without a name or with a negative caseload, naming the field, and writes nothing', async () => {
    await expect(caseworkers.create({ name: '   ' })).rejects.toThrow(ValidationError);
    const error = await caseworkers.create({ name: 'Ana', caseload: -3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ field: 'caseload', message: 'cannot be negative' }]);
    expect(await db().caseworkers.count()).toBe(0);
  });

  it('refuses a rollout whose target date is before its start date', async () => {
    const error = (await rollouts
      .create({ name: 'MobileCase', startDate: '2026-05-01', targetDate: '2026-04-01' })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]).toEqual({
      field: 'targetDate',
      message: 'Target date cannot be before the start date',
    });
  });

  it('refuses an impossible calendar date', async () => {
    const error = (await caseworkers
      .create({ name: 'Ana', startDate: '2025-02-30' })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]?.field).toBe('startDate');
  });

  it('updates validate the merged record and bump updatedAt', async () => {
    const worker = await caseworkers.create({ name: 'Ana Lopez', caseload: 12 });
    await new Promise((r) => setTimeout(r, 5));
    const updated = await caseworkers.update(worker.id, { caseload: 20 });
    expect(updated.caseload).toBe(20);
    expect(updated.name).toBe('Ana Lopez');
    expect(updated.updatedAt > worker.updatedAt).toBe(true);
    await expect(caseworkers.update(worker.id, { caseload: -1 })).rejects.toThrow(ValidationError);
    expect((await caseworkers.get(worker.id))?.caseload).toBe(20);
  });

  it('delete moves to Trash; restore brings it back; delete for good removes it', async () => {
    const worker = await caseworkers.create({ name: 'Ana Lopez' });
    const unit = await units.create({ name: 'Intake North' });
    await caseworkers.remove(worker.id);
    await units.remove(unit.id);
    expect(await caseworkers.list()).toEqual([]);
    const trash = await trashRepository.list();
    expect(trash.map((t) => [t.table, t.title])).toEqual(
      expect.arrayContaining([
        ['caseworkers', 'Ana Lopez'],
        ['units', 'Intake North'],
      ]),
    );
    await trashRepository.restore('caseworkers', worker.id);
    expect((await caseworkers.list()).map((c) => c.name)).toEqual(['Ana Lopez']);
    await trashRepository.deleteForever('units', unit.id);
    expect(await db().units.get(unit.id)).toBeUndefined();
    await caseworkers.remove(worker.id);
    expect(await trashRepository.empty()).toEqual({ deleted: 1, kept: 0 });
    expect(await trashRepository.list()).toEqual([]);
  });

  it('never deletes for good a record that others still refer to, so no reference is left pointing at nothing', async () => {
    const unit = await units.create({ name: 'Intake North' });
    const worker = await caseworkers.create({ name: 'Ana Lopez', unitId: unit.id });
    const other = await units.create({ name: 'Kinship Care' });
    await units.remove(unit.id);
    await units.remove(other.id);
    await expect(trashRepository.deleteForever('units', unit.id)).rejects.toThrow(
      'This unit cannot be deleted for good while 1 caseworker still refers to it. Delete those first, or restore it.',
    );
    expect(await trashRepository.empty()).toEqual({ deleted: 1, kept: 1 });
    expect(await db().units.get(unit.id)).toBeDefined();
    // Once the caseworker goes to Trash too, both can go together.
    await caseworkers.remove(worker.id);
    expect(await trashRepository.empty()).toEqual({ deleted: 2, kept: 0 });
  });

  it('settings default sensibly, persist, and refuse a heckler threshold above the cheerleader one', async () => {
    expect((await settingsRepository.load()).cohortSize).toBe(7);
    await settingsRepository.save({ role: 'trainer', cohortSize: 6 });
    expect(await settingsRepository.load()).toMatchObject({
      role: 'trainer',
      cohortSize: 6,
      cheerleaderMin: 70,
    });
    await expect(settingsRepository.save({ hecklerMax: 80 })).rejects.toThrow(/heckler threshold/);
    expect((await settingsRepository.load()).hecklerMax).toBe(40);
  });
});

describe('listInPages', () => {
  it('reads the same live records as list, in the same order, a page at a time (sealed fields opened)', async () => {
    const made = [];
    for (let i = 0; i < 11; i++)
      made.push(await caseworkers.create({ name: `Worker ${i}`, email: `w${i}@agency.gov` }));
    await caseworkers.remove(made[3]?.id ?? '');
    await caseworkers.remove(made[10]?.id ?? '');
    const listed = await caseworkers.list();
    expect(listed).toHaveLength(9);
    // Pages of 3 (an exact multiple of 9 live ones, with a trashed record on a page), 4, 1 and one bigger than all.
    for (const size of [3, 4, 1, 100]) expect(await caseworkers.listInPages(size)).toEqual(listed);
    expect((await caseworkers.listInPages(3)).map((c) => c.email)).toContain('w0@agency.gov');
    expect(await repository('coaches').listInPages(2)).toEqual([]);
  });
});

describe('readAll', () => {
  it('starts every read at once and hands each result back under its name', async () => {
    const started: string[] = [];
    const read = <T>(name: string, value: T) => {
      started.push(name);
      return Promise.resolve(value);
    };
    const result = await readAll({ units: read('units', [1, 2]), rollout: read('rollout', null) });
    expect(result).toEqual({ units: [1, 2], rollout: null });
    expect(started).toEqual(['units', 'rollout']);
  });

  it('fails as a whole when one read fails', async () => {
    await expect(
      readAll({ ok: Promise.resolve(1), broken: Promise.reject(new Error('disk full')) }),
    ).rejects.toThrow('disk full');
  });
});

describe('roster import write', () => {
  it('creates units on the fly, matches existing ones case-insensitively, and adds everyone in one go', async () => {
    const existing = await units.create({ name: 'Intake North' });
    const result = await caseworkerRepository.importRoster([
      { caseworker: { name: 'Nguyễn Thị Ánh', role: 'Intake specialist' }, unitName: 'intake north' },
      { caseworker: { name: "Seán O'Brien", role: 'CPS investigator' }, unitName: 'CPS East' },
      { caseworker: { name: 'María José Álvarez', role: 'CPS investigator' }, unitName: 'CPS East' },
      { caseworker: { name: 'No Unit Person' }, unitName: null },
    ]);
    expect(result).toEqual({ caseworkersAdded: 4, unitsCreated: ['CPS East'] });
    const all = await caseworkers.list();
    expect(all.find((c) => c.name === 'Nguyễn Thị Ánh')?.unitId).toBe(existing.id);
    const east = (await units.list()).find((u) => u.name === 'CPS East');
    expect(all.filter((c) => c.unitId === east?.id)).toHaveLength(2);
  });

  it("gives the units it creates the file's supervisor (the first one named), and leaves existing units alone", async () => {
    const existing = await units.create({ name: 'Intake North', supervisorName: 'Dana Whitfield' });
    await caseworkerRepository.importRoster([
      { caseworker: { name: 'Ana' }, unitName: 'Kinship Care', supervisorName: null },
      { caseworker: { name: 'Bo' }, unitName: 'kinship care', supervisorName: 'Grace Obi' },
      { caseworker: { name: 'Cy' }, unitName: 'Kinship Care', supervisorName: 'Someone Else' },
      { caseworker: { name: 'Di' }, unitName: 'Intake North', supervisorName: 'Not Dana' },
    ]);
    const all = await units.list();
    expect(all.find((u) => u.name === 'Kinship Care')?.supervisorName).toBe('Grace Obi');
    expect(all.find((u) => u.id === existing.id)?.supervisorName).toBe('Dana Whitfield');
  });

  it('writes nothing at all when one row is invalid', async () => {
    await expect(
      caseworkerRepository.importRoster([
        { caseworker: { name: 'Good Person' }, unitName: 'New Unit' },
        { caseworker: { name: 'Bad Person', caseload: -1 }, unitName: 'New Unit' },
      ]),
    ).rejects.toThrow(ValidationError);
    expect(await db().caseworkers.count()).toBe(0);
    expect(await db().units.count()).toBe(0);
  });
});

describe('the generic repository', () => {
  it('says whether a live record exists, whatever is in Trash', async () => {
    expect(await caseworkers.anyLive()).toBe(false);
    const ana = await caseworkers.create({ name: 'Ana' });
    const ben = await caseworkers.create({ name: 'Ben' });
    expect(await caseworkers.anyLive()).toBe(true);
    await caseworkers.remove(ana.id);
    expect(await caseworkers.anyLive()).toBe(true);
    await caseworkers.remove(ben.id);
    expect(await caseworkers.anyLive()).toBe(false);
    await caseworkers.restore(ana.id);
    expect(await caseworkers.anyLive()).toBe(true);
    expect(await units.anyLive()).toBe(false);
  });

  it('reads live records by id, by index and by range, and counts them without reading them', async () => {
    const north = await units.create({ name: 'Intake North' });
    const ana = await caseworkers.create({ name: 'Ana', unitId: north.id, startDate: '2024-01-10' });
    const ben = await caseworkers.create({ name: 'Ben', unitId: north.id, startDate: '2025-06-01' });
    await caseworkers.create({ name: 'Cy' });
    await caseworkers.remove(ben.id);
    expect(await caseworkers.count()).toBe(2);
    expect(await caseworkers.getLive(ben.id)).toBeUndefined();
    expect((await caseworkers.get(ben.id))?.deletedAt).not.toBeNull();
    expect((await caseworkers.listBy('unitId', north.id)).map((c) => c.name)).toEqual(['Ana']);
    expect((await caseworkers.getManyLive([ana.id, ben.id, 'missing'])).map((c) => c.name)).toEqual(['Ana']);
    const repo = repository('trainingSessions');
    const rollout = await rollouts.create({ name: 'MobileCase' });
    for (const date of ['2026-01-05', '2026-02-10', '2026-03-15'])
      await repo.create({ rolloutId: rollout.id, date, topic: `Session ${date}` });
    expect((await repo.listBetween('date', '2026-02-01', '2026-03-15')).map((s) => s.date).sort()).toEqual([
      '2026-02-10',
      '2026-03-15',
    ]);
  });
});

describe('edits from two windows', () => {
  it('merges an edit with a change made elsewhere to another field', async () => {
    const opened = await caseworkers.create({ name: 'Ana Lopez', caseload: 12 });
    await caseworkers.update(opened.id, { status: 'on-leave' });
    const saved = await caseworkers.update(opened.id, { ...opened, caseload: 99 }, { opened });
    expect(saved).toMatchObject({ caseload: 99, status: 'on-leave' });
  });

  it('refuses an edit of a field changed elsewhere since the form opened, and keeps the other change', async () => {
    const opened = await caseworkers.create({ name: 'Ana Lopez', caseload: 12 });
    await caseworkers.update(opened.id, { caseload: 20 });
    await expect(caseworkers.update(opened.id, { ...opened, caseload: 99 }, { opened })).rejects.toThrow(
      'This caseworker was changed elsewhere since you opened it: caseload.',
    );
    expect((await caseworkers.get(opened.id))?.caseload).toBe(20);
  });

  it('refuses an edit of a record moved to Trash elsewhere', async () => {
    const opened = await caseworkers.create({ name: 'Ana Lopez' });
    await caseworkers.remove(opened.id);
    await expect(caseworkers.update(opened.id, { ...opened, caseload: 3 }, { opened })).rejects.toThrow(
      /moved to Trash elsewhere/,
    );
  });
});
