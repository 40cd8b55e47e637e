import { describe, expect, it } from 'vitest';
import type { Caseworker } from '../../../renderer/domain/model';
import { defaultRosterQuery, filterRoster } from '../../../renderer/domain/listing/filterRoster';

const base = { createdAt: '', updatedAt: '', deletedAt: null, employeeId: '', email: '', startDate: null };
const people: Caseworker[] = [
  {
    ...base,
    id: '1',
    name: 'Nguyễn Thị Ánh',
    unitId: 'u1',
    role: 'Intake specialist',
    caseload: 14,
    status: 'active',
  },
  {
    ...base,
    id: '2',
    name: "Seán O'Brien",
    unitId: 'u2',
    role: 'CPS investigator',
    caseload: 31,
    status: 'on-leave',
  },
  {
    ...base,
    id: '3',
    name: 'Ana Lopez',
    unitId: 'u2',
    role: 'CPS investigator',
    caseload: null,
    status: 'left',
  },
  {
    ...base,
    id: '4',
    name: 'Bea Kim',
    unitId: null,
    role: 'Intake specialist',
    caseload: 9,
    status: 'active',
  },
];
const unitName = (id: string | null) => ({ u1: 'Intake North', u2: 'CPS East' })[id ?? ''] ?? 'No unit';
const names = (list: Caseworker[]) => list.map((c) => c.name);

describe('filterRoster', () => {
  it('hides people who left by default and sorts by name', () => {
    expect(names(filterRoster(people, defaultRosterQuery, unitName))).toEqual([
      'Bea Kim',
      'Nguyễn Thị Ánh',
      "Seán O'Brien",
    ]);
  });
  it('finds accented names without typing accents, and searches unit names', () => {
    expect(names(filterRoster(people, { ...defaultRosterQuery, text: 'nguyen anh' }, unitName))).toEqual([
      'Nguyễn Thị Ánh',
    ]);
    expect(names(filterRoster(people, { ...defaultRosterQuery, text: 'nguyen' }, unitName))).toEqual([
      'Nguyễn Thị Ánh',
    ]);
    expect(names(filterRoster(people, { ...defaultRosterQuery, text: 'sean' }, unitName))).toEqual([
      "Seán O'Brien",
    ]);
    expect(names(filterRoster(people, { ...defaultRosterQuery, text: 'obrien sean' }, unitName))).toEqual([
      "Seán O'Brien",
    ]);
    expect(
      names(filterRoster(people, { ...defaultRosterQuery, text: 'cps east', status: 'all' }, unitName)),
    ).toEqual(['Ana Lopez', "Seán O'Brien"]);
  });
  it('filters by unit (including no unit), role and status', () => {
    expect(names(filterRoster(people, { ...defaultRosterQuery, unitId: 'none' }, unitName))).toEqual([
      'Bea Kim',
    ]);
    expect(
      names(
        filterRoster(people, { ...defaultRosterQuery, role: 'CPS investigator', status: 'all' }, unitName),
      ),
    ).toEqual(['Ana Lopez', "Seán O'Brien"]);
    expect(names(filterRoster(people, { ...defaultRosterQuery, status: 'left' }, unitName))).toEqual([
      'Ana Lopez',
    ]);
  });
  it('sorts by caseload numerically both ways, unknown caseloads first when ascending', () => {
    const asc = filterRoster(
      people,
      { ...defaultRosterQuery, status: 'all', sort: { key: 'caseload', dir: 'asc' } },
      unitName,
    );
    expect(asc.map((c) => c.caseload)).toEqual([null, 9, 14, 31]);
    const desc = filterRoster(
      people,
      { ...defaultRosterQuery, status: 'all', sort: { key: 'caseload', dir: 'desc' } },
      unitName,
    );
    expect(desc.map((c) => c.caseload)).toEqual([31, 14, 9, null]);
  });
});
