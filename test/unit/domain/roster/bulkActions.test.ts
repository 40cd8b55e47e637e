import { describe, expect, it } from 'vitest';
import {
  bulkMessage,
  planBulk,
  selectAllState,
  selectedAmong,
  toggleMany,
  toggleOne,
} from '../../../../renderer/domain/roster/bulkActions';

const people = [
  { id: 'a', unitId: 'u1', status: 'active' as const },
  { id: 'b', unitId: 'u2', status: 'on-leave' as const },
  { id: 'c', unitId: null, status: 'active' as const },
];
const units = [
  { id: 'u1', name: 'Intake North', deletedAt: null, deactivatedOn: null },
  { id: 'u2', name: 'Kinship Care', deletedAt: null, deactivatedOn: '2026-11-30' },
  { id: 'u3', name: 'Gone', deletedAt: '2026-01-01T00:00:00.000Z', deactivatedOn: null },
];

describe('the selection', () => {
  it('ticks and unticks one person without touching the set it was given', () => {
    const none = new Set<string>();
    const one = toggleOne(none, 'a');
    expect([...one]).toEqual(['a']);
    expect(none.size).toBe(0);
    expect([...toggleOne(one, 'a')]).toEqual([]);
    expect([...toggleOne(one, 'a', true)]).toEqual(['a']);
  });

  it('selects all the rows shown, or none of them, keeping others ticked', () => {
    const all = toggleMany(new Set(['z']), ['a', 'b', 'c'], true);
    expect([...all].sort()).toEqual(['a', 'b', 'c', 'z']);
    expect([...toggleMany(all, ['a', 'b', 'c'], false)]).toEqual(['z']);
  });

  it('shows the select-all box as none, some (mixed) or all', () => {
    expect(selectAllState(new Set(), ['a', 'b'])).toBe('none');
    expect(selectAllState(new Set(['a']), ['a', 'b'])).toBe('some');
    expect(selectAllState(new Set(['a', 'b', 'x']), ['a', 'b'])).toBe('all');
  });

  it('acts only on the selected people the filters still show, in the list order', () => {
    expect(selectedAmong(new Set(['c', 'a', 'x']), people).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('handles an agency: selecting 5,000 people and reading the selection back is one pass each', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      unitId: null,
      status: 'active' as const,
    }));
    const selected = toggleMany(
      new Set(),
      many.map((p) => p.id),
      true,
    );
    expect(
      selectAllState(
        selected,
        many.map((p) => p.id),
      ),
    ).toBe('all');
    expect(selectedAmong(selected, many)).toHaveLength(5000);
  });
});

describe('planning a bulk action', () => {
  it('moves only the people not yet in the unit, and counts the rest', () => {
    expect(planBulk(people, { kind: 'move', unitId: 'u1' }, units)).toEqual({
      ok: true,
      ids: ['b', 'c'],
      unchanged: 1,
    });
    expect(planBulk(people, { kind: 'move', unitId: null }, units)).toEqual({
      ok: true,
      ids: ['a', 'b'],
      unchanged: 1,
    });
  });

  it('refuses a move into a deactivated unit or one in Trash, saying why', () => {
    const deactivated = planBulk(people, { kind: 'move', unitId: 'u2' }, units);
    expect(deactivated).toEqual({
      ok: false,
      reason: 'Kinship Care is deactivated and takes no new people. Reactivate it on the Units page first.',
    });
    expect(planBulk(people, { kind: 'move', unitId: 'u3' }, units)).toMatchObject({ ok: false });
  });

  it('sets a status only where it differs; Trash takes everyone; nothing selected is refused', () => {
    expect(planBulk(people, { kind: 'status', status: 'active' }, units)).toEqual({
      ok: true,
      ids: ['b'],
      unchanged: 2,
    });
    expect(planBulk(people, { kind: 'trash' }, units)).toEqual({
      ok: true,
      ids: ['a', 'b', 'c'],
      unchanged: 0,
    });
    expect(planBulk([], { kind: 'trash' }, units)).toMatchObject({ ok: false });
  });
});

describe('what the toast says', () => {
  it('counts what changed and what already was so', () => {
    expect(bulkMessage({ kind: 'move', unitId: 'u1' }, 2, 1, 'Intake North')).toBe(
      '2 caseworkers moved to Intake North. 1 was there already.',
    );
    expect(bulkMessage({ kind: 'move', unitId: null }, 1, 0, '')).toBe(
      '1 caseworker taken out of their unit.',
    );
    expect(bulkMessage({ kind: 'status', status: 'on-leave' }, 3, 2, '')).toBe(
      '3 caseworkers set to on leave. 2 were on leave already.',
    );
    expect(bulkMessage({ kind: 'trash' }, 1200, 0, '')).toBe('1,200 caseworkers moved to Trash.');
  });
});
