// @vitest-environment happy-dom
// The survey's people rows kept for the next visit (issue 15): while nothing was written since, the people screen lists
// what it listed last without reading the 50,000 answers of an agency again; after a write it lists them as of their
// moment, said so, until they are worked out again.
import { useSettings } from '../../../renderer/features/settings/useSettings';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { surveyRepository } from '../../../renderer/data/surveyRepository';
import type { PeopleView } from '../../../renderer/domain/survey/peopleView';
import { usePeopleView } from '../../../renderer/features/surveys/usePeopleView';
import { useFreshDb } from '../data/freshDb';
import { surveyedRollout, visitPeopleUntilKept } from './surveyAnswers';
import './patientHooks';

const stances = (view: PeopleView | undefined) =>
  view?.rows.map((r) => [r.name, r.latest?.stance ?? null, r.latest?.roundName ?? null, r.answers]);

const visitUntilKept = () => visitPeopleUntilKept(2);

describe('usePeopleView', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('lists the people kept at the last visit without reading the answers again', async () => {
    await surveyedRollout();
    await visitUntilKept();
    const reads = vi.spyOn(surveyRepository, 'dataOfRollout');
    const { result } = renderHook(() => usePeopleView(useSettings()));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.outdatedSince).toBeNull();
    // Everyone counted in the results (not those who left), with their latest answer or none.
    expect(stances(result.current?.view)).toEqual(
      expect.arrayContaining([
        ['Ana Lopez', 'cheerleader', 'Spring baseline', 1],
        ['Ben Okafor', null, null, 0],
      ]),
    );
    expect(result.current?.view.rows).toHaveLength(2);
    expect(result.current?.view.rows.find((r) => r.name === 'Ana Lopez')?.role).toBe('Intake');
    expect(reads).not.toHaveBeenCalled();
  });

  it('after an answer comes in, lists the kept rows as of their moment until the new ones are worked out', async () => {
    const { answerForBen } = await surveyedRollout();
    await visitUntilKept();
    await act(() => answerForBen());
    const renders: Array<{ benSurveyed: boolean; outdated: boolean }> = [];
    const { result } = renderHook(() => {
      const shown = usePeopleView(useSettings());
      if (shown)
        renders.push({
          benSurveyed: shown.view.rows.some((r) => r.name === 'Ben Okafor' && r.latest !== null),
          outdated: shown.outdatedSince !== null,
        });
      return shown;
    });
    await waitFor(() =>
      expect(result.current?.view.rows.find((r) => r.name === 'Ben Okafor')?.latest?.stance).toBe('heckler'),
    );
    expect(result.current?.outdatedSince).toBeNull();
    expect(renders[0]).toEqual({ benSurveyed: false, outdated: true });
    expect(renders).not.toContainEqual({ benSurveyed: false, outdated: false });
  });
});
