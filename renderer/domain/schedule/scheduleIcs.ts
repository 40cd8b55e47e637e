// The schedule as an iCalendar (.ics) file for Outlook and other calendars: each standup series one repeating event
// (weekly on its days, until its last day, without its called-off days), each planned visit one event. Times are
// "floating" (the wall-clock time wherever the calendar is), as a standup at 8:45 is meant.
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { Schedule } from '../model';
import { scheduleKindLabel } from './scheduleRules';

const ISO_TO_ICAL: Record<number, ICalWeekday> = {
  1: ICalWeekday.MO,
  2: ICalWeekday.TU,
  3: ICalWeekday.WE,
  4: ICalWeekday.TH,
  5: ICalWeekday.FR,
  6: ICalWeekday.SA,
  7: ICalWeekday.SU,
};

export interface IcsNames {
  cohort: (id: string) => string;
  person: (id: string) => string;
  coach: (id: string | null) => string | null;
}

/** A local date and time as a Date whose local fields are that wall-clock time (written out floating). */
function wallClock(date: string, time: string, plusMinutes = 0): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, min = 0] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min + plusMinutes);
}

/** What the event is called in someone's calendar. */
export function eventTitle(
  schedule: Pick<Schedule, 'kind' | 'cohortId' | 'caseworkerId'>,
  names: IcsNames,
): string {
  return schedule.kind === 'standup'
    ? `Standup: ${names.cohort(schedule.cohortId ?? '')}`
    : `${scheduleKindLabel[schedule.kind]} with ${names.person(schedule.caseworkerId ?? '')}`;
}

export function schedulesToIcs(
  schedules: readonly Schedule[],
  names: IcsNames,
  options: { name: string; now: Date },
): string {
  const calendar = ical({ name: options.name, prodId: { company: 'Cohort Coach', product: 'Schedule' } });
  for (const s of schedules) {
    if (s.deletedAt !== null) continue;
    const coach = names.coach(s.coachId);
    const event = calendar.createEvent({
      id: `${s.id}@cohort-coach`,
      start: wallClock(s.startDate, s.time),
      end: wallClock(s.startDate, s.time, s.durationMinutes),
      floating: true,
      stamp: options.now,
      summary: eventTitle(s, names),
      description: [
        s.kind === 'standup'
          ? 'Daily standup, three questions each: what did I try and learn yesterday; what problems did I meet and how did I overcome them; what will I try today.'
          : '',
        coach ? `Coach: ${coach}` : '',
        s.notes,
      ]
        .filter(Boolean)
        .join('\n'),
      location: s.place || null,
    });
    if (s.repeatDays.length > 0)
      event.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [...new Set(s.repeatDays)].sort().map((d) => ISO_TO_ICAL[d] ?? ICalWeekday.MO),
        ...(s.until ? { until: wallClock(s.until, '23:59') } : {}),
        ...(s.skipped.length > 0 ? { exclude: s.skipped.map((d) => wallClock(d, s.time)) } : {}),
      });
  }
  return calendar.toString();
}
