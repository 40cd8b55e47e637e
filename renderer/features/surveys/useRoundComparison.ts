// The compare screen's comparison of two rounds (domain/survey/roundComparison.ts): worked out from those two rounds'
// answers only, or the comparison kept at the last visit for the same pair. When nothing was written since, the kept
// one is current: shown, and no answer is read. Otherwise it is shown as of its moment, said so, while the two rounds
// are read and compared again. Like the other survey views, it does not follow the day.
import { useLiveQuery } from 'dexie-react-hooks';
import { surveyRepository } from '../../data/surveyRepository';
import type { ReadStamp } from '../../data/startSnapshotRepository';
import {
  isComparable,
  roundComparisonInSteps,
  roundComparisonKey,
  type RoundPair,
} from '../../domain/survey/roundComparison';
import type { StanceThresholds } from '../../domain/survey/scoreResponse';
import type { RoundComparison, SurveyData } from '../../domain/survey/surveyResults';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';
import { useSettings } from '../settings/useSettings';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';

const COMPARISON = 'survey-round-comparison';

/** One read of a pair, with what it is compared for (the work depends on the read alone). */
interface PairRead {
  key: string;
  pair: RoundPair;
  thresholds: StanceThresholds;
  data: SurveyData;
  stamp: ReadStamp;
}

const workedOut: WorkedOut<PairRead, RoundComparison> = new WeakMap();
const compare = (read: PairRead) => roundComparisonInSteps(read.data, read.pair, read.thresholds);

/** The comparison of `pair`; undefined while it is first worked out, and when the pair is not two different rounds. */
export function useRoundComparison(pair: RoundPair): ShownView<RoundComparison> | undefined {
  const settings = useSettings();
  const { fromId, toId } = pair;
  const thresholds = settings && { cheerleaderMin: settings.cheerleaderMin, hecklerMax: settings.hecklerMax };
  const key = thresholds && isComparable(pair) ? roundComparisonKey(pair, thresholds) : null;
  const lookup = useKeptModel<RoundComparison>(COMPARISON, key, false);
  const read = useLiveQuery(
    async (): Promise<PairRead | null> =>
      lookup.read && key && thresholds
        ? { key, pair: { fromId, toId }, thresholds, ...(await surveyRepository.roundPair({ fromId, toId })) }
        : null,
    // The thresholds are part of the key.
    [lookup.read, key, fromId, toId],
  );
  const current = read && read.key === key ? read : undefined;
  const view = useWorkedOutInSlices(current, key, compare, workedOut);
  return useKeptView(COMPARISON, key, lookup, view && current && { view, stamp: current.stamp });
}
