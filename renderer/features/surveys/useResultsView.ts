// The survey results screen's view (domain/survey/resultsView.ts): worked out from every answer of the current rollout,
// or the view kept at the last visit. When nothing was written since, the kept view is the current one: shown, and the
// answers are not read. Otherwise it is shown as of its moment, said so, while they are read and worked out again.
// Survey results do not follow the day (a stance is the latest answer's, whenever it came), only the records.
import { useEffect, useMemo } from 'react';
import { startSnapshotRepository } from '../../data/startSnapshotRepository';
import { resultsView, resultsViewKey, type ResultsView } from '../../domain/survey/resultsView';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';
import { useSurveyResults } from './useSurveys';
import { useKeptModel } from '../shared/useKeptModel';

const RESULTS = 'survey-results';

export interface ShownResults {
  view: ResultsView;
  /** When the view shown was worked out, if the workspace changed since (it is being worked out again). */
  outdatedSince: string | null;
}

export function useResultsView(): ShownResults | undefined {
  const settings = useSettings();
  const today = useToday();
  const key = settings ? resultsViewKey(settings) : null;
  const { kept, current, read } = useKeptModel<ResultsView>(RESULTS, key, false);
  const results = useSurveyResults(read);
  const view = useMemo(() => (results ? resultsView(results) : undefined), [results]);
  useEffect(() => {
    if (!view || !results || !key) return;
    // Kept for the next visit; a failure only means the next visit reads the answers first, as before.
    startSnapshotRepository.keep(RESULTS, key, today, results.readStamp, view).catch(() => undefined);
  }, [view, results, key, today]);
  if (view) return { view, outdatedSince: null };
  if (!kept) return undefined;
  return { view: kept.model, outdatedSince: current ? null : kept.keptAt };
}
