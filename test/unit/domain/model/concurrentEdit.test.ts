import { describe, expect, it } from 'vitest';
import {
  changedFields,
  EditConflictError,
  isLive,
  mergeEdit,
  nextStamp,
  sameValue,
} from '../../../../renderer/domain/model';

describe('isLive', () => {
  it('is true for records outside Trash only', () => {
    expect(isLive({ deletedAt: null })).toBe(true);
    expect(isLive({ deletedAt: '2026-03-01T10:00:00.000Z' })).toBe(false);
  });
});

describe('sameValue and changedFields', () => {
  it('compares plain data deeply', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(changedFields({ a: 1, b: 2 }, { a: 1, b: 3, c: 4 })).toEqual(['b', 'c']);
  });
});

describe('mergeEdit', () => {
  const opened = { name: 'Ana Lopez', caseload: 12, status: 'active', notes: ['x'] };

  it('keeps only the fields this edit changed, so a change made elsewhere to other fields survives', () => {
    const stored = { ...opened, status: 'on-leave' };
    const edited = { ...opened, caseload: 99 };
    expect(mergeEdit(opened, stored, edited)).toEqual({ ok: true, changes: { caseload: 99 } });
  });

  it('refuses when both changed the same field to different values, naming it', () => {
    const stored = { ...opened, caseload: 20 };
    const edited = { ...opened, caseload: 99, status: 'left' };
    expect(mergeEdit(opened, stored, edited)).toEqual({ ok: false, conflicts: ['caseload'] });
  });

  it('is no conflict when both made the same change', () => {
    const stored = { ...opened, caseload: 99 };
    expect(mergeEdit(opened, stored, { ...opened, caseload: 99 })).toEqual({
      ok: true,
      changes: { caseload: 99 },
    });
  });

  it('compares nested values as wholes', () => {
    const stored = { ...opened, notes: ['x', 'y'] };
    expect(mergeEdit(opened, stored, { ...opened, notes: ['z'] })).toEqual({
      ok: false,
      conflicts: ['notes'],
    });
  });
});

describe('EditConflictError', () => {
  it('says what changed elsewhere in words', () => {
    expect(new EditConflictError('caseworker', ['caseload', 'startDate']).message).toMatch(
      /^This caseworker was changed elsewhere since you opened it: caseload, start date\./,
    );
  });
});

describe('nextStamp', () => {
  it('is now, or a millisecond after the previous stamp when the clock has not moved past it', () => {
    expect(nextStamp('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:05.000Z')).toBe(
      '2026-03-01T10:00:05.000Z',
    );
    expect(nextStamp('2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')).toBe(
      '2026-03-01T10:00:00.001Z',
    );
    expect(nextStamp('2026-03-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z')).toBe(
      '2026-03-01T10:00:00.001Z',
    );
  });
});
