// Survey series: stance mix per unit, stance mix per round over time, and the adopter mix against the Rogers curve.
import type { SurveyRound, Unit } from '../model';
import {
  type AdopterCategory,
  adopterCategories,
  adopterCategoriesByRank,
  adopterLabel,
  rogersShares,
} from '../survey/adopterCategories';
import type { Stance } from '../survey/scoreResponse';
import type { ScoredResponse } from '../survey/surveyResults';
import type { Selection } from './dashboardFilter';
import { memo } from './memo';
import { isLive } from '../model';

export type StanceCounts = Record<Stance | 'not-surveyed', number>;
const zero = (): StanceCounts => ({ cheerleader: 0, 'fence-sitter': 0, heckler: 0, 'not-surveyed': 0 });

export type UnitStanceRow = { unit: string; unitId: string | null } & StanceCounts;

export function toStanceByUnitSeries(
  latest: ReadonlyMap<string, ScoredResponse>,
  units: readonly Unit[],
  scope: Selection,
): UnitStanceRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows = new Map<string, UnitStanceRow>();
  for (const c of scope.caseworkers) {
    const key = c.unitId ?? '';
    const row = rows.get(key) ?? {
      unit: c.unitId ? (names.get(c.unitId) ?? 'Unit in Trash') : 'No unit',
      unitId: c.unitId,
      ...zero(),
    };
    const stance = latest.get(c.id)?.stance;
    row[stance ?? 'not-surveyed'] += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

/** Each person's last stance in each round (roundId -> caseworkerId -> stance), grouped once per set of scored responses. */
export function stancesByRound(
  scored: readonly ScoredResponse[],
): ReadonlyMap<string, ReadonlyMap<string, Stance>> {
  return memo(scored, 'stance-by-round', () => {
    const map = new Map<string, Map<string, Stance>>();
    for (const s of scored) {
      if (!s.stance) continue;
      let round = map.get(s.roundId);
      if (!round) map.set(s.roundId, (round = new Map<string, Stance>()));
      round.set(s.caseworkerId, s.stance);
    }
    return map;
  });
}

export type RoundStanceRow = { round: string; roundId: string; openedOn: string } & StanceCounts;

/**
 * Stance mix per survey round, in time order; people in scope who did not answer that round count as not surveyed.
 * `byRound`: each person's last stance in each round (stancesByRound of the answers that count).
 */
export function toStanceOverTimeSeries(
  byRound: ReadonlyMap<string, ReadonlyMap<string, Stance>>,
  rounds: readonly SurveyRound[],
  scope: Selection,
): RoundStanceRow[] {
  const ordered = rounds
    .filter((r) => isLive(r) && scope.inRange(r.openedOn))
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  return ordered.map((round) => {
    const row: RoundStanceRow = { round: round.name, roundId: round.id, openedOn: round.openedOn, ...zero() };
    let answered = 0;
    const inRound = byRound.get(round.id) ?? new Map<string, Stance>();
    const count = (stance: Stance | undefined) => {
      if (!stance) return;
      row[stance] += 1;
      answered += 1;
    };
    // Whichever is smaller is walked: a unit's few people, or the round's answers when the scope is most people.
    if (scope.ids.size < inRound.size) for (const id of scope.ids) count(inRound.get(id));
    else for (const [id, stance] of inRound) if (scope.ids.has(id)) count(stance);
    row['not-surveyed'] = scope.ids.size - answered;
    return row;
  });
}

export interface AdopterRow {
  category: string;
  /** The category's key, for a drill-down (the people labelled so). */
  categoryId: AdopterCategory;
  actual: number;
  /** What the Rogers curve would put in this category for the same number of people. */
  expected: number;
}

/** Each surveyed person in scope's Rogers category, by readiness rank among the surveyed people in scope. */
export function adopterOfPeople(
  latest: ReadonlyMap<string, ScoredResponse>,
  scope: Selection,
): Map<string, AdopterCategory> {
  const scores = scope.caseworkers
    .map((c) => ({ id: c.id, readiness: latest.get(c.id)?.readiness ?? null }))
    .filter((s): s is { id: string; readiness: number } => s.readiness !== null);
  return adopterCategoriesByRank(scores);
}

export function toAdopterMixSeries(
  latest: ReadonlyMap<string, ScoredResponse>,
  scope: Selection,
  /** adopterOfPeople(latest, scope), when the caller already has it. */
  labels: ReadonlyMap<string, AdopterCategory> = adopterOfPeople(latest, scope),
): AdopterRow[] {
  const counts = new Map<string, number>();
  for (const c of labels.values()) counts.set(c, (counts.get(c) ?? 0) + 1);
  return adopterCategories.map((c) => ({
    category: adopterLabel[c],
    categoryId: c,
    actual: counts.get(c) ?? 0,
    expected: Math.round(rogersShares[c] * labels.size * 10) / 10,
  }));
}
