// The survey's people screen's rows (domain/survey/peopleView.ts): worked out from every answer of the current rollout,
// or the rows kept at the last visit. When nothing was written since, the kept rows are the current ones: shown, and
// the answers are not read. Otherwise they are shown as of their moment, said so, while the answers are read and
// worked out again. Like the results, they do not follow the day.
import type { Settings } from '../../domain/model';
import { peopleViewInSteps, peopleViewKey, type PeopleView } from '../../domain/survey/peopleView';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';
import { KEPT_SURVEY_PEOPLE } from '../../domain/keptModel';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';
import type { SurveyResults } from '../../domain/survey/rolloutResults';
import { useSurveyResults } from './useSurveys';

const workedOut: WorkedOut<SurveyResults, PeopleView> = new WeakMap();

/** The people view for `settings` (the screen's, from useSettings; undefined while they are read). */
export function usePeopleView(settings: Settings | undefined): ShownView<PeopleView> | undefined {
  const key = settings ? peopleViewKey(settings) : null;
  const lookup = useKeptModel<PeopleView>(KEPT_SURVEY_PEOPLE, key, false);
  const results = useSurveyResults(lookup.read);
  const view = useWorkedOutInSlices(results, '', peopleViewInSteps, workedOut);
  return useKeptView(KEPT_SURVEY_PEOPLE, key, lookup, view && results && { view, stamp: results.readStamp });
}
