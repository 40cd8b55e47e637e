// Coaching series: activity per coach by kind, ride-along prep/debrief completion by month, renegade-system sightings.
import type { Coach, CoachingEntry } from '../model';
import { coachingKinds, renegadeKinds } from '../model';
import { countedEntries, entryColumns, type EntryColumns } from './columns';
import type { Selection } from './dashboardFilter';
import { percentOf } from '../format/format';

type Kind = (typeof coachingKinds)[number];
type Renegade = (typeof renegadeKinds)[number];

/** Each entry that counts (its caseworker in scope, its date in range), by its position in the columns. */
function counted(entries: readonly CoachingEntry[], scope: Selection, each: (i: number) => void): void {
  const positions = countedEntries(entries, scope);
  for (let k = 0; k < positions.length; k++) each(positions[k] as number);
}

/**
 * A chart's points by month: `of(i)` is the point of entry i's month (made when first needed), `inOrder()` the points
 * made, oldest month first. Points are kept by the month's index in the columns, not looked up by its text.
 */
function monthPoints<P extends { month: string }>(cols: EntryColumns, make: (month: string) => P) {
  const byMonth: Array<P | undefined> = [];
  return {
    of(i: number): P {
      const at = cols.monthOf[i] as number;
      return (byMonth[at] ??= make(cols.months[at] as string));
    },
    inOrder: (): P[] => byMonth.filter((p) => p !== undefined).sort((a, b) => a.month.localeCompare(b.month)),
  };
}

/** coachId: the coach a drill-down opens ('none': no coach recorded); one row per coach, as the list behind it. */
export type CoachActivity = { coach: string; coachId: string; total: number } & Record<Kind, number>;

export function toCoachActivitySeries(
  entries: readonly CoachingEntry[],
  coaches: readonly Coach[],
  scope: Selection,
): CoachActivity[] {
  const names = new Map<string, string>(coaches.map((c) => [c.id, c.name]));
  const counts = new Map<number, number[]>();
  const cols = entryColumns(entries, scope.index);
  counted(entries, scope, (i) => {
    const c = cols.coach[i] ?? -1;
    let row = counts.get(c);
    if (!row) counts.set(c, (row = coachingKinds.map(() => 0)));
    const k = cols.kind[i] ?? 0;
    row[k] = (row[k] ?? 0) + 1;
  });
  const rows = new Map<string, CoachActivity>();
  for (const [c, byKind] of counts) {
    const coachId = c < 0 ? 'none' : (cols.coachIds[c] ?? 'none');
    const coach = c < 0 ? 'No coach recorded' : (names.get(coachId) ?? 'Former coach');
    const row =
      rows.get(coachId) ??
      ({
        coach,
        coachId,
        total: 0,
        ...Object.fromEntries(coachingKinds.map((k) => [k, 0])),
      } as CoachActivity);
    coachingKinds.forEach((k, i) => {
      row[k] += byKind[i] ?? 0;
      row.total += byKind[i] ?? 0;
    });
    rows.set(coachId, row);
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

const RIDE_ALONG = coachingKinds.indexOf('ride-along');

/** A ride-along is complete when its prep and its debrief are both recorded. */
export function toRideAlongCompletionSeries(
  entries: readonly CoachingEntry[],
  scope: Selection,
): RideAlongPoint[] {
  const cols = entryColumns(entries, scope.index);
  const months = monthPoints(cols, (month): RideAlongPoint => ({
    month,
    total: 0,
    complete: 0,
    missingPrep: 0,
    missingDebrief: 0,
    completionRate: null,
  }));
  counted(entries, scope, (i) => {
    if (cols.kind[i] !== RIDE_ALONG) return;
    const p = months.of(i);
    p.total += 1;
    const prep = cols.prep[i] === 1;
    const debrief = cols.debrief[i] === 1;
    if (!prep) p.missingPrep += 1;
    if (!debrief) p.missingDebrief += 1;
    if (prep && debrief) p.complete += 1;
  });
  const points = months.inOrder();
  for (const p of points) p.completionRate = percentOf(p.complete, p.total);
  return points;
}

export type RenegadePoint = { month: string; fieldEntries: number; total: number } & Record<Renegade, number>;

/** 1 at the index (in coachingKinds) of each kind done in the field. */
const FIELD_KINDS = Uint8Array.from(coachingKinds, (k) =>
  k === 'ride-along' || k === 'observation' || k === 'modelling' ? 1 : 0,
);

/** Sightings of paper notes, private spreadsheets and other unsupported tools, per month, with the field entries they came from. */
export function toRenegadeSeries(entries: readonly CoachingEntry[], scope: Selection): RenegadePoint[] {
  const cols = entryColumns(entries, scope.index);
  const months = monthPoints(cols, (month): RenegadePoint => ({
    month,
    fieldEntries: 0,
    total: 0,
    paper: 0,
    spreadsheet: 0,
    other: 0,
  }));
  counted(entries, scope, (i) => {
    const p = months.of(i);
    if (FIELD_KINDS[cols.kind[i] as number] === 1) p.fieldEntries += 1;
    const r = cols.renegade[i] ?? -1;
    if (r >= 0) {
      p[renegadeKinds[r] ?? 'other'] += 1;
      p.total += 1;
    }
  });
  return months.inOrder();
}
