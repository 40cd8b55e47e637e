import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/domain/model';
import {
  caseworkerRepository as caseworkers,
  unitRepository as units,
} from '../../../renderer/data/rosterRepository';
import { trashRepository } from '../../../renderer/data/trash';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

async function roster(n: number) {
  const north = await units.create({ name: 'Intake North' });
  const east = await units.create({ name: 'CPS East' });
  const people = [];
  for (let i = 0; i < n; i++)
    people.push(await caseworkers.create({ name: `Person ${i}`, unitId: north.id }));
  return { north, east, people };
}

describe('bulk actions on the roster', () => {
  it('moves many people to a unit in one transaction, skipping anyone in Trash', async () => {
    const { east, people } = await roster(4);
    const [a, b, c, gone] = people.map((p) => p.id) as [string, string, string, string];
    await caseworkers.remove(gone);
    const moved = await caseworkers.moveToUnit([a, b, c, gone], east.id);
    expect(moved.map((p) => p.id)).toEqual([a, b, c]);
    expect((await caseworkers.listBy('unitId', east.id)).map((p) => p.id).sort()).toEqual([a, b, c].sort());
    expect((await caseworkers.get(gone))?.unitId).not.toBe(east.id);
    const after = await caseworkers.get(a);
    expect((after?.updatedAt ?? '') > (people[0]?.updatedAt ?? '')).toBe(true);
  });

  it('refuses a move into a deactivated unit and changes nobody', async () => {
    const { east, people } = await roster(2);
    await units.deactivate(east.id, '2026-11-30');
    await expect(
      caseworkers.moveToUnit(
        people.map((p) => p.id),
        east.id,
      ),
    ).rejects.toThrow(/deactivated/);
    expect(await caseworkers.listBy('unitId', east.id)).toEqual([]);
  });

  it('sets a status for many; one invalid record leaves them all as they were', async () => {
    const { people } = await roster(3);
    const ids = people.map((p) => p.id);
    await caseworkers.setStatusOfMany(ids, 'on-leave');
    expect((await caseworkers.list()).every((p) => p.status === 'on-leave')).toBe(true);
    // A record that no longer passes validation (written around the repository) makes the whole change fail.
    await db().caseworkers.update(ids[1] as string, { caseload: -5 });
    await expect(caseworkers.setStatusOfMany(ids, 'active')).rejects.toThrow(ValidationError);
    expect((await caseworkers.list()).map((p) => p.status)).toEqual(['on-leave', 'on-leave', 'on-leave']);
  });

  it('moves many to Trash at once and the Undo brings back exactly those', async () => {
    const { people } = await roster(5);
    const ids = people.map((p) => p.id);
    const earlier = ids[4] as string;
    await caseworkers.remove(earlier);
    const removed = await caseworkers.removeMany(ids);
    expect(removed.sort()).toEqual(ids.slice(0, 4).sort());
    expect(await caseworkers.count()).toBe(0);
    expect((await trashRepository.list()).length).toBe(5);
    await caseworkers.restoreMany(removed);
    expect((await caseworkers.list()).map((p) => p.id).sort()).toEqual(ids.slice(0, 4).sort());
    expect(await caseworkers.getLive(earlier)).toBeUndefined();
  });
});

describe('deactivating a unit', () => {
  it('keeps its people where they are, and can be undone', async () => {
    const { north, people } = await roster(2);
    const off = await units.deactivate(north.id, '2026-12-02');
    expect(off.deactivatedOn).toBe('2026-12-02');
    expect((await caseworkers.listBy('unitId', north.id)).map((p) => p.id).sort()).toEqual(
      people.map((p) => p.id).sort(),
    );
    expect((await units.reactivate(north.id)).deactivatedOn).toBeNull();
  });
});
