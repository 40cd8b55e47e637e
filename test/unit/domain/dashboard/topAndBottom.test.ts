import { describe, expect, it } from 'vitest';
import { OTHERS, topAndBottom } from '../../../../renderer/domain/dashboard/topAndBottom';

const units = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ unit: `Unit ${i + 1}`, done: i, todo: n - i }));
const options = { label: 'unit' as const, rank: (r: { done: number }) => r.done, what: 'units', by: 'done' };

describe('topAndBottom', () => {
  it('draws every row, and says nothing, up to a dozen', () => {
    const chart = topAndBottom(units(12), options);
    expect(chart.rows).toHaveLength(12);
    expect(chart.grouped).toBe(0);
    expect(chart.note).toBeNull();
  });

  it('above a dozen: the highest and lowest, the rest added up into one row, and a note that says so', () => {
    const rows = units(715);
    const chart = topAndBottom(rows, options);
    expect(chart.rows).toHaveLength(11);
    expect(chart.rows.slice(0, 5).map((r) => r.unit)).toEqual([
      'Unit 715',
      'Unit 714',
      'Unit 713',
      'Unit 712',
      'Unit 711',
    ]);
    expect(chart.rows[5]?.unit).toBe('705 other units');
    expect(chart.rows.slice(6).map((r) => r.unit)).toEqual([
      'Unit 5',
      'Unit 4',
      'Unit 3',
      'Unit 2',
      'Unit 1',
    ]);
    expect(chart.grouped).toBe(705);
    // Nothing is lost: the grouped row holds the sum of what it stands for.
    const sum = (key: 'done' | 'todo', xs: ReadonlyArray<{ done: number; todo: number }>) =>
      xs.reduce((t, r) => t + r[key], 0);
    expect(sum('done', chart.rows)).toBe(sum('done', rows));
    expect(sum('todo', chart.rows)).toBe(sum('todo', rows));
    expect(chart.note).toMatch(/5 highest and the 5 lowest of 715 units by done; the other 705/);
  });

  it('leaves the rows it was given alone', () => {
    const rows = units(20);
    const before = JSON.stringify(rows);
    topAndBottom(rows, options);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('topAndBottom with an id field', () => {
  it('keys the grouped row OTHERS and records the ids it adds up (an empty id as "none")', () => {
    const rows = units(20).map((r, i) => ({ ...r, unitId: i === 7 ? null : `u${i + 1}` }));
    const chart = topAndBottom(rows, { ...options, id: 'unitId' });
    const others = chart.rows.find((r) => r.unitId === OTHERS);
    expect(others?.unit).toBe('10 other units');
    expect(chart.groupedIds).toHaveLength(10);
    expect(chart.groupedIds).toContain('none');
    const drawn = new Set(chart.rows.map((r) => r.unitId));
    expect(chart.groupedIds.some((id) => drawn.has(id))).toBe(false);
    expect(topAndBottom(units(5), { ...options, id: 'unit' }).groupedIds).toEqual([]);
  });
});
