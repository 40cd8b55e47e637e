// Coaching entries and monthly measures read once into columns (typed arrays), so each chart is one tight loop over
// plain numbers however often the filters change. Built once per loaded data set and remembered (see memo.ts).
import type { CoachingEntry, MonthlyMeasure } from '../model';
import { coachingKinds, renegadeKinds, isLive } from '../model';
import { hasValue } from '../crypto/sealRecords';
import { memo } from './memo';
import { finish } from '../steps';
import type { Selection } from './dashboardFilter';

export interface EntryColumns {
  length: number;
  /** Position of the entry's caseworker in the roster, or -1. */
  worker: Int32Array;
  /** Index into days: the entry's date. */
  dayOf: Int32Array;
  /** Every date an entry has, each once (a few hundred days against 200,000 entries). */
  days: string[];
  /** Index into months: the entry's month as a number, for the charts by month. */
  monthOf: Int32Array;
  /** Every month an entry is in, each once. */
  months: string[];
  /** Index into coachingKinds. */
  kind: Uint8Array;
  /** Index into coachIds, or -1 when no coach was recorded. */
  coach: Int32Array;
  coachIds: string[];
  /** Index into renegadeKinds, or -1. */
  renegade: Int8Array;
  prep: Uint8Array;
  debrief: Uint8Array;
}

/** The index of `value` in `list` (a list of distinct values with `at` its index), added at the end if new. */
export function indexIn(at: Map<string, number>, list: string[], value: string): number {
  let i = at.get(value);
  if (i === undefined) {
    i = list.length;
    at.set(value, i);
    list.push(value);
  }
  return i;
}

/**
 * 1 for each of `values` (distinct days or months) the selection's date range takes in: the range is tested once per
 * day rather than once per record (200,000 entries fall on about a thousand days).
 */
export function inRangeOf(values: readonly string[], inRange: (date: string) => boolean): Uint8Array {
  return Uint8Array.from(values, (v) => (inRange(v) ? 1 : 0));
}

export function entryColumns(
  entries: readonly CoachingEntry[],
  index: ReadonlyMap<string, number>,
): EntryColumns {
  return finish(entryColumnsInSteps(entries, index));
}

/** Entries turned into columns between two pauses of entryColumnsInSteps. */
const COLUMN_STEP = 25_000;

/** entryColumns in steps (pausing every COLUMN_STEP entries), for prepareDashboard: the same cache either way. */
export function* entryColumnsInSteps(
  entries: readonly CoachingEntry[],
  index: ReadonlyMap<string, number>,
): Generator<void, EntryColumns> {
  const found = memo(entries, 'columns', () => new WeakMap<object, EntryColumns>()).get(index);
  if (found) return found;
  const live = entries.filter((e) => isLive(e));
  const n = live.length;
  const cols: EntryColumns = {
    length: n,
    worker: new Int32Array(n),
    dayOf: new Int32Array(n),
    days: [],
    monthOf: new Int32Array(n),
    months: [],
    kind: new Uint8Array(n),
    coach: new Int32Array(n),
    coachIds: [],
    renegade: new Int8Array(n),
    prep: new Uint8Array(n),
    debrief: new Uint8Array(n),
  };
  const coachIndex = new Map<string, number>();
  const days = new Map<string, number>();
  const months = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (i % COLUMN_STEP === COLUMN_STEP - 1) yield;
    const e = live[i] as CoachingEntry;
    cols.worker[i] = index.get(e.caseworkerId) ?? -1;
    cols.dayOf[i] = indexIn(days, cols.days, e.date);
    cols.monthOf[i] = indexIn(months, cols.months, e.date.slice(0, 7));
    cols.kind[i] = coachingKinds.indexOf(e.kind);
    if (e.coachId === null) cols.coach[i] = -1;
    else {
      let c = coachIndex.get(e.coachId);
      if (c === undefined) {
        c = cols.coachIds.length;
        coachIndex.set(e.coachId, c);
        cols.coachIds.push(e.coachId);
      }
      cols.coach[i] = c;
    }
    cols.renegade[i] = e.renegade ? renegadeKinds.indexOf(e.renegade) : -1;
    // Presence only: a sealed prep or debrief is not decrypted for this (encryption at rest, sealRecords.ts).
    cols.prep[i] = hasValue(e, 'prep') ? 1 : 0;
    cols.debrief[i] = hasValue(e, 'debrief') ? 1 : 0;
  }
  memo(entries, 'columns', () => new WeakMap<object, EntryColumns>()).set(index, cols);
  return cols;
}

/**
 * The positions (in `entryColumns`) of the entries a selection counts: their caseworker in scope and their date in the
 * range. Found once per selection (every coaching chart and the funnel walk them), so a filter change walks 200,000
 * entries once rather than once per chart.
 */
export function countedEntries(entries: readonly CoachingEntry[], scope: Selection): Int32Array {
  const cols = entryColumns(entries, scope.index);
  const bySelection = memo(cols, 'counted', () => new WeakMap<Selection, Int32Array>());
  const found = bySelection.get(scope);
  if (found) return found;
  const dayIn = inRangeOf(cols.days, scope.inRange);
  const positions = new Int32Array(cols.length);
  let n = 0;
  for (let i = 0; i < cols.length; i++) {
    const w = cols.worker[i] as number;
    if (w >= 0 && scope.mask[w] === 1 && dayIn[cols.dayOf[i] as number] === 1) positions[n++] = i;
  }
  const counted = positions.slice(0, n);
  bySelection.set(scope, counted);
  return counted;
}

export interface MeasureColumns {
  length: number;
  worker: Int32Array;
  /** Index into months. */
  monthOf: Int32Array;
  /** Every month a measure is of, each once. */
  months: string[];
  due: Int32Array;
  made: Int32Array;
  good: Int32Array;
}

export function measureColumns(
  measures: readonly MonthlyMeasure[],
  index: ReadonlyMap<string, number>,
): MeasureColumns {
  const byIndex = memo(measures, 'columns', () => new WeakMap<object, MeasureColumns>());
  const found = byIndex.get(index);
  if (found) return found;
  const live = measures.filter((m) => isLive(m));
  const n = live.length;
  const cols: MeasureColumns = {
    length: n,
    worker: new Int32Array(n),
    monthOf: new Int32Array(n),
    months: [],
    due: new Int32Array(n),
    made: new Int32Array(n),
    good: new Int32Array(n),
  };
  const months = new Map<string, number>();
  live.forEach((m, i) => {
    cols.worker[i] = index.get(m.caseworkerId) ?? -1;
    cols.monthOf[i] = indexIn(months, cols.months, m.month);
    cols.due[i] = m.visitsDue;
    cols.made[i] = m.visitsMade;
    cols.good[i] = m.visitsGoodQuality;
  });
  byIndex.set(index, cols);
  return cols;
}
