// @vitest-environment happy-dom
// The survey results hook: only the current rollout's rounds and responses, each caseworker's latest stance within it,
// names looked up the one way, and a new response or a change of rollout followed without a reload.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { useInstruments, useSurveyResults } from '../../../renderer/features/surveys/useSurveys';
import type { SurveyResults } from '../../../renderer/domain/survey/rolloutResults';
import { surveyRead } from '../../../renderer/data/surveyRead';
import { useFreshDb } from '../data/freshDb';
import { respond as respondTo } from './surveyAnswers';
import './patientHooks';

describe('useSurveyResults', () => {
  useFreshDb();
  afterEach(cleanup);

  it("keeps to the current rollout's rounds and follows new responses and a change of rollout", async () => {
    const instrument = await surveyRepository.instruments.ensureDefault();
    const spring = await rolloutRepository.create({ name: 'Spring' });
    const autumn = await rolloutRepository.create({ name: 'Autumn' });
    const round = (rolloutId: string, name: string, openedOn: string) =>
      surveyRepository.rounds.create({
        rolloutId,
        instrumentId: instrument.id,
        name,
        kind: 'baseline',
        openedOn,
      });
    const springRound = await round(spring.id, 'Spring baseline', '2026-01-10');
    const autumnRound = await round(autumn.id, 'Autumn baseline', '2026-09-10');
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const ben = await caseworkerRepository.create({ name: 'Ben Okafor' });
    const respond = (roundId: string, caseworkerId: string, agree: number, answeredOn: string) =>
      respondTo(instrument, roundId, caseworkerId, agree, answeredOn);
    await respond(springRound.id, ana.id, 5, '2026-01-12');
    await respond(autumnRound.id, ben.id, 1, '2026-09-12');
    await rolloutRepository.setCurrent(spring.id);

    const { result } = renderHook(() => useSurveyResults());
    await waitFor(() => expect(result.current?.rounds.map((r) => r.name)).toEqual(['Spring baseline']));
    expect(result.current?.responses.map((r) => r.caseworkerId)).toEqual([ana.id]);
    expect([...(result.current?.latest.keys() ?? [])]).toEqual([ana.id]);
    expect(result.current?.latest.get(ana.id)?.stance).toBe('cheerleader');
    expect(result.current?.caseworkers.map((c) => c.name).sort()).toEqual(['Ana Lopez', 'Ben Okafor']);

    await act(() => respond(springRound.id, ben.id, 1, '2026-01-13'));
    await waitFor(() => expect(result.current?.latest.get(ben.id)?.stance).toBe('heckler'));

    await act(() => rolloutRepository.setCurrent(autumn.id));
    await waitFor(() => expect(result.current?.rounds.map((r) => r.name)).toEqual(['Autumn baseline']));
    expect([...(result.current?.latest.keys() ?? [])]).toEqual([ben.id]);

    await act(() => caseworkerRepository.remove(ben.id));
    await waitFor(() => expect(result.current?.caseworkers.map((c) => c.name)).toEqual(['Ana Lopez']));
  });

  it('has nothing in scope without a current rollout', async () => {
    const instrument = await surveyRepository.instruments.ensureDefault();
    const spring = await rolloutRepository.create({ name: 'Spring' });
    await surveyRepository.rounds.create({
      rolloutId: spring.id,
      instrumentId: instrument.id,
      name: 'Spring baseline',
      kind: 'baseline',
      openedOn: '2026-01-10',
    });
    const { result } = renderHook(() => useSurveyResults());
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.rollout).toBeNull();
    expect(result.current?.rounds).toEqual([]);
    expect(result.current?.latest.size).toBe(0);
  });

  it('never gives the results of a forgotten copy again (presentation mode: the same answers now read differently)', async () => {
    const spring = await rolloutRepository.create({ name: 'Spring' });
    await rolloutRepository.setCurrent(spring.id);
    await caseworkerRepository.create({ name: 'Ana Lopez' });
    const renders: (SurveyResults | undefined)[] = [];
    const { result } = renderHook(() => {
      const results = useSurveyResults();
      renders.push(results);
      return results;
    });
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(1));
    const first = result.current;
    renders.length = 0;
    act(() => surveyRead.forget());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(1));
    expect(result.current).not.toBe(first);
    expect(renders).toContain(undefined);
    expect(renders.slice(renders.indexOf(undefined))).not.toContain(first);
  });

  it('gives the instrument new rounds use and counts the answers given on each version', async () => {
    const { result } = renderHook(() => useInstruments());
    await waitFor(() => expect(result.current?.current).toBeNull());
    const instrument = await act(() => surveyRepository.instruments.ensureDefault());
    await waitFor(() => expect(result.current?.current?.id).toBe(instrument.id));
    expect(result.current?.versions.map((v) => v.version)).toEqual([1]);
    expect(result.current?.answers.get(instrument.id) ?? 0).toBe(0);
  });
});
