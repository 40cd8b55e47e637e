// Where a calendar occurrence leads and what it is called; shared by the calendar and Today on Home, kept apart from
// the calendar page so Home does not pull the (lazily loaded) page in.
import { eventTitle } from '../../domain/schedule/scheduleIcs';
import type { Occurrence } from '../../domain/schedule/scheduleRules';
import type { ScheduleNames } from './useSchedules';

/** Where an occurrence leads: a standup to its form for that day, a planned visit to its prep. */
export function occurrenceHref(o: Occurrence): string {
  if (o.kind === 'standup') return `~/coaching/standups/${o.cohortId ?? ''}/${o.date}`;
  return o.entryId ? `~/coaching/entries/${o.entryId}` : `~/coaching/entries/new?plan=${o.scheduleId}`;
}

export function occurrenceTitle(o: Occurrence, model: ScheduleNames): string {
  return eventTitle(o, { cohort: model.cohortName, person: model.personName, coach: model.coachName });
}
