// @vitest-environment happy-dom
// The compare screen's comparison kept for the next visit (issue 15): while nothing was written since, it shows who
// moved between the two rounds without reading their answers again; after a write it shows the kept comparison as of
// its moment, said so, until the two rounds are compared again. A pair never seen is worked out from its two rounds.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { roundComparisonKey, type RoundPair } from '../../../renderer/domain/survey/roundComparison';
import { useRoundComparison } from '../../../renderer/features/surveys/useRoundComparison';
import { useFreshDb } from '../data/freshDb';
import { respond } from './surveyAnswers';
import './patientHooks';

/**
 * Two rounds: Ana went from heckler to cheerleader, Ben stayed a fence-sitter, Cy answered only the first.
 * `answerForCy` saves Cy's second answers, as a heckler who was a cheerleader.
 */
async function twoRounds() {
  const instrument = await surveyRepository.instruments.ensureDefault();
  const spring = await rolloutRepository.create({ name: 'Spring' });
  await rolloutRepository.setCurrent(spring.id);
  const round = (name: string, openedOn: string) =>
    surveyRepository.rounds.create({
      rolloutId: spring.id,
      instrumentId: instrument.id,
      name,
      kind: 'pulse',
      openedOn,
    });
  const baseline = await round('Baseline', '2026-01-10');
  const pulse = await round('Pulse', '2026-04-10');
  const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
  const ben = await caseworkerRepository.create({ name: 'Ben Okafor' });
  const cy = await caseworkerRepository.create({ name: 'Cy Diaz' });
  await respond(instrument, baseline.id, ana.id, 1, '2026-01-12');
  await respond(instrument, pulse.id, ana.id, 5, '2026-04-12');
  await respond(instrument, baseline.id, ben.id, 3, '2026-01-12');
  await respond(instrument, pulse.id, ben.id, 3, '2026-04-12');
  await respond(instrument, baseline.id, cy.id, 5, '2026-01-12');
  return {
    pair: { fromId: baseline.id, toId: pulse.id },
    ids: { ana: ana.id, ben: ben.id, cy: cy.id },
    answerForCy: () => respond(instrument, pulse.id, cy.id, 1, '2026-04-13'),
  };
}

/** A visit to the compare screen that lasts until its comparison is kept. */
async function visitUntilKept(pair: RoundPair) {
  const visit = renderHook(() => useRoundComparison(pair));
  await waitFor(() => expect(visit.result.current?.view).toBeDefined());
  const settings = await settingsRepository.load();
  await waitFor(async () =>
    expect(
      await startSnapshotRepository.latest('survey-round-comparison', roundComparisonKey(pair, settings)),
    ).not.toBeNull(),
  );
  visit.unmount();
}

describe('useRoundComparison', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('compares the two rounds person by person', async () => {
    const { pair, ids } = await twoRounds();
    const { result } = renderHook(() => useRoundComparison(pair));
    await waitFor(() => expect(result.current?.view).toBeDefined());
    const summary = result.current!.view;
    expect(summary.compared).toBe(2);
    expect(summary.up).toEqual([{ caseworkerId: ids.ana, from: 'heckler', to: 'cheerleader' }]);
    expect(summary.down).toEqual([]);
    expect(summary.unchanged).toBe(1);
    expect(summary.onlyOne).toBe(1);
    expect(result.current?.outdatedSince).toBeNull();
  });

  it('has nothing for the same round twice, and reads nothing for it', async () => {
    const { pair } = await twoRounds();
    const reads = vi.spyOn(surveyRepository, 'roundPair');
    const { result } = renderHook(() => useRoundComparison({ fromId: pair.fromId, toId: pair.fromId }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(result.current).toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
  });

  it('shows the comparison kept at the last visit without reading the answers again', async () => {
    const { pair, ids } = await twoRounds();
    await visitUntilKept(pair);
    const reads = vi.spyOn(surveyRepository, 'roundPair');
    const { result } = renderHook(() => useRoundComparison(pair));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.outdatedSince).toBeNull();
    expect(result.current?.view.up.map((m) => m.caseworkerId)).toEqual([ids.ana]);
    expect(reads).not.toHaveBeenCalled();
  });

  it('after an answer comes in, shows the kept comparison as of its moment until it is compared again', async () => {
    const { pair, ids, answerForCy } = await twoRounds();
    await visitUntilKept(pair);
    await act(() => answerForCy());
    const renders: Array<{ down: string[]; outdated: boolean }> = [];
    renderHook(() => {
      const shown = useRoundComparison(pair);
      if (shown)
        renders.push({
          down: shown.view.down.map((m) => m.caseworkerId),
          outdated: shown.outdatedSince !== null,
        });
    });
    await waitFor(() => expect(renders.at(-1)).toEqual({ down: [ids.cy], outdated: false }));
    expect(renders[0]).toEqual({ down: [], outdated: true });
    // Never the old comparison said to be current.
    expect(renders).not.toContainEqual({ down: [], outdated: false });
  });
});
