// The survey results of the current rollout, worked out from one copy of its answers (data/surveyRead.ts): every
// response scored, each caseworker's latest stance (the last scored answer: what latestStances does), the stance mix
// and the adopter labels. Pure; the screens work it out a slice at a time, a restore's worker in one go.
import type {
  Caseworker,
  Rollout,
  Settings,
  SurveyInstrument,
  SurveyResponse,
  SurveyRound,
  Unit,
} from '../model';
import type { ReadStamp } from '../keptModel';
import { unitNames, type NameLookup } from '../roster/names';
import type { AdopterCategory } from './adopterCategories';
import type { StanceThresholds } from './scoreResponse';
import { adopterLabels, stanceMix, type StanceMix } from './stanceMix';
import {
  latestByCaseworker,
  oldestRoundFirst,
  scoreInSteps,
  type ScoredResponse,
  type SurveyData,
} from './surveyResults';

/** One copy of what the results are worked out from, with the write tokens read before it. */
export interface SurveyCopy {
  data: SurveyData;
  caseworkers: Caseworker[];
  units: Unit[];
  settings: Settings;
  rollout: Rollout | null;
  stamp: ReadStamp;
}

export interface SurveyResults {
  rollout: Rollout | null;
  settings: Settings;
  thresholds: StanceThresholds;
  /** The current rollout's rounds, oldest first. */
  rounds: SurveyRound[];
  instruments: SurveyInstrument[];
  /** Live responses of the current rollout's rounds. */
  responses: SurveyResponse[];
  /** Every response of the current rollout, scored, in time order (for history and comparisons). */
  scored: ScoredResponse[];
  /** Each caseworker's latest stance within the current rollout. */
  latest: Map<string, ScoredResponse>;
  caseworkers: Caseworker[];
  units: Unit[];
  unitName: NameLookup;
  mix: StanceMix;
  adopters: Map<string, AdopterCategory>;
  /** The write tokens read before the answers (a view built from them is kept for the next visit with them). */
  readStamp: ReadStamp;
}

// Without a current rollout nothing is in scope (rather than every rollout's rounds): an id no round can have.
const NO_ROLLOUT = 'no-current-rollout';

/**
 * The results of one copy, worked out in steps (scoring 50,000 answers at agency scale pauses every 5,000), so the
 * screen runs them a slice at a time with a paint between.
 */
export function* surveyResultsInSteps(raw: SurveyCopy): Generator<void, SurveyResults> {
  const { data, caseworkers, units, settings, rollout, stamp } = raw;
  const thresholds = { cheerleaderMin: settings.cheerleaderMin, hecklerMax: settings.hecklerMax };
  const scope = { rolloutId: rollout?.id ?? NO_ROLLOUT };
  const rounds = data.rounds.filter((r) => r.rolloutId === rollout?.id).sort(oldestRoundFirst);
  const roundIds = new Set(rounds.map((r) => r.id));
  // Scored once: the latest stances are the last scored answer of each person (what latestStances does).
  const scored = yield* scoreInSteps(data, thresholds, scope);
  yield;
  const latest = latestByCaseworker(scored);
  yield;
  return {
    rollout,
    settings,
    thresholds,
    rounds,
    instruments: [...data.instruments],
    responses: data.responses.filter((r) => roundIds.has(r.roundId)),
    scored,
    latest,
    caseworkers,
    units,
    unitName: unitNames(units),
    mix: stanceMix(caseworkers, units, latest),
    adopters: adopterLabels(caseworkers, latest),
    readStamp: stamp,
  };
}
