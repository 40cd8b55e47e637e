import { describe, expect, it } from 'vitest';
import {
  applyChange,
  checkRecordFields,
  formatStamp,
  mergePulled,
  mergeStates,
  type Change,
  type RecordState,
} from '../../../../renderer/domain/sync';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ID = '11111111-1111-4111-8111-111111111111';
const at = (ms: number, device: string) => formatStamp({ ms, counter: 0 }, device);

function state(fields: Record<string, [unknown, string]>, purged: string | null = null): RecordState {
  return {
    table: 'gaps',
    id: ID,
    fields: Object.fromEntries(Object.entries(fields).map(([k, [v]]) => [k, v])),
    stamps: Object.fromEntries(Object.entries(fields).map(([k, [, s]]) => [k, s])),
    purged,
    conflicts: [],
  };
}
function change(s: RecordState, base: Record<string, string | null>): Change {
  return { table: s.table, id: s.id, fields: s.fields, stamps: s.stamps, base, purged: s.purged };
}

describe('field-level merge', () => {
  it('keeps both edits when two desks change different fields of one record', () => {
    const start = state({ expectation: ['Visits', at(1, A)], status: ['open', at(1, A)] });
    const fromA = state({ expectation: ['Visits monthly', at(5, A)], status: ['open', at(1, A)] });
    const fromB = state({ expectation: ['Visits', at(1, A)], status: ['resolved', at(6, B)] });
    const hub = applyChange(
      applyChange(start, change(fromA, { expectation: at(1, A) })).next,
      change(fromB, { status: at(1, A) }),
    );
    expect(hub.next.fields).toEqual({ expectation: 'Visits monthly', status: 'resolved' });
    expect(hub.next.conflicts).toEqual([]);
  });

  it('settles the same field edited on two desks by the later stamp, whatever the order, and reports it', () => {
    const start = state({ status: ['open', at(1, A)] });
    const fromA = change(state({ status: ['in-progress', at(5, A)] }), { status: at(1, A) });
    const fromB = change(state({ status: ['dropped', at(7, B)] }), { status: at(1, A) });
    const ab = applyChange(applyChange(start, fromA).next, fromB).next;
    const ba = applyChange(applyChange(start, fromB).next, fromA).next;
    expect(ab).toEqual(ba);
    expect(ab.fields.status).toBe('dropped');
    expect(ab.conflicts).toEqual([{ field: 'status', winner: at(7, B), loser: at(5, A) }]);
  });

  it('changes nothing when a push is retried', () => {
    const start = state({ status: ['open', at(1, A)] });
    const push = change(state({ status: ['resolved', at(5, B)] }), { status: at(1, A) });
    const once = applyChange(start, push);
    const twice = applyChange(once.next, push);
    expect(once.changed).toBe(true);
    expect(twice.changed).toBe(false);
    expect(twice.next).toEqual(once.next);
  });

  it('does not call an edit on top of what the desk had seen a conflict', () => {
    const hub = state({ status: ['in-progress', at(5, B)] });
    const push = change(state({ status: ['resolved', at(9, A)] }), { status: at(5, B) });
    expect(applyChange(hub, push).conflicts).toEqual([]);
  });

  it('lets a tombstone travel like any field, and a restore after it win', () => {
    const deleted = state({ deletedAt: ['2026-03-01T00:00:00.000Z', at(5, A)] });
    const restored = state({ deletedAt: [null, at(8, B)] });
    expect(mergeStates(deleted, restored).fields.deletedAt).toBeNull();
    expect(mergeStates(restored, deleted).fields.deletedAt).toBeNull();
  });

  it('never brings back a purged record, whatever arrives later', () => {
    const purged = state({}, at(5, A));
    const lateEdit = change(state({ status: ['open', at(99, B)] }), { status: null });
    const applied = applyChange(purged, lateEdit);
    expect(applied.accepted).toBe(false);
    expect(applied.next.purged).toBe(at(5, A));
    expect(mergeStates(state({ status: ['open', at(99, B)] }), purged).purged).toBe(at(5, A));
  });

  it('tells a desk which of its unpushed edits lost to a later write', () => {
    const local = state({ status: ['resolved', at(5, A)], expectation: ['x', at(5, A)] });
    const remote = state({ status: ['dropped', at(9, B)], expectation: ['x', at(1, B)] });
    const { next, lostFields } = mergePulled(local, remote, new Set(['status', 'expectation']));
    expect(next.fields).toEqual({ status: 'dropped', expectation: 'x' });
    expect(lostFields).toEqual(['status']);
  });
});

describe('checkRecordFields', () => {
  it('accepts a complete record and names the field that breaks the domain schema', () => {
    const ok = {
      createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
      deletedAt: null,
      name: 'Intake North',
      supervisorName: '',
      programArea: '',
    };
    expect(checkRecordFields('units', ok)).toBeNull();
    expect(checkRecordFields('units', { ...ok, name: '' })).toMatch(/^name:/);
    expect(checkRecordFields('units', { ...ok, secret: 1 })).not.toBeNull();
    expect(checkRecordFields('drafts', ok)).toMatch(/does not sync/);
  });
});
