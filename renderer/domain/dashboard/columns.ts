// Coaching entries and monthly measures read once into columns (typed arrays), so each chart is one tight loop over
// plain numbers however often the filters change. Built once per loaded data set and remembered (see memo.ts).
import type { CoachingEntry, MonthlyMeasure } from '../model';
import { coachingKinds, renegadeKinds, isLive } from '../model';
import { hasValue } from '../crypto/sealRecords';
import { memo } from './memo';
import { finish } from '../steps';

export interface EntryColumns {
  length: number;
  /** Position of the entry's caseworker in the roster, or -1. */
  worker: Int32Array;
  date: string[];
  month: string[];
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
    date: new Array<string>(n),
    month: new Array<string>(n),
    kind: new Uint8Array(n),
    coach: new Int32Array(n),
    coachIds: [],
    renegade: new Int8Array(n),
    prep: new Uint8Array(n),
    debrief: new Uint8Array(n),
  };
  const coachIndex = new Map<string, number>();
  const months = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (i % COLUMN_STEP === COLUMN_STEP - 1) yield;
    const e = live[i] as CoachingEntry;
    cols.worker[i] = index.get(e.caseworkerId) ?? -1;
    cols.date[i] = e.date;
    const m = e.date.slice(0, 7);
    cols.month[i] = months.get(m) ?? (months.set(m, m), m);
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

export interface MeasureColumns {
  length: number;
  worker: Int32Array;
  month: string[];
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
    month: new Array<string>(n),
    due: new Int32Array(n),
    made: new Int32Array(n),
    good: new Int32Array(n),
  };
  live.forEach((m, i) => {
    cols.worker[i] = index.get(m.caseworkerId) ?? -1;
    cols.month[i] = m.month;
    cols.due[i] = m.visitsDue;
    cols.made[i] = m.visitsMade;
    cols.good[i] = m.visitsGoodQuality;
  });
  byIndex.set(index, cols);
  return cols;
}
