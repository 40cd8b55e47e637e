// The .ics export parses as iCalendar and says what a calendar needs: repeating standups and one-off visits.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../renderer/data/repository';
import { schedulesToIcs } from '../../../../renderer/domain/schedule/scheduleIcs';

const cohortId = crypto.randomUUID();
const personId = crypto.randomUUID();
const names = {
  cohort: (id: string) => (id === cohortId ? 'Intake North' : '?'),
  person: (id: string) => (id === personId ? "Seán O'Brien" : '?'),
  coach: (id: string | null) => (id ? 'Renée Castellanos' : null),
};

describe('schedulesToIcs', () => {
  it('writes a repeating standup and a one-off ride-along that a calendar can read', () => {
    const standup = makeRecord('schedules', {
      kind: 'standup',
      cohortId,
      coachId: crypto.randomUUID(),
      startDate: '2026-03-02',
      time: '08:45',
      durationMinutes: 15,
      repeatDays: [1, 2, 3, 4, 5],
      until: '2026-06-30',
      skipped: ['2026-03-04'],
    });
    const ride = makeRecord('schedules', {
      kind: 'ride-along',
      caseworkerId: personId,
      startDate: '2026-03-18',
      time: '10:30',
      durationMinutes: 120,
      place: 'Home visit',
    });
    const gone = {
      ...makeRecord('schedules', { ...ride, startDate: '2026-03-19' }),
      deletedAt: '2026-03-01T00:00:00Z',
    };
    const text = schedulesToIcs([standup, ride, gone], names, {
      name: 'Cohort Coach schedule',
      now: new Date(Date.UTC(2026, 2, 18, 9, 30)),
    });

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Standup: Intake North', "Ride-along with Seán O'Brien"]);

    const [series, visit] = events;
    expect(series?.startDate.toString()).toBe('2026-03-02T08:45:00');
    expect(series?.endDate.toString()).toBe('2026-03-02T09:00:00');
    // Floating: no time zone, no "Z", so 8:45 stays 8:45 wherever the calendar is.
    expect(text).toMatch(/DTSTART:20260302T084500\r?\n/);
    expect(series?.isRecurring()).toBe(true);
    const rule = series?.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.getComponent('byday')).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
    expect(series?.component.getFirstPropertyValue('exdate')?.toString()).toBe('2026-03-04T08:45:00');
    expect(series?.description).toContain('Coach: Renée Castellanos');
    // The first five occurrences skip the called-off Wednesday.
    const it = series!.iterator();
    const firstFive = Array.from({ length: 5 }, () => it.next()?.toString());
    expect(firstFive).toEqual([
      '2026-03-02T08:45:00',
      '2026-03-03T08:45:00',
      '2026-03-05T08:45:00',
      '2026-03-06T08:45:00',
      '2026-03-09T08:45:00',
    ]);

    expect(visit?.isRecurring()).toBe(false);
    expect(visit?.startDate.toString()).toBe('2026-03-18T10:30:00');
    expect(visit?.endDate.toString()).toBe('2026-03-18T12:30:00');
    expect(visit?.location).toBe('Home visit');
    expect(visit?.uid).toBe(`${ride.id}@cohort-coach`);
  });
});
