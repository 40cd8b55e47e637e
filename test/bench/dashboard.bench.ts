// Dashboard and home at agency scale: the first build of every chart, and a filter change (budget: under 100 ms).
import { buildDashboard, type DashboardData } from '../../renderer/domain/dashboard/buildDashboard';
import { emptyFilter } from '../../renderer/domain/dashboard/dashboardFilter';
import { buildHome } from '../../renderer/domain/home/buildHome';
import { agencyData, SCALE } from './agencyData';
import type { Benchmark } from './benchTypes';

const agency = agencyData();
const base = emptyFilter(agency.settings.currentRolloutId);
const unitId = agency.data.units[3]?.id ?? '';
let ranges = 0;
const freshCopy = (): DashboardData =>
  Object.fromEntries(
    Object.entries(agency.data).map(([table, rows]) => [table, [...(rows as unknown[])]]),
  ) as unknown as DashboardData;
const scale = `${SCALE.caseworkers.toLocaleString('en-US')} caseworkers, ${SCALE.coachingEntries.toLocaleString('en-US')} coaching entries, ${SCALE.responses.toLocaleString('en-US')} responses, ${SCALE.months} months`;

export const benchmarks: Benchmark[] = [
  {
    // Fresh arrays each run, as after a reload from the database: nothing remembered from an earlier build.
    name: `dashboard: first build of every chart, ${scale}`,
    budgetMs: 500,
    repeat: 3,
    run: () => buildDashboard(freshCopy(), base, agency.settings, agency.today),
  },
  {
    name: 'dashboard: every chart for all 5,000 again, e.g. filters reset (data remembered)',
    budgetMs: 100,
    repeat: 3,
    run: () => buildDashboard(agency.data, base, agency.settings, agency.today),
  },
  {
    name: 'dashboard: change the unit filter at that scale',
    budgetMs: 100,
    repeat: 3,
    run: () => buildDashboard(agency.data, { ...base, unitId }, agency.settings, agency.today),
  },
  {
    // Another start of the range each run: a range already seen is remembered (surveyInRange).
    name: 'dashboard: change the start of the date range at that scale',
    budgetMs: 100,
    repeat: 3,
    run: () =>
      buildDashboard(
        agency.data,
        { ...base, from: `2024-0${1 + (ranges++ % 9)}-01` },
        agency.settings,
        agency.today,
      ),
  },
  {
    name: 'home screen cards at that scale',
    budgetMs: 500,
    repeat: 3,
    run: () => buildHome(agency.data, agency.settings, agency.today),
  },
];
