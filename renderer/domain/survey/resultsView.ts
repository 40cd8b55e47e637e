// What the survey results screen shows, as plain data (issue 15): the stance mix of the agency and of each unit, who
// has not answered, the adopter labels against the Rogers curve, and a line about the rounds. Worked out from every
// answer of the current rollout (50,000 at agency scale, two to three seconds to read and score), so the screen keeps
// what it showed last for the next visit (data/startSnapshotRepository.ts): shown at once while nothing was written
// since, otherwise shown as of its moment, said so, while the answers are read again.
import type { Rollout, Settings, SurveyResponse, SurveyRound } from '../model';
import type { AdopterCategory } from './adopterCategories';
import type { StanceThresholds } from './scoreResponse';
import { toAdopterSeries, type AdopterPoint, type StanceMix } from './stanceMix';

/** Raised with any change of ResultsView, so a view kept in an older shape is not shown. */
const RESULTS_VIEW_VERSION = 1;

export interface ResultsView {
  rolloutName: string | null;
  responseCount: number;
  roundCount: number;
  /** The newest round (rounds in the order they opened). */
  lastRound: { name: string; openedOn: string } | null;
  thresholds: StanceThresholds;
  mix: StanceMix;
  adopters: AdopterPoint[];
  /** People with an adopter label (surveyed, on the roster). */
  labelled: number;
}

export function resultsView(results: {
  rollout: Pick<Rollout, 'name'> | null;
  responses: readonly SurveyResponse[];
  rounds: readonly Pick<SurveyRound, 'name' | 'openedOn'>[];
  thresholds: StanceThresholds;
  mix: StanceMix;
  adopters: ReadonlyMap<string, AdopterCategory>;
}): ResultsView {
  const last = results.rounds.at(-1);
  return {
    rolloutName: results.rollout?.name ?? null,
    responseCount: results.responses.length,
    roundCount: results.rounds.length,
    lastRound: last ? { name: last.name, openedOn: last.openedOn } : null,
    thresholds: results.thresholds,
    mix: results.mix,
    adopters: toAdopterSeries(results.adopters),
    labelled: results.adopters.size,
  };
}

/**
 * What a kept view was built for besides the answers: its shape and the settings (the rollout, the stance thresholds),
 * apart from the dashboard's remembered filter and the settings' stamp, which change nothing here.
 */
export const resultsViewKey = (settings: Settings): string =>
  JSON.stringify([RESULTS_VIEW_VERSION, { ...settings, dashboardFilter: null, updatedAt: null }]);
