// @vitest-environment happy-dom
// A gap's page reads the gap and its caseworker's evidence through the indexes: that person's measures (by month) and
// coaching entries, plus any record linked to the gap, and nobody else's; null once the gap is in Trash.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { gapRepository } from '../../../renderer/data/gapRepository';
import { measureRepository } from '../../../renderer/data/measureRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { useGapDetail } from '../../../renderer/features/gaps/useGaps';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('useGapDetail', () => {
  useFreshDb();
  afterEach(cleanup);

  it("holds the caseworker's evidence and the records linked to the gap, not everyone's", async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    const ben = await caseworkerRepository.create({ name: 'Ben Ode' });
    const month = (caseworkerId: string, m: string) => ({
      caseworkerId,
      month: m,
      visitsDue: 10,
      visitsMade: 9,
      visitsGoodQuality: 8,
      caseload: 15,
    });
    await measureRepository.saveMonth([month(ana.id, '2026-03'), month(ben.id, '2026-03')]);
    await measureRepository.saveMonth([month(ana.id, '2026-01')]);
    const own = await coachingEntryRepository.create({
      kind: 'observation',
      caseworkerId: ana.id,
      date: '2026-03-02',
    });
    const bens = await coachingEntryRepository.create({
      kind: 'observation',
      caseworkerId: ben.id,
      date: '2026-03-03',
    });
    const gap = await gapRepository.create({
      caseworkerId: ana.id,
      expectation: 'Visits',
      openedOn: '2026-03-01',
      evidence: [{ kind: 'coaching', id: bens.id }],
    });

    const { result } = renderHook(() => useGapDetail(gap.id));
    await waitFor(() => expect(result.current?.gap?.id).toBe(gap.id));
    const source = result.current?.source;
    expect(source?.caseworker(ana.id)?.name).toBe('Ana Lopez');
    expect(source?.caseworker(ben.id)).toBeUndefined();
    expect(source?.measuresOf(ana.id).map((m) => m.month)).toEqual(['2026-01', '2026-03']);
    expect(source?.measures.every((m) => m.caseworkerId === ana.id)).toBe(true);
    expect(source?.entriesOf(ana.id).map((e) => e.id)).toEqual([own.id]);
    expect(source?.entries.map((e) => e.id)).toEqual([own.id, bens.id]);

    await act(() => gapRepository.remove(gap.id));
    await waitFor(() => expect(result.current).toEqual({ gap: null, source: null }));
  });
});
