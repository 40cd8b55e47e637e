// The dashboard's first build, prepared in steps: at agency scale it scores 50,000 answers, gathers and walks 200,000
// coaching entries for everyone's mastery and turns entries and measures into columns, about two seconds of work that
// froze the window in one piece when Home first opened. Each step here is a part of that work (a few tens of
// milliseconds) done through the same memos the build uses, so a caller can let the window paint between steps; the
// last builds the unfiltered dashboard itself, so Home finds it all worked out. Pure: the same inputs, the same memos.
import type { Settings } from '../model';
import { masteryTracksInSteps, rolloutsShown, scoredInSteps, type DashboardData } from './buildDashboard';
import { entryColumnsInSteps, measureColumns } from './columns';
import { emptyFilter, rosterIndex } from './dashboardFilter';
import { dashboardInSteps } from './dashboardFor';
import { memo } from './memo';
import { stancesByRound } from './surveySeries';
import { answerColumns } from './surveyInRange';
import { latestByCaseworker, latestTwoByPerson } from '../survey/surveyResults';

export function* prepareDashboard(
  data: DashboardData,
  settings: Settings,
  today: string,
): Generator<void, void> {
  const rolloutId = settings.currentRolloutId;
  const scored = yield* scoredInSteps(data, settings, rolloutId);
  yield;
  memo(scored, 'latest', () => latestByCaseworker(scored));
  yield;
  stancesByRound(scored);
  memo(scored, 'latest-two', () => latestTwoByPerson(scored));
  yield;
  answerColumns(scored);
  yield;
  const index = rosterIndex(data.caseworkers);
  yield* entryColumnsInSteps(data.coachingEntries, index);
  yield;
  measureColumns(data.monthlyMeasures, index);
  yield;
  for (const rollout of rolloutsShown(data, rolloutId))
    yield* masteryTracksInSteps(data, rollout, settings.mastery);
  // The dashboard of everyone in the current rollout (what Home and an unfiltered dashboard show), built in steps.
  yield* dashboardInSteps(data, emptyFilter(rolloutId), settings, today);
}
