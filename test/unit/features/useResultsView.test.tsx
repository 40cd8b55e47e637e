// @vitest-environment happy-dom
// The survey results kept for the next visit (issue 15): while nothing was written since, the results screen shows
// what it showed last without reading the 50,000 answers of an agency again; after a write it shows them as of their
// moment, said so, until they are worked out again.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { surveyRead } from '../../../renderer/data/surveyRead';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { resultsViewKey } from '../../../renderer/domain/survey/resultsView';
import { useResultsView } from '../../../renderer/features/surveys/useResultsView';
import { useFreshDb } from '../data/freshDb';
import { respond } from './surveyAnswers';
import './patientHooks';

async function surveyed() {
  const instrument = await surveyRepository.instruments.ensureDefault();
  const spring = await rolloutRepository.create({ name: 'Spring' });
  await rolloutRepository.setCurrent(spring.id);
  const round = await surveyRepository.rounds.create({
    rolloutId: spring.id,
    instrumentId: instrument.id,
    name: 'Spring baseline',
    kind: 'baseline',
    openedOn: '2026-01-10',
  });
  const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
  const ben = await caseworkerRepository.create({ name: 'Ben Okafor' });
  await respond(instrument, round.id, ana.id, 5, '2026-01-12');
  return { answerForBen: () => respond(instrument, round.id, ben.id, 1, '2026-01-13') };
}

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
    await surveyed();
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
    const { answerForBen } = await surveyed();
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
