// The survey rounds screen's counts: how many answered each round (domain/survey/roundCounts.ts), worked out from
// every answer of the current rollout, or the counts kept at the last visit (the rounds themselves are read live,
// useCurrentRounds in useSurveys.ts). When nothing was written since, the kept counts are the current ones: shown, and the answers are not read. Otherwise they
// are shown as of their moment, said so, while the answers are read and counted again.
import { useMemo } from 'react';
import { notReading } from '../../data/sharedRead';
import { surveyRead } from '../../data/surveyRead';
import { roundCounts, roundCountsKey, type RoundCounts } from '../../domain/survey/roundCounts';
import { KEPT_ROUND_COUNTS } from '../../domain/keptModel';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';
import { useSharedView } from '../shared/useSharedView';

export function useRoundCounts(): ShownView<RoundCounts> | undefined {
  const lookup = useKeptModel<RoundCounts>(KEPT_ROUND_COUNTS, roundCountsKey, false);
  const raw = useSharedView(lookup.read ? surveyRead : notReading, 'The survey answers');
  const view = useMemo(() => raw && roundCounts(raw.data.responses, raw.caseworkers), [raw]);
  return useKeptView(KEPT_ROUND_COUNTS, roundCountsKey, lookup, view && raw && { view, stamp: raw.stamp });
}
