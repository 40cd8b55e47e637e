// @vitest-environment happy-dom
// The answer screen marks who answered the round chosen and warns before replacing someone's answers, from that
// round's answers alone, read live: a new answer marks its person at once.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import { useWhoAnswered } from '../../../renderer/features/surveys/useWhoAnswered';
import { useFreshDb } from '../data/freshDb';
import { surveyedRollout } from './surveyAnswers';
import './patientHooks';

describe('useWhoAnswered', () => {
  useFreshDb();
  afterEach(cleanup);

  it('marks the people who answered the round, gives one person’s answers, and follows a new answer', async () => {
    const { answerForBen } = await surveyedRollout();
    const [round] = await surveyRepository.rounds.list();
    const people = await caseworkerRepository.list();
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    const ben = renderHook(() => useWhoAnswered(round!.id, id('Ben Okafor')));
    const ana = renderHook(() => useWhoAnswered(round!.id, id('Ana Lopez')));
    await waitFor(() => expect(ben.result.current.answered).toEqual(new Set([id('Ana Lopez')])));
    await waitFor(() => expect(ana.result.current.existing?.caseworkerId).toBe(id('Ana Lopez')));
    expect(ben.result.current.existing).toBeUndefined();

    await act(() => answerForBen());
    await waitFor(() =>
      expect(ben.result.current.answered).toEqual(new Set([id('Ana Lopez'), id('Ben Okafor')])),
    );
    await waitFor(() => expect(ben.result.current.existing?.answeredOn).toBe('2026-01-13'));
  });

  it('has nobody without a round', async () => {
    const { result } = renderHook(() => useWhoAnswered(undefined, ''));
    await waitFor(() => expect(result.current.answered).toEqual(new Set()));
    expect(result.current.existing).toBeUndefined();
  });
});
