// One caseworker's survey results in the current rollout (the survey's person screen): their answers scored, in time
// order, and the latest, from their responses alone: a person's stance, readiness and history depend on nothing but
// their own answers and the questions they answered, so the screen reads their few responses through the index, not
// the rollout's 50,000 (issue 15). Their adopter label ranks them among everyone, and comes from the people view.
import type { Settings, SurveyInstrument, SurveyResponse, SurveyRound } from '../model';
import type { StanceThresholds } from './scoreResponse';
import {
  latestByCaseworker,
  oldestRoundFirst,
  scoreAllResponses,
  type ScoredResponse,
  type SurveyData,
} from './surveyResults';

export interface PersonResults {
  /** The rollout's rounds, oldest first. */
  rounds: SurveyRound[];
  instruments: readonly SurveyInstrument[];
  /** Their live responses to those rounds. */
  responses: readonly SurveyResponse[];
  /** Those responses scored, in time order. */
  scored: ScoredResponse[];
  /** Their latest scored answer: the stance cohorts and waves use. */
  latest: ScoredResponse | undefined;
  thresholds: StanceThresholds;
}

/** `data`: the rollout's rounds, every instrument version and this person's responses to those rounds. */
export function personResults(
  caseworkerId: string,
  data: SurveyData,
  settings: Pick<Settings, 'cheerleaderMin' | 'hecklerMax'>,
  rolloutId: string | null,
): PersonResults {
  const thresholds = { cheerleaderMin: settings.cheerleaderMin, hecklerMax: settings.hecklerMax };
  const rounds = data.rounds.filter((r) => r.rolloutId === rolloutId).sort(oldestRoundFirst);
  const roundIds = new Set(rounds.map((r) => r.id));
  const responses = data.responses.filter((r) => r.caseworkerId === caseworkerId && roundIds.has(r.roundId));
  const scored = scoreAllResponses({ instruments: data.instruments, rounds, responses }, thresholds, {
    rolloutId,
  });
  return {
    rounds,
    instruments: data.instruments,
    responses,
    scored,
    latest: latestByCaseworker(scored).get(caseworkerId),
    thresholds,
  };
}
