// The survey answers the dashboard counts for a date range: each person's latest answer, their two latest answered
// rounds and everyone's stance in each round, among the answers given in the range. The same as filtering the scored
// answers to the range and walking them again (latestByCaseworker, latestTwoByPerson, stancesByRound), which at
// agency scale walked 50,000 answer objects three times at every change of a date. The answers are laid out once per
// scoring as columns of numbers (person, round, stance, day), so a range is one pass over typed arrays, its dates
// tested once per day answered; the last few ranges are remembered, so changing a unit or a role while a range is set
// works nothing out again.
import type { Stance } from '../survey/scoreResponse';
import type { LatestTwo, ScoredResponse } from '../survey/surveyResults';
import { indexIn, inRangeOf } from './columns';
import { memo } from './memo';

/** What the dashboard reads of the answers in scope of its dates. */
export interface SurveyInRange {
  /** latestByCaseworker of the answers in the range. */
  latest: Map<string, ScoredResponse>;
  /** latestTwoByPerson of the answers in the range. */
  latestTwo: ReadonlyMap<string, LatestTwo>;
  /** stancesByRound of the answers in the range. */
  byRound: ReadonlyMap<string, ReadonlyMap<string, Stance>>;
}

const STANCES: readonly Stance[] = ['cheerleader', 'fence-sitter', 'heckler'];

interface AnswerColumns {
  length: number;
  /** Index into personIds. */
  person: Int32Array;
  personIds: string[];
  /** Index into roundIds. */
  round: Int32Array;
  roundIds: string[];
  /** Index into STANCES, or -1 when the answer has no stance. */
  stance: Int8Array;
  /** 1 when the answer has a readiness score (latestByCaseworker counts only those). */
  scored: Uint8Array;
  /** Index into days: the day answered. */
  dayOf: Int32Array;
  /** Every day answered on, each once. */
  days: string[];
}

/** The answers as columns, once per scoring (prepareDashboard lays them out ahead, with the dashboard's other columns). */
export function answerColumns(all: readonly ScoredResponse[]): AnswerColumns {
  return memo(all, 'answer-columns', () => {
    const n = all.length;
    const cols: AnswerColumns = {
      length: n,
      person: new Int32Array(n),
      personIds: [],
      round: new Int32Array(n),
      roundIds: [],
      stance: new Int8Array(n),
      scored: new Uint8Array(n),
      dayOf: new Int32Array(n),
      days: [],
    };
    const people = new Map<string, number>();
    const rounds = new Map<string, number>();
    const days = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const s = all[i] as ScoredResponse;
      cols.person[i] = indexIn(people, cols.personIds, s.caseworkerId);
      cols.round[i] = indexIn(rounds, cols.roundIds, s.roundId);
      cols.stance[i] = s.stance ? STANCES.indexOf(s.stance) : -1;
      cols.scored[i] = s.readiness !== null ? 1 : 0;
      cols.dayOf[i] = indexIn(days, cols.days, s.answeredOn);
    }
    return cols;
  });
}

/** Ranges remembered per scoring: enough for a range and the one before it, with a few to spare. */
const KEPT_RANGES = 4;

/**
 * The answers of `all` (scored answers in time order) given between `from` and `to`, worked out from columns: see
 * SurveyInRange. `inRange` is the dashboard's test of a day for that range (inDateRange(from, to)).
 */
export function surveyInRange(
  all: readonly ScoredResponse[],
  from: string,
  to: string,
  inRange: (day: string) => boolean,
): SurveyInRange {
  const kept = memo(all, 'ranges', () => new Map<string, SurveyInRange>());
  const key = `${from}|${to}`;
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const result = workOut(all, answerColumns(all), inRange);
  kept.set(key, result);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT_RANGES) break;
    kept.delete(oldest);
  }
  return result;
}

function workOut(
  all: readonly ScoredResponse[],
  cols: AnswerColumns,
  inRange: (day: string) => boolean,
): SurveyInRange {
  const dayIn = inRangeOf(cols.days, inRange);
  const people = cols.personIds.length;
  const roundCount = cols.roundIds.length;
  // Each person's latest scored answer, and the order people first answered in (the Map's order, as the walk's).
  const last = new Int32Array(people).fill(-1);
  const latestOrder: number[] = [];
  // Each person's latest round with a stance and the one before it.
  const round = new Int32Array(people).fill(-1);
  const stance = new Int8Array(people);
  const beforeRound = new Int32Array(people).fill(-1);
  const beforeStance = new Int8Array(people).fill(-1);
  const twoOrder: number[] = [];
  // Everyone's last stance in each round, and the order each round's people first answered in.
  const inRound = Array.from({ length: roundCount }, () => new Int8Array(people).fill(-1));
  const roundPeople: number[][] = Array.from({ length: roundCount }, () => []);
  const roundOrder: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    if (dayIn[cols.dayOf[i] as number] !== 1) continue;
    const p = cols.person[i] as number;
    if (cols.scored[i] === 1) {
      if (last[p] === -1) latestOrder.push(p);
      last[p] = i;
    }
    const s = cols.stance[i] as number;
    if (s < 0) continue;
    const r = cols.round[i] as number;
    if (round[p] === -1) twoOrder.push(p);
    else if (round[p] !== r) {
      beforeRound[p] = round[p] as number;
      beforeStance[p] = stance[p] as number;
    }
    round[p] = r;
    stance[p] = s;
    const stances = inRound[r] as Int8Array;
    const seen = roundPeople[r] as number[];
    if (seen.length === 0) roundOrder.push(r);
    if (stances[p] === -1) seen.push(p);
    stances[p] = s;
  }
  const latest = new Map<string, ScoredResponse>();
  for (const p of latestOrder)
    latest.set(cols.personIds[p] as string, all[last[p] as number] as ScoredResponse);
  const latestTwo = new Map<string, LatestTwo>();
  for (const p of twoOrder) {
    const before = beforeRound[p] as number;
    latestTwo.set(cols.personIds[p] as string, {
      beforeRound: before < 0 ? null : (cols.roundIds[before] as string),
      beforeStance: before < 0 ? null : (STANCES[beforeStance[p] as number] as Stance),
      round: cols.roundIds[round[p] as number] as string,
      stance: STANCES[stance[p] as number] as Stance,
    });
  }
  const byRound = new Map<string, Map<string, Stance>>();
  for (const r of roundOrder) {
    const stances = inRound[r] as Int8Array;
    const map = new Map<string, Stance>();
    for (const p of roundPeople[r] as number[])
      map.set(cols.personIds[p] as string, STANCES[stances[p] as number] as Stance);
    byRound.set(cols.roundIds[r] as string, map);
  }
  return { latest, latestTwo, byRound };
}
