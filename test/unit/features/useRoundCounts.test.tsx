// @vitest-environment happy-dom
// The survey rounds screen's counts kept for the next visit (issue 15): while nothing was written since, it shows how
// many answered each round without reading the 50,000 answers of an agency again; after a write it shows them as of
// their moment, said so, until they are counted again. The rounds themselves are always read live.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { surveyRead } from '../../../renderer/data/surveyRead';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { answeredIn, roundCountsKey } from '../../../renderer/domain/survey/roundCounts';
import { useRoundCounts } from '../../../renderer/features/surveys/useRoundCounts';
import { useCurrentRounds } from '../../../renderer/features/surveys/useSurveys';
import { useFreshDb } from '../data/freshDb';
import { surveyedRollout } from './surveyAnswers';
import './patientHooks';

const roundsPage = () => ({ rounds: useCurrentRounds(), counts: useRoundCounts() });

/** A visit to the rounds screen that lasts until its counts are kept; then nothing of it is left in memory. */
async function visitUntilKept() {
  const visit = renderHook(roundsPage);
  await waitFor(() => expect(visit.result.current.counts?.view).toBeDefined());
  await waitFor(async () =>
    expect(await startSnapshotRepository.latest('survey-round-counts', roundCountsKey)).not.toBeNull(),
  );
  visit.unmount();
  surveyRead.forget();
}

describe('useRoundCounts', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('counts the people who answered each round of the current rollout, out of those the results count', async () => {
    await surveyedRollout();
    const { result } = renderHook(roundsPage);
    await waitFor(() => expect(result.current.counts?.view).toBeDefined());
    const [round] = result.current.rounds?.rounds ?? [];
    expect(result.current.rounds?.rollout?.name).toBe('Spring');
    expect(round?.name).toBe('Spring baseline');
    // Ana answered; Ben has not; Cy has left and is not counted.
    expect(answeredIn(result.current.counts!.view, round!.id)).toBe(1);
    expect(result.current.counts?.view.counted).toBe(2);
    expect(result.current.counts?.outdatedSince).toBeNull();
  });

  it('shows the counts kept at the last visit without reading the answers again', async () => {
    await surveyedRollout();
    await visitUntilKept();
    const reads = vi.spyOn(surveyRepository, 'dataOfRollout');
    const { result } = renderHook(roundsPage);
    await waitFor(() => expect(result.current.counts).toBeDefined());
    await waitFor(() => expect(result.current.rounds).toBeDefined());
    const round = result.current.rounds!.rounds[0]!;
    expect(result.current.counts?.outdatedSince).toBeNull();
    expect(answeredIn(result.current.counts!.view, round.id)).toBe(1);
    expect(reads).not.toHaveBeenCalled();
  });

  it('after an answer comes in, shows the kept counts as of their moment until they are counted again', async () => {
    const { answerForBen } = await surveyedRollout();
    await visitUntilKept();
    await act(() => answerForBen());
    const renders: Array<{ answered: number; outdated: boolean }> = [];
    renderHook(() => {
      const page = roundsPage();
      const round = page.rounds?.rounds[0];
      if (page.counts && round)
        renders.push({
          answered: answeredIn(page.counts.view, round.id),
          outdated: page.counts.outdatedSince !== null,
        });
    });
    await waitFor(() => expect(renders.at(-1)).toEqual({ answered: 2, outdated: false }));
    expect(renders[0]).toEqual({ answered: 1, outdated: true });
    // Never the old count said to be current.
    expect(renders).not.toContainEqual({ answered: 1, outdated: false });
  });
});
