// Coaching series: activity per coach by kind, ride-along prep/debrief completion by month, renegade-system sightings.
import type { Coach, CoachingEntry, renegadeKinds } from '../model';
import { coachingKinds } from '../model';
import type { Selection } from './dashboardFilter';

type Kind = (typeof coachingKinds)[number];
type Renegade = (typeof renegadeKinds)[number];

const live = (entries: readonly CoachingEntry[], scope: Selection) =>
  entries.filter((e) => e.deletedAt === null && scope.ids.has(e.caseworkerId) && scope.inRange(e.date));

export type CoachActivity = { coach: string; total: number } & Record<Kind, number>;

export function toCoachActivitySeries(
  entries: readonly CoachingEntry[],
  coaches: readonly Coach[],
  scope: Selection,
): CoachActivity[] {
  const names = new Map(coaches.map((c) => [c.id, c.name]));
  const rows = new Map<string, CoachActivity>();
  for (const e of live(entries, scope)) {
    const coach = e.coachId ? (names.get(e.coachId) ?? 'Former coach') : 'No coach recorded';
    const row =
      rows.get(coach) ??
      ({ coach, total: 0, ...Object.fromEntries(coachingKinds.map((k) => [k, 0])) } as CoachActivity);
    row[e.kind] += 1;
    row.total += 1;
    rows.set(coach, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.coach.localeCompare(b.coach));
}

export interface RideAlongPoint {
  month: string;
  total: number;
  complete: number;
  missingPrep: number;
  missingDebrief: number;
  /** Percent complete (prep and debrief both recorded), or null when there were none. */
  completionRate: number | null;
}

/** A ride-along is complete when its prep and its debrief are both recorded. */
export function toRideAlongCompletionSeries(
  entries: readonly CoachingEntry[],
  scope: Selection,
): RideAlongPoint[] {
  const byMonth = new Map<string, RideAlongPoint>();
  for (const e of live(entries, scope)) {
    if (e.kind !== 'ride-along') continue;
    const month = e.date.slice(0, 7);
    const p = byMonth.get(month) ?? {
      month,
      total: 0,
      complete: 0,
      missingPrep: 0,
      missingDebrief: 0,
      completionRate: null,
    };
    p.total += 1;
    if (!e.prep) p.missingPrep += 1;
    if (!e.debrief) p.missingDebrief += 1;
    if (e.prep && e.debrief) p.complete += 1;
    p.completionRate = Math.round((1000 * p.complete) / p.total) / 10;
    byMonth.set(month, p);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

export type RenegadePoint = { month: string; fieldEntries: number; total: number } & Record<Renegade, number>;

/** Sightings of paper notes, private spreadsheets and other unsupported tools, per month, with the field entries they came from. */
export function toRenegadeSeries(entries: readonly CoachingEntry[], scope: Selection): RenegadePoint[] {
  const byMonth = new Map<string, RenegadePoint>();
  for (const e of live(entries, scope)) {
    const month = e.date.slice(0, 7);
    const p =
      byMonth.get(month) ??
      ({ month, fieldEntries: 0, total: 0, paper: 0, spreadsheet: 0, other: 0 } as RenegadePoint);
    if (e.kind === 'ride-along' || e.kind === 'observation' || e.kind === 'modelling') p.fieldEntries += 1;
    if (e.renegade) {
      p[e.renegade] += 1;
      p.total += 1;
    }
    byMonth.set(month, p);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}
