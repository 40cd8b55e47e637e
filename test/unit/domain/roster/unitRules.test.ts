import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../renderer/domain/model';
import {
  assignableUnits,
  defaultUnitQuery,
  filterUnits,
  headcounts,
  isUnitActive,
  type UnitQuery,
} from '../../../../renderer/domain/roster/unitRules';

const at = '2026-01-01T00:00:00.000Z';
const unit = (id: string, name: string, more: Partial<Unit> = {}): Unit =>
  ({
    id,
    name,
    supervisorName: '',
    programArea: '',
    deactivatedOn: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...more,
  }) as Unit;

const units = [
  unit('u1', 'Intake North', { supervisorName: 'Dana Whitfield', programArea: 'Intake' }),
  unit('u2', 'León Ongoing', { supervisorName: "Seán O'Brien", programArea: 'Ongoing services' }),
  unit('u3', 'Kinship Care', { deactivatedOn: '2026-11-30', programArea: 'Foster care' }),
  unit('u4', 'Old Unit', { deletedAt: at }),
];
const query = (q: Partial<UnitQuery>): UnitQuery => ({ ...defaultUnitQuery, ...q });

describe('a deactivated unit', () => {
  it('takes no new people; a unit from before the field existed is active', () => {
    expect(units.map(isUnitActive)).toEqual([true, true, false, false]);
    const { deactivatedOn: _, ...older } = units[0] as Unit;
    expect(isUnitActive(older)).toBe(true);
  });

  it('is not offered to place people, except to someone already in it; a unit in Trash never', () => {
    expect(assignableUnits(units).map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(assignableUnits(units, 'u3').map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
    expect(assignableUnits(units, 'u4').map((u) => u.id)).toEqual(['u1', 'u2']);
  });
});

describe('headcounts', () => {
  it('counts people at work and on leave, not those who left or are in Trash, in one pass', () => {
    const counts = headcounts([
      { unitId: 'u1', status: 'active', deletedAt: null },
      { unitId: 'u1', status: 'on-leave', deletedAt: null },
      { unitId: 'u1', status: 'left', deletedAt: null },
      { unitId: 'u2', status: 'active', deletedAt: at },
      { unitId: null, status: 'active', deletedAt: null },
      { unitId: 'u3', status: 'active', deletedAt: null },
    ]);
    expect([...counts]).toEqual([
      ['u1', 2],
      ['u3', 1],
    ]);
  });
});

describe('searching and sorting units', () => {
  const counts = new Map([
    ['u1', 7],
    ['u2', 12],
    ['u3', 3],
  ]);
  const ids = (q: Partial<UnitQuery>) => filterUnits(units, query(q), counts).map((u) => u.id);

  it('shows active units by default, the deactivated ones on request, never Trash', () => {
    expect(ids({})).toEqual(['u1', 'u2']);
    expect(ids({ status: 'deactivated' })).toEqual(['u3']);
    expect(ids({ status: 'all' })).toEqual(['u1', 'u3', 'u2']);
  });

  it('finds units however the name is typed: accents, case, apostrophes, across supervisor and program area', () => {
    expect(ids({ text: 'leon' })).toEqual(['u2']);
    expect(ids({ text: 'sean obrien' })).toEqual(['u2']);
    expect(ids({ text: 'INTAKE dana' })).toEqual(['u1']);
    expect(ids({ text: 'foster', status: 'all' })).toEqual(['u3']);
    expect(ids({ text: 'nobody' })).toEqual([]);
  });

  it('sorts by any column both ways, empty values last, ties by name', () => {
    expect(ids({ status: 'all', sort: { key: 'headcount', dir: 'desc' } })).toEqual(['u2', 'u1', 'u3']);
    expect(ids({ status: 'all', sort: { key: 'headcount', dir: 'asc' } })).toEqual(['u3', 'u1', 'u2']);
    expect(ids({ status: 'all', sort: { key: 'supervisor', dir: 'asc' } })).toEqual(['u1', 'u2', 'u3']);
    expect(ids({ status: 'all', sort: { key: 'supervisor', dir: 'desc' } })).toEqual(['u2', 'u1', 'u3']);
    expect(ids({ status: 'all', sort: { key: 'programArea', dir: 'asc' } })).toEqual(['u3', 'u1', 'u2']);
    expect(ids({ status: 'all', sort: { key: 'status', dir: 'asc' } })).toEqual(['u1', 'u2', 'u3']);
    expect(ids({ status: 'all', sort: { key: 'name', dir: 'desc' } })).toEqual(['u2', 'u3', 'u1']);
  });
});
