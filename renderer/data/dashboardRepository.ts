// What the dashboard charts (and the home screen, and the rollout report) read: every live record of the workspace, in
// one read transaction so the charts never mix two moments; read a page at a time, so the window keeps painting.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { tableNames } from '../domain/model';
import { inTransaction, readTables } from './repository';
import { noteReadToken, writtenToken } from './startSnapshotRepository';
import { SNAPSHOTS } from './middleware/writeStampLayer';

export const dashboardRepository = {
  /** Every live record, with the write token of the moment (startSnapshotRepository: what a kept model checks). */
  data: (): Promise<DashboardData> =>
    inTransaction('r', [...tableNames, SNAPSHOTS], async () => {
      const token = await writtenToken();
      const data = await readTables((repo) => repo.listInPages());
      noteReadToken(data, token);
      return data;
    }),
};
