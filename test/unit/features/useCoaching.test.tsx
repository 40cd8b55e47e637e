// @vitest-environment happy-dom
// The coaching hooks: one entry (null once it is in Trash, so the screen says so), the standup of a cohort and day
// (null until one is recorded), and the lookups with one wording for someone no longer on the roster.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { MISSING_PERSON } from '../../../renderer/domain/roster/names';
import { useCoachingLookups, useEntry, useStandup } from '../../../renderer/features/coaching/useCoaching';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

const COHORT = '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e';

describe('coaching hooks', () => {
  useFreshDb();
  afterEach(cleanup);

  it('gives an entry while it is live and null once it is in Trash', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const entry = await coachingEntryRepository.save(
      { kind: 'one-to-one', caseworkerId: ana.id, date: '2026-03-02' },
      { opened: null, draftKey: null },
    );
    const { result } = renderHook(() => useEntry(entry.id));
    await waitFor(() => expect(result.current?.id).toBe(entry.id));
    await act(() => coachingEntryRepository.remove(entry.id));
    await waitFor(() => expect(result.current).toBeNull());
    const none = renderHook(() => useEntry(null));
    await waitFor(() => expect(none.result.current).toBeNull());
  });

  it("gives null until the day's standup is recorded, then the standup", async () => {
    const { result } = renderHook(() => useStandup(COHORT, '2026-03-02'));
    await waitFor(() => expect(result.current).toBeNull());
    await act(() => standupRepository.save({ cohortId: COHORT, date: '2026-03-02', rows: [] }, null));
    await waitFor(() => expect(result.current?.date).toBe('2026-03-02'));
  });

  it('names people by id, with one wording for someone who left the roster', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode' });
    const { result } = renderHook(() => useCoachingLookups());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    expect(result.current?.caseworkerName(ana.id)).toBe('Ana Lopez');
    await act(() => caseworkerRepository.remove(ben.id));
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(1));
    expect(result.current?.caseworkerName(ben.id)).toBe(MISSING_PERSON);
    expect(result.current?.caseworkerName.inSentence(ben.id)).toBe('someone no longer on the roster');
  });
});
