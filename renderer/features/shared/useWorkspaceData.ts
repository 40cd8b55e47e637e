// Every live record of the workspace for the screens that draw from all of it (Home, the dashboard, the rollout
// report): one shared copy, read again only when the workspace changes (data/workspaceSnapshot.ts). Like
// useLiveQuery: undefined while the first read is in flight, and a failed read is thrown to the error boundary.
import { useSyncExternalStore } from 'react';
import type { DashboardData } from '../../domain/dashboard/buildDashboard';
import { workspaceSnapshot } from '../../data/workspaceSnapshot';

export function useWorkspaceData(): DashboardData | undefined {
  const { data, error } = useSyncExternalStore(workspaceSnapshot.subscribe, workspaceSnapshot.current);
  if (error !== undefined)
    throw error instanceof Error ? error : new Error('The workspace could not be read.', { cause: error });
  return data;
}
