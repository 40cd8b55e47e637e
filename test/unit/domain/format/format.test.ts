// The one way the app writes counts, shares and dates.
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayOr,
  formatMonth,
  formatPercent,
  percentOf,
  percentText,
  plural,
  progressPercent,
} from '../../../../renderer/domain/format/format';

describe('percentOf: whole percent, rounded half up, null for nothing of nothing', () => {
  it('rounds the way a person would, the same for every screen', () => {
    expect(percentOf(1, 6)).toBe(17);
    expect(percentOf(5, 6)).toBe(83);
    expect(percentOf(1, 8)).toBe(13); // 12.5 rounds up
    expect(percentOf(3, 8)).toBe(38); // 37.5 rounds up
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(897, 1000)).toBe(90);
    expect(percentOf(0, 7)).toBe(0);
    expect(percentOf(7, 7)).toBe(100);
  });

  it('has no percentage for 0 of 0, shown as a dash', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(formatPercent(null)).toBe('—');
    expect(percentText(0, 0)).toBe('—');
    expect(percentText(1, 6)).toBe('17%');
  });

  it('is the nearest whole percent, halves going up, for every share of up to 200', () => {
    for (let whole = 1; whole <= 200; whole++) {
      for (let part = 0; part <= whole; part++) {
        const error = (percentOf(part, whole) ?? Number.NaN) - (100 * part) / whole;
        expect(Number.isInteger(percentOf(part, whole))).toBe(true);
        expect(error).toBeGreaterThan(-0.5);
        expect(error).toBeLessThanOrEqual(0.5);
      }
    }
  });
});

describe('progressPercent: how far a running task is', () => {
  it('rounds down, so it reads 100% only when everything is done', () => {
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(0, 0)).toBeNull();
  });
});

describe('plural', () => {
  it('puts the count before the right noun', () => {
    expect(plural(1, 'caseworker')).toBe('1 caseworker');
    expect(plural(0, 'caseworker')).toBe('0 caseworkers');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});

describe('dates', () => {
  it('keeps the stored calendar day and month whatever the time zone', () => {
    const day = formatDay('2026-03-14');
    expect(day).toContain('2026');
    expect(day).toContain('14');
    expect(formatMonth('2026-03')).toContain('2026');
    expect(formatDayOr(null)).toBe('not set');
    expect(formatDayOr('2026-03-14')).toBe(day);
  });
});
