// Rollout progress: the funnel from surveyed to mastered, and mastery levels by wave and by unit.
import type { CoachingEntry, TrainingSession, Unit } from '../model';
import { countedEntries, entryColumns } from './columns';
import type { Selection } from './dashboardFilter';
import { waveKey } from './drillDown';

import { masteryLevels, type MasteryLevel } from '../mastery/mastery';
import { isLive } from '../model';
import { percentOf } from '../format/format';

export type ProgressLevel = MasteryLevel;
const rank = (level: ProgressLevel | undefined) => (level ? masteryLevels.indexOf(level) : 0);

export interface FunnelInput {
  /** Caseworkers with a scored survey response. */
  surveyed: ReadonlySet<string>;
  trainingSessions: readonly TrainingSession[];
  coachingEntries: readonly CoachingEntry[];
  levelOf: ReadonlyMap<string, ProgressLevel>;
  rolloutId: string | null;
}

export interface FunnelStage {
  stage: string;
  count: number;
  /** Percent of everyone in scope. */
  percent: number;
}

/** Each stage counts the people in scope who have reached it; a person can skip a stage (e.g. coached before surveyed). */
export function toFunnelSeries(scope: Selection, input: FunnelInput): FunnelStage[] {
  const trained = new Set<string>();
  for (const s of input.trainingSessions) {
    if (!isLive(s) || (input.rolloutId && s.rolloutId !== input.rolloutId) || !scope.inRange(s.date))
      continue;
    for (const id of s.attendeeIds) trained.add(id);
  }
  const coached = new Set<string>();
  const cols = entryColumns(input.coachingEntries, scope.index);
  const seen = new Uint8Array(scope.mask.length);
  for (const i of countedEntries(input.coachingEntries, scope)) seen[cols.worker[i] as number] = 1;
  for (const [id, w] of scope.index) if (seen[w] === 1) coached.add(id);
  const ids = [...scope.ids];
  const total = ids.length;
  const count = (test: (id: string) => boolean) => ids.filter(test).length;
  const stages: Array<[string, (id: string) => boolean]> = [
    ['In scope', () => true],
    ['Surveyed', (id) => input.surveyed.has(id)],
    ['In a cohort', (id) => scope.cohortOf.has(id)],
    ['Trained', (id) => trained.has(id)],
    ['Coached', (id) => coached.has(id)],
    ['Practicing', (id) => rank(input.levelOf.get(id)) >= rank('practicing')],
    ['Proficient', (id) => rank(input.levelOf.get(id)) >= rank('proficient')],
    ['Mastered', (id) => input.levelOf.get(id) === 'mastered'],
  ];
  return stages.map(([stage, test]) => {
    const n = count(test);
    return { stage, count: n, percent: percentOf(n, total) ?? 0 };
  });
}

export type LevelCounts = Record<ProgressLevel, number>;
const zero = (): LevelCounts => ({
  'not-started': 0,
  'in-training': 0,
  practicing: 0,
  proficient: 0,
  mastered: 0,
});

/** waveId: the wave's key for a drill-down ('1'..'4', or 'none' for no cohort; see drillDown.ts). */
export type WaveProgressRow = { wave: string; waveId: string } & LevelCounts;

/** Mastery levels per wave (and those not in a cohort), in wave order. */
export function toProgressByWaveSeries(
  scope: Selection,
  levelOf: ReadonlyMap<string, ProgressLevel>,
): WaveProgressRow[] {
  const rows = new Map<number, WaveProgressRow>();
  for (const id of scope.ids) {
    const wave = scope.waveOf.get(id) ?? 0;
    const row = rows.get(wave) ?? {
      wave: wave === 0 ? 'No cohort' : `Wave ${wave}`,
      waveId: waveKey(wave),
      ...zero(),
    };
    row[levelOf.get(id) ?? 'not-started'] += 1;
    rows.set(wave, row);
  }
  return [...rows].sort(([a], [b]) => (a === 0 ? 99 : a) - (b === 0 ? 99 : b)).map(([, row]) => row);
}

/** unitId: the unit a drill-down opens (null: no unit). */
export type UnitProgressRow = { unit: string; unitId: string | null } & LevelCounts;

export function toProgressByUnitSeries(
  scope: Selection,
  units: readonly Unit[],
  levelOf: ReadonlyMap<string, ProgressLevel>,
): UnitProgressRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  // One row per unit (as the stances by unit), so a row is exactly the people a drill-down lists.
  const rows = new Map<string, UnitProgressRow>();
  for (const c of scope.caseworkers) {
    const key = c.unitId ?? '';
    const unit = c.unitId ? (names.get(c.unitId) ?? 'Unit in Trash') : 'No unit';
    const row = rows.get(key) ?? { unit, unitId: c.unitId, ...zero() };
    row[levelOf.get(c.id) ?? 'not-started'] += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}
