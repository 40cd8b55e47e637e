// @vitest-environment happy-dom
// The survey's person screen: one person's results from their own answers, their adopter label from the people view
// (which ranks everyone).
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { usePersonResults } from '../../../renderer/features/surveys/usePersonResults';
import { useFreshDb } from '../data/freshDb';
import { surveyedRollout } from './surveyAnswers';
import './patientHooks';

describe('usePersonResults', () => {
  useFreshDb();
  afterEach(cleanup);

  it("shows a person's latest stance and history, and ranks them among everyone surveyed", async () => {
    await surveyedRollout();
    const people = await caseworkerRepository.list();
    const ana = people.find((p) => p.name === 'Ana Lopez')!;
    const ben = people.find((p) => p.name === 'Ben Okafor')!;

    const anas = renderHook(() => usePersonResults(ana.id));
    await waitFor(() => expect(anas.result.current.adopter).toBeDefined());
    await waitFor(() => expect(anas.result.current.results).toBeDefined());
    const { results, adopter } = anas.result.current;
    expect(results?.caseworker?.name).toBe('Ana Lopez');
    expect(results?.unit).toBe('No unit');
    expect(results?.latest?.stance).toBe('cheerleader');
    expect(results?.scored.map((s) => s.roundId)).toEqual([results?.rounds[0]?.id]);
    // Ana is the only one with an answer: ranked among one.
    expect(adopter?.among).toBe(1);
    expect(adopter?.category).not.toBeNull();
    expect(adopter?.outdatedSince).toBeNull();

    const bens = renderHook(() => usePersonResults(ben.id));
    await waitFor(() => expect(bens.result.current.results).toBeDefined());
    await waitFor(() => expect(bens.result.current.adopter).toBeDefined());
    expect(bens.result.current.results?.latest).toBeUndefined();
    expect(bens.result.current.results?.scored).toEqual([]);
    expect(bens.result.current.adopter?.category).toBeNull();
  });
});
