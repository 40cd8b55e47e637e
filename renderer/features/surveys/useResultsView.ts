// The survey results screen's view (domain/survey/resultsView.ts): worked out from every answer of the current rollout,
// or the view kept at the last visit. When nothing was written since, the kept view is the current one: shown, and the
// answers are not read. Otherwise it is shown as of its moment, said so, while they are read and worked out again.
// Survey results do not follow the day (a stance is the latest answer's, whenever it came), only the records.
import { useMemo } from 'react';
import { resultsView, resultsViewKey, type ResultsView } from '../../domain/survey/resultsView';
import { useSettings } from '../settings/useSettings';
import { useSurveyResults } from './useSurveys';
import { KEPT_SURVEY_RESULTS } from '../../domain/keptModel';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';

export function useResultsView(): ShownView<ResultsView> | undefined {
  const settings = useSettings();
  const key = settings ? resultsViewKey(settings) : null;
  const lookup = useKeptModel<ResultsView>(KEPT_SURVEY_RESULTS, key, false);
  const results = useSurveyResults(lookup.read);
  const view = useMemo(() => (results ? resultsView(results) : undefined), [results]);
  return useKeptView(KEPT_SURVEY_RESULTS, key, lookup, view && results && { view, stamp: results.readStamp });
}
