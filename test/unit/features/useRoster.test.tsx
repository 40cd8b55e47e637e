// @vitest-environment happy-dom
// The roster hook: units and caseworkers by name, read live (a change anywhere shows without a reload), the roles in
// use, and unit names with the one wording for a unit that went to Trash.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { MISSING_UNIT } from '../../../renderer/domain/roster/names';
import { useRoster } from '../../../renderer/features/roster/useRoster';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('useRoster', () => {
  useFreshDb();
  afterEach(cleanup);

  it('follows the roster as it changes: sorted by name, roles in use, a trashed unit named the one way', async () => {
    const north = await unitRepository.create({ name: 'North' });
    await caseworkerRepository.create({ name: 'Zoe Park', unitId: north.id, role: 'Intake' });
    const { result } = renderHook(() => useRoster());
    await waitFor(() => expect(result.current?.caseworkers.map((c) => c.name)).toEqual(['Zoe Park']));

    await act(async () => {
      await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id, role: 'Ongoing' });
      await caseworkerRepository.create({ name: 'Ben Ode', unitId: north.id, role: 'Intake' });
    });
    await waitFor(() =>
      expect(result.current?.caseworkers.map((c) => c.name)).toEqual(['Ana Lopez', 'Ben Ode', 'Zoe Park']),
    );
    expect(result.current?.roles).toEqual(['Intake', 'Ongoing']);
    expect(result.current?.unitName(north.id)).toBe('North');
    expect(result.current?.unitName(null)).toBe('No unit');

    await act(() => unitRepository.remove(north.id));
    await waitFor(() => expect(result.current?.units).toEqual([]));
    expect(result.current?.unitName(north.id)).toBe(MISSING_UNIT);
  });

  it('leaves a caseworker in Trash out of the list', async () => {
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez' });
    await caseworkerRepository.create({ name: 'Ben Ode' });
    const { result } = renderHook(() => useRoster());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    await act(() => caseworkerRepository.remove(ana.id));
    await waitFor(() => expect(result.current?.caseworkers.map((c) => c.name)).toEqual(['Ben Ode']));
  });
});
