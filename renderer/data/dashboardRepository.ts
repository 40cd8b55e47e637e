// What the dashboard charts (and the home screen, and the rollout report) read: every live record of the workspace, in
// one read transaction so the charts never mix two moments; read a page at a time, so the window keeps painting.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { tableNames } from '../domain/model';
import { inTransaction, readTables } from './repository';

export const dashboardRepository = {
  data: (): Promise<DashboardData> =>
    inTransaction('r', tableNames, () => readTables((repo) => repo.listInPages())),
};
