// Every live record of the workspace for the screens that draw from all of it (Home, the dashboard, the rollout
// report): one shared copy, read again only when the workspace changes (data/workspaceSnapshot.ts). Like
// useLiveQuery: undefined while the first read is in flight, and a failed read is thrown to the error boundary.
import type { DashboardData } from '../../domain/dashboard/buildDashboard';
import { prepareDashboard } from '../../domain/dashboard/prepareDashboard';
import type { Settings } from '../../domain/model';
import { workspaceSnapshot } from '../../data/workspaceSnapshot';
import { notReading } from '../../data/sharedRead';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';
import { useToday } from '../../ui/useToday';
import { useSharedView } from './useSharedView';

/** The copy; with `wanted` false (the screen has what it shows already), undefined and nothing read for it. */
export function useWorkspaceData(wanted = true): DashboardData | undefined {
  const source = wanted ? workspaceSnapshot : notReading;
  return useSharedView(source, 'The workspace');
}

/** Copies of the workspace prepared for the dashboard, by what the preparation depended on in the settings. */
const prepared: WorkedOut<DashboardData, DashboardData> = new WeakMap();
/**
 * What the preparation's long parts depend on in the settings (the rollout, the stance thresholds, the mastery rules).
 * Its last part, the unfiltered dashboard, is built for the settings and day of the moment: after another change of
 * settings (or at midnight) the build finds the long parts done and takes a moment, without a "Loading…" between.
 */
const preparedFor = (s: Settings) =>
  JSON.stringify([s.currentRolloutId, s.cheerleaderMin, s.hecklerMax, s.mastery]);

/**
 * The workspace copy once the dashboard's first build has been prepared for it (prepareDashboard, a slice at a time
 * with a paint between), so building Home or the dashboard from it takes a moment instead of freezing the window for
 * two seconds. Until then the copy prepared before (a change elsewhere keeps the screen as it was for a moment), or
 * undefined the first time, after the settings the preparation depends on changed, and after the copy was forgotten.
 */
export function usePreparedWorkspaceData(
  settings: Settings | undefined,
  wanted = true,
): DashboardData | undefined {
  const data = useWorkspaceData(wanted);
  const today = useToday();
  return useWorkedOutInSlices(
    data,
    settings ? preparedFor(settings) : null,
    function* (copy) {
      if (settings) yield* prepareDashboard(copy, settings, today);
      return copy;
    },
    prepared,
  );
}
