// @vitest-environment happy-dom
// The roster the coaching, standup, gap and measure screens share (data/rosterRead.ts): read once for all of them, not
// at every visit, by name for the pickers, and followed when someone joins or leaves.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { rosterRead } from '../../../renderer/data/rosterRead';
import { MISSING_PERSON } from '../../../renderer/domain/roster/names';
import { useCoachingLookups } from '../../../renderer/features/coaching/useCoaching';
import { useGapList } from '../../../renderer/features/gaps/useGaps';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('the roster the screens share', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    rosterRead.forget();
  });

  it('is read once for the screens that follow one another, by name for the pickers, and follows a new person', async () => {
    const north = await unitRepository.create({ name: 'North' });
    await caseworkerRepository.create({ name: 'Zoe Park', unitId: north.id });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id });
    const reads = [vi.spyOn(caseworkerRepository, 'list'), vi.spyOn(caseworkerRepository, 'listByName')];
    const readsSoFar = () => reads.reduce((n, spy) => n + spy.mock.calls.length, 0);

    // The coaching log, then the gap list: the second screen reads no caseworker again.
    const coaching = renderHook(() => useCoachingLookups());
    await waitFor(() =>
      expect(coaching.result.current?.caseworkers.map((c) => c.name)).toEqual(['Ana Lopez', 'Zoe Park']),
    );
    expect(coaching.result.current?.caseworkerName(ana.id)).toBe('Ana Lopez');
    coaching.unmount();
    const gaps = renderHook(() => useGapList());
    await waitFor(() => expect(gaps.result.current?.caseworker(ana.id)?.name).toBe('Ana Lopez'));
    expect(gaps.result.current?.unitName(north.id)).toBe('North');
    expect(readsSoFar()).toBe(1);

    // Someone joins and someone leaves: the screen shown follows.
    const cy = await act(() => caseworkerRepository.create({ name: 'Cy Baker', unitId: north.id }));
    await waitFor(() => expect(gaps.result.current?.caseworker(cy.id)?.name).toBe('Cy Baker'));
    await act(() => caseworkerRepository.remove(ana.id));
    await waitFor(() => expect(gaps.result.current?.caseworker(ana.id)).toBeUndefined());
    gaps.unmount();
    const again = renderHook(() => useCoachingLookups());
    await waitFor(() =>
      expect(again.result.current?.caseworkers.map((c) => c.name)).toEqual(['Cy Baker', 'Zoe Park']),
    );
    expect(again.result.current?.caseworkerName(ana.id)).toBe(MISSING_PERSON);
  });
});
