// @vitest-environment happy-dom
// The Trash list and the home screen's workspace summary: both read live through the indexes (deletedAt, status), so a
// move to Trash, a restore or a change of status shows at once.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { trashRepository } from '../../../renderer/data/trash';
import { useWorkspaceSummary } from '../../../renderer/features/home/useWorkspaceSummary';
import { useTrash } from '../../../renderer/features/trash/useTrash';
import { useFreshDb } from '../data/freshDb';
import './patientHooks';

describe('useTrash', () => {
  useFreshDb();
  afterEach(cleanup);

  it('lists what was moved to Trash, with its kind and title, and drops it again when restored', async () => {
    const north = await unitRepository.create({ name: 'North' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id });
    const { result } = renderHook(() => useTrash());
    await waitFor(() => expect(result.current).toEqual([]));

    await act(() => caseworkerRepository.remove(ana.id));
    await waitFor(() =>
      expect(result.current?.map((i) => [i.table, i.kind, i.title])).toEqual([
        ['caseworkers', 'caseworker', 'Ana Lopez'],
      ]),
    );
    await act(() => trashRepository.restore('caseworkers', ana.id));
    await waitFor(() => expect(result.current).toEqual([]));
    expect((await caseworkerRepository.getLive(ana.id))?.name).toBe('Ana Lopez');
  });
});

describe('useWorkspaceSummary', () => {
  useFreshDb();
  afterEach(cleanup);

  it('counts people at work and on leave, units, roles and rollouts, and follows changes', async () => {
    const north = await unitRepository.create({ name: 'North' });
    const ana = await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id, role: 'Intake' });
    await caseworkerRepository.create({ name: 'Ben Ode', role: 'Ongoing' });
    await caseworkerRepository.create({ name: 'Cy Left', status: 'left', role: 'Intake' });
    const spring = await rolloutRepository.create({ name: 'Spring' });
    await rolloutRepository.setCurrent(spring.id);

    const { result } = renderHook(() => useWorkspaceSummary());
    await waitFor(() =>
      expect(result.current).toMatchObject({
        activeCaseworkers: 2,
        onLeave: 0,
        units: 1,
        roles: 2,
        rollouts: 1,
        withoutUnit: 1,
        withoutRole: 0,
      }),
    );
    expect(result.current?.currentRollout?.name).toBe('Spring');

    await act(() => caseworkerRepository.setStatus(ana.id, 'on-leave'));
    await waitFor(() => expect(result.current).toMatchObject({ activeCaseworkers: 1, onLeave: 1 }));
    await act(() => rolloutRepository.remove(spring.id));
    await waitFor(() => expect(result.current).toMatchObject({ rollouts: 0, currentRollout: null }));
    // Someone without a role joins; someone goes to Trash (and no longer counts); their roles follow.
    await act(() => caseworkerRepository.create({ name: 'Di Newton', unitId: north.id }));
    await waitFor(() => expect(result.current).toMatchObject({ activeCaseworkers: 2, withoutRole: 1 }));
    await act(() => caseworkerRepository.remove(ana.id));
    await waitFor(() =>
      expect(result.current).toMatchObject({ activeCaseworkers: 2, onLeave: 0, roles: 1, withoutUnit: 1 }),
    );
  });
});
