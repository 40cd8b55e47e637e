// Two survey rounds compared person by person (the survey's compare screen): worked out from the answers of those two
// rounds only (read through the roundId index: 10,000 of the rollout's 50,000 at agency scale), and kept for the next
// visit like the other survey views (data/startSnapshotRepository.ts), for the pair it was worked out for.
import type { SurveyRound } from '../model';
import type { Steps } from '../steps';
import type { StanceThresholds } from './scoreResponse';
import {
  compareRounds,
  scoreInSteps,
  type Conversion,
  type RoundComparison,
  type SurveyData,
} from './surveyResults';

/** Raised with any change of RoundComparison, so a comparison kept in an older shape is not shown. */
const ROUND_COMPARISON_VERSION = 1;

export interface RoundPair {
  fromId: string;
  toId: string;
}

/** The pair the screen opens on: the last two rounds (oldest first), the latest change; empty ids with fewer than two. */
export function defaultPair(rounds: readonly Pick<SurveyRound, 'id'>[]): RoundPair {
  return { fromId: rounds.at(-2)?.id ?? '', toId: rounds.at(-1)?.id ?? '' };
}

/** Two different rounds chosen: there is something to compare. */
export const isComparable = ({ fromId, toId }: RoundPair): boolean =>
  fromId !== '' && toId !== '' && fromId !== toId;

/** What a comparison depends on besides the answers: the pair, in order, and the stance thresholds. */
export const roundComparisonKey = ({ fromId, toId }: RoundPair, thresholds: StanceThresholds): string =>
  JSON.stringify([ROUND_COMPARISON_VERSION, fromId, toId, thresholds.cheerleaderMin, thresholds.hecklerMax]);

/**
 * The comparison of `pair` from `data` (at least the two rounds and their answers; other rounds' answers change
 * nothing), scored in steps so a screen can paint between them.
 */
export function* roundComparisonInSteps(
  data: SurveyData,
  pair: RoundPair,
  thresholds: StanceThresholds,
): Steps<RoundComparison> {
  const scored = yield* scoreInSteps(data, thresholds);
  yield;
  return compareRounds(scored, pair.fromId, pair.toId);
}

// As the roster lists names: case and accents aside, numbers by value ("Worker 2" before "Worker 10").
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Moves in the order of their people's names, as the roster lists them; the same name twice by id. */
export function movesByName(moves: readonly Conversion[], name: (id: string) => string): Conversion[] {
  const named = moves.map((move) => ({ move, name: name(move.caseworkerId) }));
  named.sort(
    (a, b) => collator.compare(a.name, b.name) || a.move.caseworkerId.localeCompare(b.move.caseworkerId),
  );
  return named.map((n) => n.move);
}
