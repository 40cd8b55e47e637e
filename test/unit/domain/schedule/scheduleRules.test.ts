// Recurrence expansion, missed standups, reminders once per occurrence, and the calendar grids.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  datesOf,
  describeRepeat,
  isoWeekday,
  missedStandups,
  monthWeeks,
  occurrencesBetween,
  scheduleRemindersDue,
  weekDates,
} from '../../../../renderer/domain/schedule/scheduleRules';

const series = (extra: Record<string, unknown> = {}) => ({
  id: 's1',
  kind: 'standup' as const,
  cohortId: 'c1',
  caseworkerId: null,
  coachId: null,
  startDate: '2026-03-02', // a Monday
  time: '08:45',
  durationMinutes: 15,
  repeatDays: [1, 2, 3, 4, 5],
  until: null as string | null,
  skipped: [] as string[],
  place: '',
  entryId: null,
  remindedOn: null as string | null,
  deletedAt: null as string | null,
  ...extra,
});

describe('recurrence', () => {
  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('2024-02-29')).toBe(4);
  });

  it('expands a weekday series inside the window, from its start to its last day, without skipped days', () => {
    expect(datesOf(series(), '2026-02-25', '2026-03-10')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(
      datesOf(series({ until: '2026-03-04', skipped: ['2026-03-03'] }), '2026-03-01', '2026-03-31'),
    ).toEqual(['2026-03-02', '2026-03-04']);
    expect(datesOf(series({ repeatDays: [1, 4] }), '2026-03-01', '2026-03-12')).toEqual([
      '2026-03-02',
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
    ]);
  });

  it('places a one-off on its day only, and leaves out deleted schedules', () => {
    const visit = series({
      id: 'v1',
      kind: 'ride-along',
      cohortId: null,
      caseworkerId: 'p1',
      repeatDays: [],
      time: '10:30',
    });
    expect(datesOf(visit, '2026-03-01', '2026-03-31')).toEqual(['2026-03-02']);
    expect(datesOf(visit, '2026-03-03', '2026-03-31')).toEqual([]);
    const all = occurrencesBetween(
      [series(), visit, series({ id: 'gone', deletedAt: '2026-03-01T00:00:00Z' })],
      '2026-03-02',
      '2026-03-02',
    );
    expect(all.map((o) => [o.scheduleId, o.time, o.recurring])).toEqual([
      ['s1', '08:45', true],
      ['v1', '10:30', false],
    ]);
  });

  it('says how a schedule repeats', () => {
    expect(describeRepeat({ repeatDays: [1, 2, 3, 4, 5], time: '08:45' })).toBe('every weekday at 08:45');
    expect(describeRepeat({ repeatDays: [4, 1], time: '09:00' })).toBe('Mondays and Thursdays at 09:00');
    expect(describeRepeat({ repeatDays: [1, 3, 5], time: '09:00' })).toBe(
      'Mondays, Wednesdays and Fridays at 09:00',
    );
    expect(describeRepeat({ repeatDays: [], time: '10:30' })).toBe('once, at 10:30');
  });
});

describe('missed standups and reminders', () => {
  const held = (date: string) => ({ cohortId: 'c1', date, deletedAt: null });

  it('lists standup days before today with nothing recorded, newest first, within the look-back', () => {
    const standups = [held('2026-03-02'), held('2026-03-04'), { ...held('2026-03-05'), deletedAt: 'x' }];
    expect(missedStandups([series()], standups, '2026-03-06').map((m) => m.date)).toEqual([
      '2026-03-05',
      '2026-03-03',
    ]);
    // Today's standup is not missed yet; days before the look-back are forgotten.
    expect(missedStandups([series()], [], '2026-03-23', 3).map((m) => m.date)).toEqual(['2026-03-20']);
  });

  it('reminds once per occurrence: not again the same day, again on the next', () => {
    expect(scheduleRemindersDue([series()], '2026-03-03').map((o) => o.date)).toEqual(['2026-03-03']);
    expect(scheduleRemindersDue([series({ remindedOn: '2026-03-03' })], '2026-03-03')).toEqual([]);
    expect(scheduleRemindersDue([series({ remindedOn: '2026-03-03' })], '2026-03-04')).toHaveLength(1);
    expect(scheduleRemindersDue([series()], '2026-03-07')).toEqual([]);
  });
});

describe('calendar grids', () => {
  it('builds a Monday-first week and whole weeks covering a month', () => {
    expect(weekDates('2026-03-18')).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
    const march = monthWeeks('2026-03-18');
    expect(march[0]?.[0]).toBe('2026-02-23');
    expect(march.at(-1)?.at(-1)).toBe('2026-04-05');
    expect(march).toHaveLength(6);
    expect(monthWeeks('2027-02-10')).toHaveLength(4);
  });

  it('steps months, keeping the day where it exists', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-18', -3)).toBe('2025-12-18');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});
