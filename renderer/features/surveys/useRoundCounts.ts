// The survey rounds screen: its rounds read live (a few records), and how many answered each (domain/survey/
// roundCounts.ts) worked out from every answer of the current rollout, or the counts kept at the last visit. When
// nothing was written since, the kept counts are the current ones: shown, and the answers are not read. Otherwise they
// are shown as of their moment, said so, while the answers are read and counted again.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { rolloutRepository } from '../../data/rolloutRepository';
import { notReading } from '../../data/sharedRead';
import { surveyRead } from '../../data/surveyRead';
import { surveyRepository } from '../../data/surveyRepository';
import { roundCounts, roundCountsKey, type RoundCounts } from '../../domain/survey/roundCounts';
import { useKeptModel } from '../shared/useKeptModel';
import { useKeptView, type ShownView } from '../shared/useKeptView';
import { useSharedView } from '../shared/useSharedView';

const ROUNDS = 'survey-round-counts';

/** The current rollout, its live rounds oldest first, and every survey version (a round names its own). */
export function useCurrentRounds() {
  return useLiveQuery(async () => {
    const rollout = await rolloutRepository.current();
    const [rounds, instruments] = await Promise.all([
      rollout ? surveyRepository.rounds.listOldestFirst(rollout.id) : Promise.resolve([]),
      surveyRepository.instruments.listIncludingTrash(),
    ]);
    return { rollout, rounds, instruments };
  });
}

export function useRoundCounts(): ShownView<RoundCounts> | undefined {
  const lookup = useKeptModel<RoundCounts>(ROUNDS, roundCountsKey, false);
  const raw = useSharedView(lookup.read ? surveyRead : notReading, 'The survey answers');
  const view = useMemo(() => raw && roundCounts(raw.data.responses, raw.caseworkers), [raw]);
  return useKeptView(ROUNDS, roundCountsKey, lookup, view && raw && { view, stamp: raw.stamp });
}
