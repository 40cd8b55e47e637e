// A dashboard filtered to a unit or a role counts the records of the people it keeps and no one else's: every series,
// summary and drill-down list is worked out over the people in scope (fewPeople.test.ts checks it against the whole
// workspace). So for such a filter, before the whole workspace has been read (about 15 s at agency scale), the charts
// can be built from the small tables and the records of those people only, read through the caseworkerId indexes.
import type { Caseworker, Cohort } from '../model';
import type { DashboardData } from './buildDashboard';
import { selectScope, type DashboardFilter } from './dashboardFilter';

/** The large tables: each record is one person's (its caseworkerId). */
export const PER_PERSON_TABLES = [
  'surveyResponses',
  'coachingEntries',
  'gaps',
  'monthlyMeasures',
  'toolUsage',
] as const satisfies readonly (keyof DashboardData)[];

/** Whether a filter can keep few enough people to read theirs first: a unit or a role is chosen. */
export const narrowsPeople = (filter: DashboardFilter): boolean => filter.unitId !== '' || filter.role !== '';

/** Up to this many people, their records are always read person by person. */
const FEW = 200;
/** Beyond this share of the roster (and FEW), reading everyone's records at once is hardly longer. */
const MOST_OF_ROSTER = 0.25;

/**
 * The people a dashboard for `filter` counts, when it narrows them (a unit or a role) to a few: up to FEW, or a
 * quarter of the roster. Null otherwise: the whole workspace is read.
 */
export function fewPeopleInScope(
  caseworkers: readonly Caseworker[],
  cohorts: readonly Cohort[],
  filter: DashboardFilter,
): Set<string> | null {
  if (!narrowsPeople(filter)) return null;
  const { ids } = selectScope(caseworkers, cohorts, filter);
  return ids.size <= Math.max(FEW, caseworkers.length * MOST_OF_ROSTER) ? ids : null;
}
