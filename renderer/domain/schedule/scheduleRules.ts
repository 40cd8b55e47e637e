// Schedule rules (PRODUCT.md 4.5): a recurring standup or a planned visit becomes dated occurrences; a standup day
// that passed with no standup recorded is missed; an occurrence today raises one reminder. Dates are YYYY-MM-DD and
// "today" is always passed in.
import { addDays, daysBetween } from '../coaching/calendar';
import type { Schedule, Standup } from '../model';

export type ScheduleKind = Schedule['kind'];

export const scheduleKindLabel: Record<ScheduleKind, string> = {
  standup: 'Standup',
  'ride-along': 'Ride-along',
  observation: 'Observation',
  'one-to-one': 'One-to-one',
};

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** ISO weekday of a date: 1 Monday ... 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface Occurrence {
  scheduleId: string;
  kind: ScheduleKind;
  date: string;
  time: string;
  durationMinutes: number;
  cohortId: string | null;
  caseworkerId: string | null;
  coachId: string | null;
  place: string;
  /** The coaching entry holding the visit's prep (planned visits only). */
  entryId: string | null;
  recurring: boolean;
}

type ScheduleShape = Pick<
  Schedule,
  | 'id'
  | 'kind'
  | 'cohortId'
  | 'caseworkerId'
  | 'coachId'
  | 'startDate'
  | 'time'
  | 'durationMinutes'
  | 'repeatDays'
  | 'until'
  | 'skipped'
  | 'place'
  | 'entryId'
  | 'deletedAt'
>;

/** The dates in [from, to] on which one schedule takes place. */
export function datesOf(schedule: ScheduleShape, from: string, to: string): string[] {
  const first = schedule.startDate > from ? schedule.startDate : from;
  const last = schedule.until !== null && schedule.until < to ? schedule.until : to;
  if (first > last) return [];
  if (schedule.repeatDays.length === 0)
    return schedule.startDate >= from && schedule.startDate <= to ? [schedule.startDate] : [];
  const days = new Set(schedule.repeatDays);
  const skipped = new Set(schedule.skipped);
  const out: string[] = [];
  let weekday = isoWeekday(first);
  for (let d = first, n = daysBetween(first, last); n >= 0; n--, d = addDays(d, 1)) {
    if (days.has(weekday) && !skipped.has(d)) out.push(d);
    weekday = weekday === 7 ? 1 : weekday + 1;
  }
  return out;
}

/** Every occurrence of every live schedule in [from, to], by date and time. */
export function occurrencesBetween(
  schedules: readonly ScheduleShape[],
  from: string,
  to: string,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const s of schedules) {
    if (s.deletedAt !== null) continue;
    for (const date of datesOf(s, from, to))
      out.push({
        scheduleId: s.id,
        kind: s.kind,
        date,
        time: s.time,
        durationMinutes: s.durationMinutes,
        cohortId: s.cohortId,
        caseworkerId: s.caseworkerId,
        coachId: s.coachId,
        place: s.place,
        entryId: s.entryId,
        recurring: s.repeatDays.length > 0,
      });
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.time.localeCompare(b.time) ||
      a.scheduleId.localeCompare(b.scheduleId),
  );
}

export interface MissedStandup {
  scheduleId: string;
  cohortId: string;
  date: string;
  time: string;
}

/**
 * Standup days of the last `lookbackDays` before today (today itself is still to come) with no standup recorded for
 * that cohort and day: missed, newest first.
 */
export function missedStandups(
  schedules: readonly ScheduleShape[],
  standups: ReadonlyArray<Pick<Standup, 'cohortId' | 'date' | 'deletedAt'>>,
  today: string,
  lookbackDays = 14,
): MissedStandup[] {
  const held = new Set(standups.filter((s) => s.deletedAt === null).map((s) => `${s.cohortId}|${s.date}`));
  const from = addDays(today, -lookbackDays);
  const to = addDays(today, -1);
  return occurrencesBetween(
    schedules.filter((s) => s.kind === 'standup'),
    from,
    to,
  )
    .filter((o) => o.cohortId !== null && !held.has(`${o.cohortId}|${o.date}`))
    .map((o) => ({ scheduleId: o.scheduleId, cohortId: o.cohortId ?? '', date: o.date, time: o.time }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.time.localeCompare(b.time));
}

/** Today's occurrences whose reminder has not gone out yet (the schedule remembers the last day it reminded). */
export function scheduleRemindersDue(
  schedules: ReadonlyArray<ScheduleShape & Pick<Schedule, 'remindedOn'>>,
  today: string,
): Occurrence[] {
  const reminded = new Map(schedules.map((s) => [s.id, s.remindedOn]));
  return occurrencesBetween(schedules, today, today).filter((o) => reminded.get(o.scheduleId) !== today);
}

/** "Every weekday at 08:45", "Mondays and Thursdays at 09:00", "once, at 10:30": how a schedule repeats, in words. */
export function describeRepeat(schedule: Pick<Schedule, 'repeatDays' | 'time'>): string {
  const days = [...new Set(schedule.repeatDays)].sort((a, b) => a - b);
  const at = `at ${schedule.time}`;
  if (days.length === 0) return `once, ${at}`;
  if (days.length === 7) return `every day ${at}`;
  if (days.join() === '1,2,3,4,5') return `every weekday ${at}`;
  const names = days.map((d) => `${weekdayNames[d - 1] ?? ''}s`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `${list ?? ''} ${at}`;
}

// ---------- Calendar grids ----------

/** The Monday on or before `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates of the week (Monday first) that holds `date`. */
export function weekDates(date: string): string[] {
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks (Monday first, whole weeks) that cover the month of `date`: the rows of a month view. */
export function monthWeeks(date: string): string[][] {
  const first = `${date.slice(0, 7)}-01`;
  const next = addDays(first, 32).slice(0, 7);
  const last = addDays(`${next}-01`, -1);
  const weeks: string[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = addDays(monday, 7))
    weeks.push(weekDates(monday));
  return weeks;
}

/** The same day one month later or earlier (clamped to the month's last day), for stepping a month view. */
export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const firstOfMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const lastDay = Number(addDays(addDays(firstOfMonth, 32).slice(0, 8) + '01', -1).slice(8));
  return `${firstOfMonth.slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
