// The one way the app writes counts, shares and dates.
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayOr,
  formatDayRange,
  formatDayShort,
  formatDayWithWeekday,
  formatMonth,
  formatMonthTick,
  formatWeekday,
  setDisplayLocale,
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

/** ICU puts thin spaces around a range's dash; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('dates', () => {
  afterEach(() => setDisplayLocale('en-US'));

  it('keeps the stored calendar day and month whatever the time zone', () => {
    const day = formatDay('2026-03-14');
    expect(day).toBe('Mar 14, 2026');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatDayOr(null)).toBe('not set');
    expect(formatDayOr('2026-03-14')).toBe(day);
  });

  it('writes days one way in en-US (the tests’ pinned locale)', () => {
    expect(formatDayShort('2026-03-14')).toBe('Mar 14');
    expect(formatWeekday('2026-03-14')).toBe('Saturday');
    expect(formatWeekday('2026-03-14', 'short')).toBe('Sat');
    expect(formatDayWithWeekday('2026-03-14')).toBe('Sat, Mar 14, 2026');
    expect(plain(formatDayRange('2026-03-09', '2026-03-15'))).toBe('Mar 9 – 15, 2026');
    expect(plain(formatDayRange('2026-03-30', '2026-04-05'))).toBe('Mar 30 – Apr 5, 2026');
    expect(formatDayRange('2026-03-14', '2026-03-14')).toBe('Mar 14, 2026');
    expect(formatMonthTick('2026-03')).toBe('Mar 26');
  });

  it('follows the display locale: de-DE and en-GB', () => {
    setDisplayLocale('de-DE');
    expect(formatDay('2026-03-14')).toBe('14. März 2026');
    expect(formatWeekday('2026-03-14')).toBe('Samstag');
    expect(formatMonth('2026-03')).toBe('März 2026');
    expect(plain(formatDayRange('2026-03-09', '2026-03-15'))).toBe('9.–15. März 2026');
    setDisplayLocale('en-GB');
    expect(formatDay('2026-03-14')).toBe('14 Mar 2026');
    expect(formatDayShort('2026-03-14')).toBe('14 Mar');
    expect(formatMonth('2026-03')).toBe('March 2026');
  });
});
