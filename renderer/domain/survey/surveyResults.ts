// Survey results across people and rounds: each response scored, each caseworker's latest stance (the single source of
// truth that cohorts and the dashboard read), stance history, and conversions between two rounds.
import type { SurveyInstrument, SurveyItem, SurveyResponse, SurveyRound } from '../model';
import { adkarBarrier, type AdkarElement } from './adkar';
import {
  explainScore,
  readinessOf,
  scoreResponse,
  stanceOf,
  type Stance,
  type StanceThresholds,
} from './scoreResponse';
import { isLive } from '../model';
import { finish } from '../steps';

export interface ScoredResponse {
  responseId: string;
  caseworkerId: string;
  roundId: string;
  /** Date the round opened; orders rounds in time. */
  roundDate: string;
  answeredOn: string;
  readiness: number | null;
  stance: Stance | null;
  explanation: string;
  adkarBarrier: AdkarElement | null;
}

export interface SurveyData {
  rounds: readonly SurveyRound[];
  instruments: readonly SurveyInstrument[];
  responses: readonly SurveyResponse[];
}

/** The order rounds are listed and compared in: oldest opened first, then oldest created. */
export const oldestRoundFirst = (
  a: Pick<SurveyRound, 'openedOn' | 'createdAt'>,
  b: Pick<SurveyRound, 'openedOn' | 'createdAt'>,
): number => a.openedOn.localeCompare(b.openedOn) || a.createdAt.localeCompare(b.createdAt);

/** Limits results to the rounds of one rollout; without it, every round counts. */
export interface SurveyScope {
  rolloutId?: string | null;
}

/** Scores every live response with the item definitions of the instrument version it was answered on. */
export function scoreAllResponses(
  data: SurveyData,
  thresholds: StanceThresholds,
  scope: SurveyScope = {},
): ScoredResponse[] {
  return finish(scoreInSteps(data, thresholds, scope));
}

/** Responses scored between two pauses of scoreInSteps (about 20 ms at agency scale on a 2-core machine; 5,000 took 90). */
const SCORE_STEP = 1_000;

/**
 * A scored response. A class, not an object with getters of its own: 50,000 objects each with two closures of their
 * own were about half the time scoring took, and much of the garbage it left. The words are worked out when a screen
 * reads them: charts over 50,000 responses never need them. They are getters of the class, so a copy (spread,
 * structured clone) has the figures and not the words: screens that keep rows copy what they show (peopleView.ts).
 */
class Scored implements ScoredResponse {
  readonly #items: readonly SurveyItem[];
  readonly #answers: SurveyResponse['answers'];
  readonly #thresholds: StanceThresholds;

  constructor(
    readonly responseId: string,
    readonly caseworkerId: string,
    readonly roundId: string,
    readonly roundDate: string,
    readonly answeredOn: string,
    readonly readiness: number | null,
    readonly stance: Stance | null,
    items: readonly SurveyItem[],
    answers: SurveyResponse['answers'],
    thresholds: StanceThresholds,
  ) {
    this.#items = items;
    this.#answers = answers;
    this.#thresholds = thresholds;
  }

  get explanation(): string {
    return explainScore(scoreResponse(this.#items, this.#answers), this.#thresholds);
  }

  get adkarBarrier(): AdkarElement | null {
    return adkarBarrier(this.#items, this.#answers).barrier;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * scoreAllResponses in steps: pauses (yields) every SCORE_STEP responses, so a caller can let the window paint while
 * 50,000 are scored (the dashboard's first build, prepareDashboard). The result is the same.
 */
export function* scoreInSteps(
  data: SurveyData,
  thresholds: StanceThresholds,
  scope: SurveyScope = {},
): Generator<void, ScoredResponse[]> {
  const instruments = new Map(data.instruments.map((i) => [i.id, i]));
  const inScope = (r: SurveyRound) => isLive(r) && (!scope.rolloutId || r.rolloutId === scope.rolloutId);
  const rounds = new Map(data.rounds.filter(inScope).map((r) => [r.id, r]));
  const out: Scored[] = [];
  let seen = 0;
  for (const response of data.responses) {
    if (++seen % SCORE_STEP === 0) yield;
    if (!isLive(response)) continue;
    const round = rounds.get(response.roundId);
    const instrument = instruments.get(response.instrumentId);
    if (!round || !instrument) continue;
    const readiness = readinessOf(instrument.items, response.answers);
    out.push(
      new Scored(
        response.id,
        response.caseworkerId,
        response.roundId,
        round.openedOn,
        response.answeredOn,
        readiness,
        readiness === null ? null : stanceOf(readiness, thresholds),
        instrument.items,
        response.answers,
        thresholds,
      ),
    );
  }
  yield;
  // By round date, then answer date, then id, each compared as plain text: ISO dates and ids sort correctly as text.
  // A locale-aware compare is several times slower at 50,000 rows, and a key string joined per response took about
  // two and a half times as long as comparing the three fields.
  out.sort(
    (a, b) =>
      byText(a.roundDate, b.roundDate) ||
      byText(a.answeredOn, b.answeredOn) ||
      byText(a.responseId, b.responseId),
  );
  return out;
}

/** Each caseworker's most recent scored response (latest round, then latest answer). Not in the map = not yet surveyed. */
export function latestByCaseworker(scored: readonly ScoredResponse[]): Map<string, ScoredResponse> {
  const latest = new Map<string, ScoredResponse>();
  for (const s of scored) if (s.readiness !== null) latest.set(s.caseworkerId, s);
  return latest;
}

/**
 * The one function every screen uses to learn who is a cheerleader, a fence-sitter or a heckler: each caseworker's latest
 * scored response, optionally within one rollout's rounds.
 */
export function latestStances(
  data: SurveyData,
  thresholds: StanceThresholds,
  scope: SurveyScope = {},
): Map<string, ScoredResponse> {
  return latestByCaseworker(scoreAllResponses(data, thresholds, scope));
}

/** A caseworker's responses in time order. */
export function stanceHistory(scored: readonly ScoredResponse[], caseworkerId: string): ScoredResponse[] {
  return scored.filter((s) => s.caseworkerId === caseworkerId);
}

const order: Record<Stance, number> = { heckler: 0, 'fence-sitter': 1, cheerleader: 2 };

export interface Conversion {
  caseworkerId: string;
  from: Stance;
  to: Stance;
}

export interface ConversionSummary {
  /** People scored in both rounds. */
  compared: number;
  /** from -> to -> count, every pair present (zero when none). */
  matrix: Record<Stance, Record<Stance, number>>;
  /** Moved toward cheerleader (heckler -> fence-sitter, fence-sitter -> cheerleader, heckler -> cheerleader). */
  up: Conversion[];
  /** Moved back toward heckler. */
  down: Conversion[];
  unchanged: number;
}

/** Two chosen rounds compared. */
export interface RoundComparison extends ConversionSummary {
  /** People with a score in only one of the two rounds (not compared). */
  onlyOne: number;
}

const stances: Stance[] = ['heckler', 'fence-sitter', 'cheerleader'];

/** Compares two rounds person by person; someone with several responses in a round counts with their last. */
export function compareRounds(
  scored: readonly ScoredResponse[],
  fromRoundId: string,
  toRoundId: string,
): RoundComparison {
  const pick = (roundId: string) => latestByCaseworker(scored.filter((s) => s.roundId === roundId));
  const a = pick(fromRoundId);
  const b = pick(toRoundId);
  const matrix = Object.fromEntries(
    stances.map((f) => [f, Object.fromEntries(stances.map((t) => [t, 0]))]),
  ) as ConversionSummary['matrix'];
  const up: Conversion[] = [];
  const down: Conversion[] = [];
  let unchanged = 0;
  let compared = 0;
  for (const [caseworkerId, before] of [...a].sort(([x], [y]) => x.localeCompare(y))) {
    const after = b.get(caseworkerId);
    if (!after || !before.stance || !after.stance) continue;
    compared++;
    matrix[before.stance][after.stance]++;
    const move = order[after.stance] - order[before.stance];
    if (move > 0) up.push({ caseworkerId, from: before.stance, to: after.stance });
    else if (move < 0) down.push({ caseworkerId, from: before.stance, to: after.stance });
    else unchanged++;
  }
  let onlyOne = 0;
  for (const id of a.keys()) if (!b.has(id)) onlyOne++;
  for (const id of b.keys()) if (!a.has(id)) onlyOne++;
  return { compared, matrix, up, down, unchanged, onlyOne };
}

export type LatestConversions = ConversionSummary & {
  /** Rounds each compared person's answers came from, for naming them ("baseline to pulse"). */
  roundPairs: Map<string, number>;
};

/**
 * Each person's two latest answered rounds, from everyone's scored answers in time order (the last answer in each
 * round wins). A person's pair depends on their own answers only, so it is worked out once for everyone and narrowed
 * to a scope afterwards (the dashboard remembers it per read: 50,000 answers walked once, not at every filter change).
 */
export function latestTwoByPerson(scored: readonly ScoredResponse[]): ReadonlyMap<string, LatestTwo> {
  const perPerson = new Map<string, LatestTwo>();
  for (const s of scored) {
    if (!s.stance) continue;
    const p = perPerson.get(s.caseworkerId);
    if (!p)
      perPerson.set(s.caseworkerId, {
        beforeRound: null,
        beforeStance: null,
        round: s.roundId,
        stance: s.stance,
      });
    else if (p.round === s.roundId) p.stance = s.stance;
    else {
      p.beforeRound = p.round;
      p.beforeStance = p.stance;
      p.round = s.roundId;
      p.stance = s.stance;
    }
  }
  return perPerson;
}

/**
 * Conversions as people actually answered: each person's two latest answered rounds (latestTwoByPerson: their last
 * scored answer in each), whatever rounds others answered. Opening a new round that no one has answered yet changes
 * nothing; someone who skipped the pulse is compared between the rounds they did answer.
 */
export function conversionsOf(
  perPerson: ReadonlyMap<string, LatestTwo>,
  /** Only these people (the dashboard's scope); everyone when absent. */
  inScope?: (caseworkerId: string) => boolean,
): LatestConversions {
  const matrix = Object.fromEntries(
    stances.map((f) => [f, Object.fromEntries(stances.map((t) => [t, 0]))]),
  ) as ConversionSummary['matrix'];
  const up: Conversion[] = [];
  const down: Conversion[] = [];
  const roundPairs = new Map<string, number>();
  let unchanged = 0;
  let compared = 0;
  const ids = [...perPerson.keys()].filter(
    (id) => perPerson.get(id)?.beforeRound && (!inScope || inScope(id)),
  );
  for (const caseworkerId of ids.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const p = perPerson.get(caseworkerId);
    if (!p?.beforeRound || !p.beforeStance) continue;
    compared++;
    const pair = `${p.beforeRound}>${p.round}`;
    roundPairs.set(pair, (roundPairs.get(pair) ?? 0) + 1);
    matrix[p.beforeStance][p.stance]++;
    const move = order[p.stance] - order[p.beforeStance];
    if (move > 0) up.push({ caseworkerId, from: p.beforeStance, to: p.stance });
    else if (move < 0) down.push({ caseworkerId, from: p.beforeStance, to: p.stance });
    else unchanged++;
  }
  return { compared, matrix, up, down, unchanged, roundPairs };
}

/** A person's latest round with a stance and the one before it. */
export interface LatestTwo {
  beforeRound: string | null;
  beforeStance: Stance | null;
  round: string;
  stance: Stance;
}
