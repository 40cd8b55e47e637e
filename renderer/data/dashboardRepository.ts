// What the dashboard charts (and the home screen, and the rollout report) read: every live record of the workspace, in
// one read transaction so the charts never mix two moments; read a page at a time, so the window keeps painting.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { tableNames } from '../domain/model';
import { inTransaction, readTables } from './repository';
import { noteReadStamp, writtenStamp } from './startSnapshotRepository';
import { SNAPSHOTS } from './middleware/writeStampLayer';

// The tables the dashboard's data holds, so the tables a model built from it depends on: every table but the drafts
// (saved while someone types) and the schedules. Named as a record so the compiler checks it against DashboardData.
const dataTables: Record<keyof DashboardData, true> = {
  rollouts: true,
  units: true,
  caseworkers: true,
  coaches: true,
  cohorts: true,
  surveyInstruments: true,
  surveyRounds: true,
  surveyResponses: true,
  trainingSessions: true,
  rubrics: true,
  coachingEntries: true,
  standups: true,
  gaps: true,
  monthlyMeasures: true,
  toolUsage: true,
};
const DATA_TABLES = Object.keys(dataTables) as (keyof DashboardData)[];

export const dashboardRepository = {
  /**
   * Every live record, with the write tokens of the moment of the tables a model built from it depends on
   * (startSnapshotRepository: what a kept model checks).
   */
  data: (): Promise<DashboardData> =>
    inTransaction('r', [...tableNames, SNAPSHOTS], async () => {
      const stamp = await writtenStamp(DATA_TABLES);
      const data = await readTables((repo) => repo.listInPages());
      noteReadStamp(data, stamp);
      return data;
    }),
};
