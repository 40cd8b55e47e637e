// @vitest-environment happy-dom
// The one shared read of the whole workspace behind Home, the dashboard and the rollout report, and what a dashboard
// filter change costs: the workspace is read once for every screen, read again when one of its tables changes (not
// when settings do, as saving the filter does), and a filter change builds the dashboard once.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { caseworkerRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { workspaceSnapshot } from '../../../renderer/data/workspaceSnapshot';
import { buildDashboardInSteps, type DashboardData } from '../../../renderer/domain/dashboard/buildDashboard';
import type * as BuildModule from '../../../renderer/domain/dashboard/buildDashboard';
import { useDashboard } from '../../../renderer/features/dashboard/useDashboard';
import { useSettings } from '../../../renderer/features/settings/useSettings';
import {
  usePreparedWorkspaceData,
  useWorkspaceData,
} from '../../../renderer/features/shared/useWorkspaceData';
import { useFreshDb } from '../data/freshDb';
import { smallWorkspace } from './smallWorkspace';
import './patientHooks';

vi.mock('../../../renderer/domain/dashboard/buildDashboard', async (importOriginal) => {
  const actual = await importOriginal<typeof BuildModule>();
  return { ...actual, buildDashboardInSteps: vi.fn(actual.buildDashboardInSteps) };
});

describe('useWorkspaceData', () => {
  useFreshDb();
  afterEach(cleanup);

  it('reads the workspace once for every screen, again on a change of its tables, not on a settings change', async () => {
    await smallWorkspace();
    const reads = vi.spyOn(dashboardRepository, 'data');
    const home = renderHook(() => useWorkspaceData());
    const dashboard = renderHook(() => useWorkspaceData());
    await waitFor(() => expect(home.result.current?.caseworkers).toHaveLength(2));
    await waitFor(() => expect(dashboard.result.current).toBe(home.result.current));
    expect(reads).toHaveBeenCalledTimes(1);
    const first = home.result.current;

    // A screen opened later takes the same copy without reading.
    const report = renderHook(() => useWorkspaceData());
    expect(report.result.current).toBe(first);
    // Saving settings (the dashboard's remembered filter) is no change of the workspace: the change event has been
    // handled by the time the save resolves, and nothing was read.
    await act(() => settingsRepository.save({ dashboardFilter: null, visitTarget: 80 }));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(home.result.current).toBe(first);

    await act(() => caseworkerRepository.create({ name: 'Cy New', role: 'Intake' }));
    await waitFor(() => expect(home.result.current?.caseworkers).toHaveLength(3));
    expect(reads).toHaveBeenCalledTimes(2);
    expect(report.result.current).toBe(home.result.current);
  });

  it('reads again when the copy is forgotten (presentation mode turned on or off)', async () => {
    await smallWorkspace();
    const { result } = renderHook(() => useWorkspaceData());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    const first = result.current;
    act(() => workspaceSnapshot.forget());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    expect(result.current).not.toBe(first);
  });
});

describe('usePreparedWorkspaceData', () => {
  useFreshDb();
  afterEach(cleanup);

  it('hands over the copy once the dashboard is prepared for it, and keeps the one before while a new one is prepared', async () => {
    await smallWorkspace();
    // What every render handed over: the number of caseworkers in the prepared copy, or undefined.
    const renders: (number | undefined)[] = [];
    const { result } = renderHook(() => {
      const settings = useSettings();
      const hooks = { copy: useWorkspaceData(), prepared: usePreparedWorkspaceData(settings) };
      renders.push(hooks.prepared?.caseworkers.length);
      return hooks;
    });
    await waitFor(() => expect(result.current.prepared?.caseworkers).toHaveLength(2));
    const first = result.current.prepared;
    expect(first).toBe(result.current.copy);

    // A change: the new copy arrives first and the prepared one follows a moment later, never undefined between.
    renders.length = 0;
    await act(() => caseworkerRepository.create({ name: 'Cy New', role: 'Intake' }));
    await waitFor(() => expect(result.current.prepared?.caseworkers).toHaveLength(3));
    expect(renders).not.toContain(undefined);
    expect(renders[0]).toBe(2);
    expect(result.current.prepared).toBe(result.current.copy);
  });
});

describe('usePreparedWorkspaceData after the copy is forgotten', () => {
  useFreshDb();
  afterEach(cleanup);

  it('never hands over a forgotten copy again (presentation mode: the same records now read differently)', async () => {
    await smallWorkspace();
    const renders: (DashboardData | undefined)[] = [];
    const { result } = renderHook(() => {
      const prepared = usePreparedWorkspaceData(useSettings());
      renders.push(prepared);
      return prepared;
    });
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    const first = result.current;
    renders.length = 0;
    act(() => workspaceSnapshot.forget());
    await waitFor(() => expect(result.current?.caseworkers).toHaveLength(2));
    expect(result.current).not.toBe(first);
    expect(renders).toContain(undefined);
    expect(renders.slice(renders.indexOf(undefined))).not.toContain(first);
  });
});

describe('useDashboard', () => {
  useFreshDb();
  afterEach(cleanup);

  it('builds the dashboard once per filter change, though the filter is also saved to settings', async () => {
    await smallWorkspace();
    const { result } = renderHook(() => ({ dashboard: useDashboard(), settings: useSettings() }));
    await waitFor(() => expect(result.current.dashboard.charts?.scopeSize).toBe(2));
    const builds = vi.mocked(buildDashboardInSteps);
    const before = builds.mock.calls.length;

    const { filter, setFilter } = result.current.dashboard;
    act(() => setFilter({ ...filter, role: 'Intake' }));
    await waitFor(() => expect(result.current.dashboard.charts?.scopeSize).toBe(1));
    const charts = result.current.dashboard.charts;
    // The saved filter comes back through settings; the model built for it stays.
    await waitFor(() => expect(result.current.settings?.dashboardFilter?.role).toBe('Intake'));
    await act(() => settingsRepository.load());
    expect(result.current.dashboard.charts).toBe(charts);
    expect(builds.mock.calls.length - before).toBe(1);
  });

  it('keeps the charts of the filter before, marked updating, while a new filter is worked out; one seen before comes back at once', async () => {
    // The test before left its filter in the address, which the dashboard follows.
    window.history.replaceState(null, '', '/');
    await smallWorkspace();
    const renders: Array<{ scope: number | undefined; updating: boolean; role: string }> = [];
    const { result } = renderHook(() => {
      const dashboard = useDashboard();
      renders.push({
        scope: dashboard.charts?.scopeSize,
        updating: dashboard.updating,
        role: dashboard.shown.role,
      });
      return dashboard;
    });
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(2));
    const everyone = result.current.filter;

    renders.length = 0;
    act(() => result.current.setFilter({ ...everyone, role: 'Intake' }));
    // At once: the controls have the new filter, the charts still the one before, said to be updating.
    expect(result.current.filter.role).toBe('Intake');
    expect(renders.at(-1)).toEqual({ scope: 2, updating: true, role: '' });
    await waitFor(() => expect(result.current.charts?.scopeSize).toBe(1));
    expect(result.current.updating).toBe(false);
    expect(result.current.shown.role).toBe('Intake');
    expect(renders.map((r) => r.scope)).not.toContain(undefined);

    // Back to everyone: built before, so shown in the same render, not worked out again.
    const builds = vi.mocked(buildDashboardInSteps).mock.calls.length;
    act(() => result.current.reset());
    expect(result.current.charts?.scopeSize).toBe(2);
    expect(result.current.updating).toBe(false);
    expect(vi.mocked(buildDashboardInSteps).mock.calls.length).toBe(builds);
  });
});
