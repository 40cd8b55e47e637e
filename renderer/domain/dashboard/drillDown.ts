// Following a dashboard number down to the people behind it: the filters travel in the address (so Back returns to the
// dashboard as it was and a drill-down link can be shared within the app), and what a clicked bar or legend item
// means (which wave, unit, mastery level or stance) is decided here, with the same rules the charts count by.
import type { Caseworker } from '../model';
import { masteryLabel, masteryLevels, type MasteryLevel } from '../mastery/mastery';
import type { Stance } from '../survey/scoreResponse';
import { emptyFilter, type DashboardFilter } from './dashboardFilter';

/** The charts whose bars count people, so a bar (or a legend item) opens the list of those people. */
export const peopleCharts = ['mastery-by-wave', 'mastery-by-unit', 'stance-by-unit'] as const;
export type PeopleChart = (typeof peopleCharts)[number];

export type StanceKey = Stance | 'not-surveyed';
export const stanceKeys: readonly StanceKey[] = ['cheerleader', 'fence-sitter', 'heckler', 'not-surveyed'];
export const stanceLabel: Record<StanceKey, string> = {
  cheerleader: 'Cheerleaders',
  'fence-sitter': 'Fence-sitters',
  heckler: 'Hecklers',
  'not-surveyed': 'Not surveyed',
};

/**
 * What was clicked: a chart, and a category (a bar: a wave '1'..'4' or 'none', or a unit id or 'none'), a series (a
 * segment or a legend item: a mastery level or a stance), or both. Null means "any".
 */
export interface DrillPick {
  chart: PeopleChart;
  category: string | null;
  series: string | null;
}

/** What each person in scope is, as the people charts count them. */
export interface PeopleInScope {
  caseworkers: readonly Caseworker[];
  /** caseworkerId -> wave in the rollout's cohorts (absent: in no cohort). */
  waveOf: ReadonlyMap<string, number>;
  /** caseworkerId -> mastery level (absent: not started). */
  levelOf: ReadonlyMap<string, MasteryLevel>;
  /** caseworkerId -> latest stance in the date range (absent: not surveyed). */
  stanceOf: ReadonlyMap<string, Stance>;
}

const filterKeys = ['rollout', 'unit', 'role', 'wave', 'from', 'to'] as const;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The dashboard filter as address parameters; every field is written, so an empty one is kept as chosen. */
export function filterToParams(filter: DashboardFilter): URLSearchParams {
  return new URLSearchParams({
    rollout: filter.rolloutId ?? 'all',
    unit: filter.unitId,
    role: filter.role,
    wave: String(filter.wave),
    from: filter.from,
    to: filter.to,
  });
}

/** The filter an address carries, or null when it carries none (the dashboard then uses the remembered one). */
export function filterFromParams(params: URLSearchParams): DashboardFilter | null {
  if (!filterKeys.some((k) => params.has(k))) return null;
  const rollout = params.get('rollout') ?? 'all';
  const wave = Number(params.get('wave') ?? '0');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...emptyFilter(rollout === 'all' || rollout === '' ? null : rollout),
    unitId: params.get('unit') ?? '',
    role: params.get('role') ?? '',
    wave: Number.isInteger(wave) && wave >= 0 && wave <= 4 ? wave : 0,
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
  };
}

/** The list behind a click, with the dashboard's filters and what was clicked. */
export function drillDownHref(filter: DashboardFilter, pick: DrillPick): string {
  const params = filterToParams(filter);
  params.set('chart', pick.chart);
  if (pick.category !== null) params.set('category', pick.category);
  if (pick.series !== null) params.set('series', pick.series);
  return `/dashboard/people?${params.toString()}`;
}

/** The dashboard, with the same filters (where "Back to the dashboard" leads). */
export function dashboardHref(filter: DashboardFilter): string {
  return `/dashboard?${filterToParams(filter).toString()}`;
}

/** The click an address carries, or null when it names no chart this list knows. */
export function pickFromParams(params: URLSearchParams): DrillPick | null {
  const chart = params.get('chart');
  if (!peopleCharts.includes(chart as PeopleChart)) return null;
  return { chart: chart as PeopleChart, category: params.get('category'), series: params.get('series') };
}

/** A wave bar's key from its label, as the by-wave series names them ("Wave 2", "No cohort"). */
export const waveKey = (wave: number | undefined): string => (wave ? String(wave) : 'none');

const categoryOf = (chart: PeopleChart, person: Caseworker, people: PeopleInScope): string =>
  chart === 'mastery-by-wave' ? waveKey(people.waveOf.get(person.id)) : (person.unitId ?? 'none');

const seriesOf = (chart: PeopleChart, person: Caseworker, people: PeopleInScope): string =>
  chart === 'stance-by-unit'
    ? (people.stanceOf.get(person.id) ?? 'not-surveyed')
    : (people.levelOf.get(person.id) ?? 'not-started');

/** The people a click stands for: everyone in scope in the clicked category and series, by name. */
export function peopleBehind(people: PeopleInScope, pick: DrillPick): Caseworker[] {
  return people.caseworkers
    .filter(
      (c) =>
        (pick.category === null || categoryOf(pick.chart, c, people) === pick.category) &&
        (pick.series === null || seriesOf(pick.chart, c, people) === pick.series),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The clicked series in words ("Practicing", "Fence-sitters"), or null for an unknown key. */
export function seriesLabel(chart: PeopleChart, series: string): string | null {
  if (chart === 'stance-by-unit') return stanceLabel[series as StanceKey] ?? null;
  return masteryLevels.includes(series as MasteryLevel) ? masteryLabel[series as MasteryLevel] : null;
}

/** The clicked category in words ("Wave 2", "No cohort", a unit's name). */
export function categoryLabel(
  chart: PeopleChart,
  category: string,
  unitName: (id: string) => string | undefined,
): string {
  if (chart === 'mastery-by-wave') return category === 'none' ? 'No cohort' : `Wave ${category}`;
  return category === 'none' ? 'No unit' : (unitName(category) ?? 'A unit in Trash');
}

/** What the list shows, in one line: "Wave 2 · Practicing", "Intake North", "Hecklers". */
export function describePick(pick: DrillPick, unitName: (id: string) => string | undefined): string {
  const parts = [
    pick.category === null ? null : categoryLabel(pick.chart, pick.category, unitName),
    pick.series === null ? null : seriesLabel(pick.chart, pick.series),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : 'Everyone in scope';
}
