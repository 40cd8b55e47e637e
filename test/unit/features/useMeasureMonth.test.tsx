// @vitest-environment happy-dom
// The measures grid's month: the roster by name (opened and sorted a slice at a time), that month's measures by
// person, and the month before kept while another is read.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { measureRepository } from '../../../renderer/data/measureRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { useMeasureMonth, type MeasureMonth } from '../../../renderer/features/gaps/useGaps';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('useMeasureMonth', () => {
  useFreshDb();
  afterEach(cleanup);

  it('gives the roster by name and the month asked for, keeping the month before while another is read', async () => {
    for (const name of ['Zoe Park', 'ana lopez', 'Ben Ode', 'Ángel Ruiz'])
      await caseworkerRepository.create({ name });
    const people = await caseworkerRepository.list();
    const ben = people.find((p) => p.name === 'Ben Ode');
    if (!ben) throw new Error('not saved');
    await measureRepository.saveMonth([
      {
        caseworkerId: ben.id,
        month: '2026-03',
        visitsDue: 10,
        visitsMade: 9,
        visitsGoodQuality: 8,
        caseload: 15,
      },
    ]);

    const seen: (MeasureMonth | undefined)[] = [];
    const { result, rerender } = renderHook(
      ({ month }) => {
        const m = useMeasureMonth(month);
        seen.push(m);
        return m;
      },
      { initialProps: { month: '2026-03' } },
    );
    await waitFor(() => expect(result.current?.month).toBe('2026-03'));
    expect(result.current?.caseworkers.map((c) => c.name)).toEqual(
      [...people.map((p) => p.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(result.current?.caseworkers.map((c) => c.name)[0]).toBe('ana lopez');
    expect(result.current?.measureOf(ben.id)?.visitsMade).toBe(9);

    seen.length = 0;
    rerender({ month: '2026-02' });
    await waitFor(() => expect(result.current?.month).toBe('2026-02'));
    expect(result.current?.measureOf(ben.id)).toBeUndefined();
    expect(seen).not.toContain(undefined);

    await act(() => caseworkerRepository.create({ name: 'Aaron Abel' }));
    await waitFor(() => expect(result.current?.caseworkers[0]?.name).toBe('Aaron Abel'));
  });
});
