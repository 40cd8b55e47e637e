// @vitest-environment happy-dom
// The survey results kept for the next visit (issue 15): while nothing was written since, the results screen shows
// what it showed last without reading the 50,000 answers of an agency again; after a write it shows them as of their
// moment, said so, until they are worked out again.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { surveyRead } from '../../../renderer/data/surveyRead';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { resultsViewKey } from '../../../renderer/domain/survey/resultsView';
import { useResultsView } from '../../../renderer/features/surveys/useResultsView';
import { useFreshDb } from '../data/freshDb';
import { surveyedRollout } from './surveyAnswers';
import './patientHooks';

/** A visit to the results that lasts until what it shows is kept; then nothing of it is left in memory. */
async function visitUntilKept() {
  const visit = renderHook(() => useResultsView());
  await waitFor(() => expect(visit.result.current?.view.mix.agency.counts.cheerleader).toBe(1));
  const key = resultsViewKey(await settingsRepository.load());
  await waitFor(async () =>
    expect(await startSnapshotRepository.latest('survey-results', key)).not.toBeNull(),
  );
  visit.unmount();
  surveyRead.forget();
}

describe('useResultsView', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the results kept at the last visit without reading the answers again', async () => {
    await surveyedRollout();
    await visitUntilKept();
    const reads = vi.spyOn(surveyRepository, 'dataOfRollout');
    const { result } = renderHook(() => useResultsView());
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.outdatedSince).toBeNull();
    expect(result.current?.view.mix.agency.counts).toEqual({
      cheerleader: 1,
      'fence-sitter': 0,
      heckler: 0,
      'not-surveyed': 1,
    });
    expect(result.current?.view.mix.agency.notSurveyed.map((p) => p.name)).toEqual(['Ben Okafor']);
    expect(result.current?.view.rolloutName).toBe('Spring');
    expect(result.current?.view.responseCount).toBe(1);
    expect(reads).not.toHaveBeenCalled();
  });

  it('after an answer comes in, shows the kept results as of their moment until the new ones are worked out', async () => {
    const { answerForBen } = await surveyedRollout();
    await visitUntilKept();
    await act(() => answerForBen());
    const renders: Array<{ hecklers: number; outdated: boolean }> = [];
    const { result } = renderHook(() => {
      const shown = useResultsView();
      if (shown)
        renders.push({
          hecklers: shown.view.mix.agency.counts.heckler,
          outdated: shown.outdatedSince !== null,
        });
      return shown;
    });
    await waitFor(() => expect(result.current?.view.mix.agency.counts.heckler).toBe(1));
    expect(result.current?.outdatedSince).toBeNull();
    expect(renders[0]).toEqual({ hecklers: 0, outdated: true });
    expect(renders).not.toContainEqual({ hecklers: 0, outdated: false });
  });
});
