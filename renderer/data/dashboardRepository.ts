// Everything the dashboard charts read, in one pass over the tables it needs.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { getDb } from './db';

export async function loadDashboardData(): Promise<DashboardData> {
  const db = getDb();
  const tables = [
    'rollouts',
    'units',
    'caseworkers',
    'coaches',
    'cohorts',
    'surveyInstruments',
    'surveyRounds',
    'surveyResponses',
    'trainingSessions',
    'rubrics',
    'coachingEntries',
    'standups',
    'gaps',
    'monthlyMeasures',
  ] as const;
  return db.transaction(
    'r',
    tables.map((t) => db[t]),
    async () => {
      const rows = await Promise.all(tables.map((t) => db[t].toArray()));
      return Object.fromEntries(
        tables.map((t, i) => [t, (rows[i] ?? []).filter((r) => r.deletedAt === null)]),
      ) as unknown as DashboardData;
    },
  );
}
