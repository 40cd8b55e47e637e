// The supervisor's Today (issue 14): one due list for the coming week, split into due now (today or overdue) and coming
// up this week, each mine first, then my unit's; standup follow-ups still to handle, ride-alongs missing a prep or
// debrief, today's planned standups and visits, and standups missed.
import { dueItems, type DueItem } from '../coaching/dueList';
import { addDays, type DaySpan } from '../coaching/calendar';
import { incompleteRideAlongs, partRecorded } from '../coaching/rideAlongs';
import type { Caseworker, CoachingEntry, Cohort, Schedule, Standup } from '../model';
import {
  missedStandups,
  occurrencesBetween,
  type MissedStandup,
  type Occurrence,
} from '../schedule/scheduleRules';

export interface TodayInput {
  today: string;
  /**
   * Coaching entries: all of them, or (at agency scale) those that can be due within DUE_HORIZON_DAYS and the
   * incomplete ride-alongs of the last RIDE_ALONG_DAYS, with `latestEntryDates` then given for their caseworkers.
   */
  entries: readonly CoachingEntry[];
  /** Each caseworker's latest live entry date, when `entries` is not all of them (see dueItems). */
  latestEntryDates?: ReadonlyMap<string, string>;
  standups: readonly Standup[];
  schedules: readonly Schedule[];
  /**
   * Caseworkers and their units: every live one, or at least the live caseworkers of the home unit (whether someone
   * is in that unit is all Today asks; with no home unit it asks nothing).
   */
  caseworkers: readonly Pick<Caseworker, 'id' | 'unitId'>[];
  cohorts: readonly Pick<Cohort, 'id' | 'members' | 'headCoachId'>[];
  /** The supervisor's unit (Settings); null means every unit. */
  homeUnitId: string | null;
  /** The coach record that is the person using the app (Settings); their items come first. */
  meCoachId: string | null;
}

export interface OpenFollowUp {
  standupId: string;
  cohortId: string;
  date: string;
  caseworkerId: string;
}

export interface PlannedToday extends Occurrence {
  /** Standups: whether today's was recorded already. */
  held: boolean;
}

/** Due items in one time band: the user's own first, then the rest of their unit's. */
export interface DueGroups {
  mine: DueItem[];
  unit: DueItem[];
}

export interface TodayModel {
  /** Due today or overdue. */
  dueNow: DueGroups;
  /** Due after today, within DUE_HORIZON_DAYS. */
  comingUp: DueGroups;
  followUps: OpenFollowUp[];
  incompleteRideAlongs: Array<{
    entryId: string;
    caseworkerId: string;
    date: string;
    missing: ('prep' | 'debrief')[];
  }>;
  planned: PlannedToday[];
  missed: MissedStandup[];
}

/** How far back follow-ups and incomplete ride-alongs are still worth a supervisor's morning. */
const FOLLOW_UP_DAYS = 7;
/** How far ahead Today looks for due items: the same week as the full due list's default. */
export const DUE_HORIZON_DAYS = 7;
export const RIDE_ALONG_DAYS = 30;

/**
 * The days of the standups Today reads (its follow-ups, what was held today, the standups missed): every one it uses
 * is dated in this span, so the rest of an agency's standups need not be read for it.
 */
export const todayStandupDays = (today: string): DaySpan => ({
  from: addDays(today, -FOLLOW_UP_DAYS),
  to: today,
});

export function buildToday(input: TodayInput): TodayModel {
  const { today } = input;
  const unitOf = new Map(input.caseworkers.map((c) => [c.id, c.unitId]));
  const inMyUnit = (caseworkerId: string) =>
    input.homeUnitId === null || unitOf.get(caseworkerId) === input.homeUnitId;
  const coachOf = new Map(input.entries.map((e) => [e.id, e.coachId]));
  const isMine = (item: DueItem) =>
    input.meCoachId !== null &&
    (item.kind === 'action-item'
      ? item.ownerId === input.meCoachId
      : coachOf.get(item.entryId) === input.meCoachId);

  // One list, split once: every item lands in exactly one band and, within it, in mine or my unit's.
  const dueNow: DueGroups = { mine: [], unit: [] };
  const comingUp: DueGroups = { mine: [], unit: [] };
  for (const item of dueItems(input.entries, today, DUE_HORIZON_DAYS, input.latestEntryDates)) {
    const band = item.status === 'soon' ? comingUp : dueNow;
    if (isMine(item)) band.mine.push(item);
    else if (inMyUnit(item.caseworkerId)) band.unit.push(item);
  }

  // Each cohort's latest standup of the week: an older "didn't use it" is overtaken by the newer answer.
  const since = addDays(today, -FOLLOW_UP_DAYS);
  const latest = new Map<string, Standup>();
  for (const s of input.standups) {
    if (s.deletedAt !== null || s.date < since || s.date > today) continue;
    const seen = latest.get(s.cohortId);
    if (!seen || seen.date < s.date) latest.set(s.cohortId, s);
  }
  const followUps = [...latest.values()]
    .sort((a, b) => b.date.localeCompare(a.date) || a.cohortId.localeCompare(b.cohortId))
    .flatMap((s) =>
      s.rows
        .filter((r) => !r.absent && r.usedToolYesterday === false && !r.followUpHandledAt)
        .filter((r) => inMyUnit(r.caseworkerId))
        .map((r) => ({ standupId: s.id, cohortId: s.cohortId, date: s.date, caseworkerId: r.caseworkerId })),
    );

  const rideSince = addDays(today, -RIDE_ALONG_DAYS);
  const rideParts = ['prep', 'debrief'] as const;
  const rides = incompleteRideAlongs(input.entries)
    .filter((e) => e.date >= rideSince && e.date <= today && inMyUnit(e.caseworkerId))
    .map((e) => ({
      entryId: e.id,
      caseworkerId: e.caseworkerId,
      date: e.date,
      // By presence (partRecorded): a sealed part is a recorded one, so no note is decrypted to list these.
      missing: rideParts.filter((part) => !partRecorded(e, part)),
    }));

  // A cohort is the supervisor's when one of its members is in their unit.
  const myCohorts = new Set(
    input.cohorts.filter((c) => c.members.some((m) => inMyUnit(m.caseworkerId))).map((c) => c.id),
  );
  const relevant = (o: { cohortId: string | null; caseworkerId: string | null }) =>
    o.cohortId !== null ? myCohorts.has(o.cohortId) : o.caseworkerId === null || inMyUnit(o.caseworkerId);
  const heldToday = new Set(
    input.standups.filter((s) => s.deletedAt === null && s.date === today).map((s) => s.cohortId),
  );
  const planned = occurrencesBetween(input.schedules, today, today)
    .filter(relevant)
    .map((o) => ({ ...o, held: o.kind === 'standup' && o.cohortId !== null && heldToday.has(o.cohortId) }));
  const missed = missedStandups(input.schedules, input.standups, today, FOLLOW_UP_DAYS).filter((m) =>
    myCohorts.has(m.cohortId),
  );

  return { dueNow, comingUp, followUps, incompleteRideAlongs: rides, planned, missed };
}

/**
 * Everyone Today names: the caseworkers of its due items, follow-ups, ride-alongs and planned visits, and the owners
 * of its action items (an owner may be a coach). Only these names are read, not the roster's.
 */
export function peopleNamedToday(day: TodayModel): string[] {
  const ids = new Set<string>();
  for (const band of [day.dueNow, day.comingUp])
    for (const item of [...band.mine, ...band.unit]) {
      ids.add(item.caseworkerId);
      if (item.ownerId) ids.add(item.ownerId);
    }
  for (const f of day.followUps) ids.add(f.caseworkerId);
  for (const r of day.incompleteRideAlongs) ids.add(r.caseworkerId);
  for (const p of day.planned) if (p.caseworkerId) ids.add(p.caseworkerId);
  return [...ids].sort();
}
