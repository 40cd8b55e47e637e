// @vitest-environment happy-dom
// The coaching log's list hook: unfiltered it holds only the page asked for and the count of all entries; filters and
// words give every match, newest first, and the page grows without another read; a new entry shows up live.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { noEntryFilters, type EntryFilters } from '../../../renderer/domain/coaching/entryListQuery';
import { personNames } from '../../../renderer/domain/roster/names';
import { useEntryList } from '../../../renderer/features/coaching/useCoaching';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('useEntryList', () => {
  useFreshDb();
  afterEach(cleanup);

  it('reads a page unfiltered, every match filtered, and follows new entries', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode' });
    for (let day = 1; day <= 9; day++)
      await coachingEntryRepository.create({
        kind: day % 3 === 0 ? 'ride-along' : 'observation',
        caseworkerId: day % 2 === 0 ? ben.id : ana.id,
        date: `2026-03-0${day}`,
      });
    const names = personNames([ana, ben]);
    const { result, rerender } = renderHook(
      ({ filters, limit }: { filters: EntryFilters; limit: number }) => useEntryList(filters, limit, names),
      { initialProps: { filters: noEntryFilters, limit: 4 } },
    );
    await waitFor(() => expect(result.current?.rows.map((e) => e.date)).toHaveLength(4));
    expect(result.current).toMatchObject({ matching: 9, total: 9 });
    expect(result.current?.rows.map((e) => e.date)).toEqual([
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
    ]);
    // The next page: while it is read, the count of all entries stays (the "Show more" button does not blink away).
    rerender({ filters: noEntryFilters, limit: 8 });
    expect(result.current?.matching).toBe(9);
    await waitFor(() => expect(result.current?.rows).toHaveLength(8));

    const byWords = { ...noEntryFilters, text: 'ben' };
    rerender({ filters: byWords, limit: 2 });
    await waitFor(() => expect(result.current?.matching).toBe(4));
    expect(result.current?.rows.map((e) => e.date)).toEqual(['2026-03-08', '2026-03-06']);
    rerender({ filters: byWords, limit: 4 });
    expect(result.current?.rows.map((e) => e.date)).toEqual([
      '2026-03-08',
      '2026-03-06',
      '2026-03-04',
      '2026-03-02',
    ]);

    rerender({ filters: { ...noEntryFilters, kind: 'ride-along', caseworkerId: ana.id }, limit: 4 });
    await waitFor(() =>
      expect(result.current?.rows.map((e) => e.date)).toEqual(['2026-03-09', '2026-03-03']),
    );

    rerender({ filters: noEntryFilters, limit: 2 });
    await act(() =>
      coachingEntryRepository.create({ kind: 'one-to-one', caseworkerId: ana.id, date: '2026-03-20' }),
    );
    await waitFor(() =>
      expect(result.current?.rows.map((e) => e.date)).toEqual(['2026-03-20', '2026-03-09']),
    );
    expect(result.current?.total).toBe(10);
  });
});
