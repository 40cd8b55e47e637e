// What a restore keeps for the first visits after it (issue 15). A restore forgets every model kept (they were of
// another workspace), so without these the first start after it read the whole workspace back to work Home's figures
// out (5.7-6.3 s at agency scale), the first visit of the dashboard read it again (4.6 s), and the first of the survey
// results, its people or its rounds read the 50,000 answers (1.0-1.3 s). Home's figures and the dashboard's charts are
// built from the records the restore has just written (the worker still holds them) and stamped with the write tokens
// its transaction left; the survey's views read the answers back and are stamped as the screens' reads are. They are
// the models a read would build, and are kept only while nothing has been written since (startSnapshotRepository).
import type { Backup } from '../domain/backup/parseBackup';
import { openingFilter } from '../domain/dashboard/dashboardFilter';
import { dashboardFor } from '../domain/dashboard/dashboardFor';
import {
  chartsOf,
  filterChoices,
  keptDashboardKey,
  type KeptDashboard,
} from '../domain/dashboard/keptDashboard';
import { prepareDashboard } from '../domain/dashboard/prepareDashboard';
import { buildHome, homeModelKey } from '../domain/home/buildHome';
import {
  KEPT_DASHBOARD,
  KEPT_HOME,
  KEPT_ROUND_COUNTS,
  KEPT_SURVEY_PEOPLE,
  KEPT_SURVEY_RESULTS,
} from '../domain/keptModel';
import { roundCounts, roundCountsKey } from '../domain/survey/roundCounts';
import { peopleViewInSteps, peopleViewKey } from '../domain/survey/peopleView';
import { surveyResultsInSteps } from '../domain/survey/rolloutResults';
import { resultsView, resultsViewKey } from '../domain/survey/resultsView';
import { finish } from '../domain/steps';
import { dashboardRepository } from './dashboardRepository';
import { settingsRepository } from './settingsRepository';
import { startSnapshotRepository, type ReadStamp } from './startSnapshotRepository';
import { readSurveyData } from './surveyRead';

/**
 * Keeps Home's figures and the dashboard's charts (of the filter it opens with) for `today`, built from the records of
 * `backup` just restored, whose write tokens are `stamp`, and the survey's results, people and round counts. Worked
 * out in one go: it runs in the restore worker, where no window waits on it. Answers which were kept (none of them
 * when something was written since).
 */
export async function keepRestoredViews(
  backup: Backup,
  stamp: ReadStamp,
  today: string,
): Promise<Record<'home' | 'dashboard' | 'surveyResults' | 'surveyPeople' | 'roundCounts', boolean>> {
  const settings = await settingsRepository.load();
  const data = dashboardRepository.dataOf(backup.tables, stamp);
  finish(prepareDashboard(data, settings, today));
  const home = await startSnapshotRepository.keep(
    KEPT_HOME,
    homeModelKey(settings),
    today,
    stamp,
    buildHome(data, settings, today),
  );
  const filter = openingFilter(settings);
  const model = dashboardFor(data, filter, settings, today);
  const dashboard = await startSnapshotRepository.keep(
    KEPT_DASHBOARD,
    keptDashboardKey(settings, filter),
    today,
    stamp,
    { charts: chartsOf(model), choices: filterChoices(data) } satisfies KeptDashboard,
  );
  // The survey results read the current rollout's answers back (what they show depends on the order of the reads,
  // which a copy made here would have to follow), and are worked out as the screen does.
  const survey = await readSurveyData();
  const results = finish(surveyResultsInSteps(survey));
  const surveyResults = await startSnapshotRepository.keep(
    KEPT_SURVEY_RESULTS,
    resultsViewKey(survey.settings),
    today,
    survey.stamp,
    resultsView(results),
  );
  const surveyPeople = await startSnapshotRepository.keep(
    KEPT_SURVEY_PEOPLE,
    peopleViewKey(survey.settings),
    today,
    survey.stamp,
    finish(peopleViewInSteps(results)),
  );
  const roundCountsKept = await startSnapshotRepository.keep(
    KEPT_ROUND_COUNTS,
    roundCountsKey,
    today,
    survey.stamp,
    roundCounts(survey.data.responses, survey.caseworkers),
  );
  return { home, dashboard, surveyResults, surveyPeople, roundCounts: roundCountsKept };
}
