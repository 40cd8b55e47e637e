// @vitest-environment happy-dom
// The dashboard's charts kept for the next visit (issue 15): a lead who opens the dashboard with the same filters as
// last time sees the charts at once, without the workspace being read, while nothing was written since; after a write
// the charts of last time are shown, said to be of that moment, until the new ones are worked out; another filter
// reads the workspace.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockForTests } from '../../../renderer/clock';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { draftRepository } from '../../../renderer/data/draftRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { workspaceSnapshot } from '../../../renderer/data/workspaceSnapshot';
import { emptyFilter } from '../../../renderer/domain/dashboard/dashboardFilter';
import { keptDashboardKey } from '../../../renderer/domain/dashboard/keptDashboard';
import { useDashboard } from '../../../renderer/features/dashboard/useDashboard';
import { useFreshDb } from '../data/freshDb';
import { smallWorkspace } from './smallWorkspace';
import './patientHooks';

/** A visit to the dashboard that lasts until its charts are kept for the next one. */
async function visitUntilKept() {
  const visit = renderHook(() => useDashboard());
  await waitFor(() => expect(visit.result.current.charts?.scopeSize).toBe(2));
  const settings = await settingsRepository.load();
  const key = keptDashboardKey(settings, emptyFilter(settings.currentRolloutId));
  await waitFor(async () => expect(await startSnapshotRepository.latest('dashboard', key)).not.toBeNull());
  visit.unmount();
  // The next visit: nothing of this one's copy in memory (as after a restart of the app).
  workspaceSnapshot.forget();
}

describe('the dashboard kept for the next visit', () => {
  useFreshDb();
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    setClockForTests(() => new Date('2026-03-18T16:45:00Z'));
  });
  afterEach(() => {
    cleanup();
    setClockForTests(null);
    vi.restoreAllMocks();
  });

  it('shows the charts kept at the last visit without reading the workspace, and reads it for another filter', async () => {
    await smallWorkspace();
    await visitUntilKept();
    const reads = vi.spyOn(dashboardRepository, 'data');
    const { result } = renderHook(() => useDashboard());
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    expect(result.current.outdatedSince).toBeNull();
    expect(result.current.choices?.roles).toEqual(['Intake', 'Ongoing']);
    expect(result.current.choices?.units.map((u) => u.name)).toEqual(['North']);
    expect(reads).not.toHaveBeenCalled();

    // Another filter needs the workspace: the kept charts stay, marked updating, until the new ones are built.
    act(() => result.current.setFilter({ ...result.current.filter, role: 'Intake' }));
    expect(result.current.charts?.scopeSize).toBe(2);
    expect(result.current.updating).toBe(true);
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(1));
    expect(result.current.updating).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('stays current after a draft was saved (a half-written form is not a record the charts count)', async () => {
    await smallWorkspace();
    await visitUntilKept();
    await draftRepository.save('coaching-entry:new', { notes: 'Half a sentence' });
    const reads = vi.spyOn(dashboardRepository, 'data');
    const { result } = renderHook(() => useDashboard());
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    expect(result.current.outdatedSince).toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });

  it('after a write, shows the kept charts as of their moment while the new ones are worked out', async () => {
    await smallWorkspace();
    await visitUntilKept();
    await caseworkerRepository.create({ name: 'Cy New', role: 'Intake' });
    const renders: Array<{ scope: number | undefined; outdated: boolean }> = [];
    const { result } = renderHook(() => {
      const dashboard = useDashboard();
      renders.push({ scope: dashboard.charts?.scopeSize, outdated: dashboard.outdatedSince !== null });
      return dashboard;
    });
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(3));
    expect(result.current.outdatedSince).toBeNull();
    // Before: last visit's charts, said to be of that moment; never the old figures as if they were current.
    expect(renders).toContainEqual({ scope: 2, outdated: true });
    expect(renders).not.toContainEqual({ scope: 2, outdated: false });
  });

  it('does not show charts kept on another day as today’s', async () => {
    await smallWorkspace();
    await visitUntilKept();
    setClockForTests(() => new Date('2026-03-19T08:00:00Z'));
    const outdated: boolean[] = [];
    const { result } = renderHook(() => {
      const dashboard = useDashboard();
      if (dashboard.charts) outdated.push(dashboard.outdatedSince !== null);
      return dashboard;
    });
    await waitFor(() => expect(outdated.at(-1)).toBe(false));
    // Shown first as yesterday's, then worked out for today.
    expect(outdated[0]).toBe(true);
    expect(result.current.charts?.scopeSize).toBe(2);
  });

  it('keeps the charts of a filter picked during the visit when the dashboard is left, for the next visit', async () => {
    await smallWorkspace();
    await visitUntilKept();
    const visit = renderHook(() => useDashboard());
    await waitFor(() => expect(visit.result.current.charts?.scopeSize).toBe(2));
    const intake = { ...visit.result.current.filter, role: 'Intake' };
    act(() => visit.result.current.setFilter(intake));
    await waitFor(() => expect(visit.result.current.charts?.scopeSize).toBe(1));
    const settings = await settingsRepository.load();
    const key = keptDashboardKey(settings, intake);
    // Not sealed after each filter clicked through: only when the dashboard is left.
    expect(await startSnapshotRepository.latest('dashboard', key)).toBeNull();
    visit.unmount();
    await waitFor(async () => expect(await startSnapshotRepository.latest('dashboard', key)).not.toBeNull());

    workspaceSnapshot.forget();
    const reads = vi.spyOn(dashboardRepository, 'data');
    const next = renderHook(() => useDashboard());
    await waitFor(() => expect(next.result.current.charts?.scopeSize).toBe(1));
    expect(next.result.current.filter.role).toBe('Intake');
    expect(next.result.current.outdatedSince).toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });

  it('keeps nothing again when the filters go back to what the visit opened with (Reset), nothing written since', async () => {
    await smallWorkspace();
    const keep = vi.spyOn(startSnapshotRepository, 'keep');
    const { result } = renderHook(() => useDashboard());
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    await waitFor(() => expect(keep).toHaveBeenCalledTimes(1));
    const opened = result.current.filter;
    act(() => result.current.setFilter({ ...opened, role: 'Intake' }));
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(1));
    act(() => result.current.setFilter(opened));
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    expect(result.current.updating).toBe(false);
    expect(keep).toHaveBeenCalledTimes(1);

    // After a write the charts are worked out again, and those are kept.
    await caseworkerRepository.create({ name: 'Cy New', role: 'Intake' });
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(3));
    await waitFor(() => expect(keep).toHaveBeenCalledTimes(2));
  });
});
