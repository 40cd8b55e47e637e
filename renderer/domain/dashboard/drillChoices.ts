// What a drill-down list offers to choose, in words: for each chart, its bars (categories) and its segments (series)
// as the chart names them, so the list's title reads like the bar that was clicked and every bar is reachable by keyboard.
import { coachingKinds } from '../model';
import { coachingKindLabel } from '../coaching/coachingLabels';
import { formatMonth } from '../format/format';
import { masteryLabel, masteryLevels } from '../mastery/mastery';
import type { DashboardModel } from './buildDashboard';
import {
  rideAlongSeries,
  stanceKeys,
  stanceLabel,
  type DrillChart,
  type DrillPick,
  type RideAlongSeries,
} from './drillDown';
import { gapTypeLabel, gapTypes } from './gapSeries';
import { OTHERS, type ChartRows } from './topAndBottom';

export interface Choice {
  value: string;
  label: string;
}

export interface DrillChoices {
  /** The chart's title, as on the dashboard. */
  title: string;
  /** What its bars are ("Unit") and the choice of all of them ("Every unit"). */
  categoryName: string;
  everyCategory: string;
  categories: Choice[];
  /** What its segments are ("Gap type"), or null when its bars have no segments (the adopter mix). */
  seriesName: string | null;
  everySeries: string;
  series: Choice[];
}

export const drillChartTitle: Record<DrillChart, string> = {
  'mastery-by-wave': 'Mastery by wave',
  'mastery-by-unit': 'Mastery by unit',
  'stance-by-unit': 'Stances by unit',
  'stance-over-time': 'Stances over time',
  'adopter-mix': 'Adopters against the Rogers curve',
  'gaps-by-unit': 'Gap types by unit',
  'gaps-by-month': 'Gaps opened by month',
  'coaching-by-coach': 'Coaching activity by coach',
  'ride-alongs': 'Ride-along prep and debrief',
  renegades: 'Renegade systems seen in the field',
};

/** The ride-along chart's legend. */
export const rideAlongLabel: Record<RideAlongSeries, string> = {
  complete: 'Prep and debrief',
  missingPrep: 'No prep',
  missingDebrief: 'No debrief',
};

/** The renegade chart's legend. */
export const renegadeSeriesLabel = {
  paper: 'Paper notes',
  spreadsheet: 'Private spreadsheets',
  other: 'Other tools',
} as const;

const choices = <K extends string>(keys: readonly K[], labels: Record<K, string>): Choice[] =>
  keys.map((k) => ({ value: k, label: labels[k] }));

/** A long chart's bars, plus its "N other units" bar when it adds some up. */
function withOthers(
  rows: ReadonlyArray<{ id: string | null; label: string }>,
  chart: ChartRows<Record<string, unknown>>,
  keys: { id: string; label: string },
): Choice[] {
  const bars = rows.map((r) => ({ value: r.id ?? 'none', label: r.label }));
  const others = chart.rows.find((r) => r[keys.id] === OTHERS)?.[keys.label];
  return typeof others === 'string' ? [...bars, { value: OTHERS, label: `${others} (one bar)` }] : bars;
}

const unitKeys = { id: 'unitId', label: 'unit' };
const months = (rows: ReadonlyArray<{ month: string }>): Choice[] =>
  rows.map((r) => ({ value: r.month, label: formatMonth(r.month) }));

const asRows = (chart: ChartRows<object>) => chart as unknown as ChartRows<Record<string, unknown>>;

/** The bars and segments of one chart of this dashboard, for the list's choices and its title. */
export function drillChoices(chart: DrillChart, model: DashboardModel): DrillChoices {
  const title = drillChartTitle[chart];
  const mastery = {
    seriesName: 'Mastery level',
    everySeries: 'Every level',
    series: choices(masteryLevels, masteryLabel),
  };
  const stances = {
    seriesName: 'Stance',
    everySeries: 'Every stance',
    series: choices(stanceKeys, stanceLabel),
  };
  const gaps = { seriesName: 'Gap type', everySeries: 'Every type', series: choices(gapTypes, gapTypeLabel) };
  const unit = { categoryName: 'Unit', everyCategory: 'Every unit' };
  const month = { categoryName: 'Month', everyCategory: 'Every month' };
  const unitRows = (rows: ReadonlyArray<{ unitId: string | null; unit: string }>) =>
    rows.map((r) => ({ id: r.unitId, label: r.unit }));
  switch (chart) {
    case 'mastery-by-wave':
      return {
        title,
        categoryName: 'Wave',
        everyCategory: 'Every wave',
        // Every wave, drawn or not, as the dashboard's wave filter offers them.
        categories: [
          ...[1, 2, 3, 4].map((w) => ({ value: String(w), label: `Wave ${w}` })),
          { value: 'none', label: 'No cohort' },
        ],
        ...mastery,
      };
    case 'mastery-by-unit':
      return {
        title,
        ...unit,
        categories: withOthers(unitRows(model.byUnit.series), asRows(model.byUnit.chart), unitKeys),
        ...mastery,
      };
    case 'stance-by-unit':
      return {
        title,
        ...unit,
        categories: withOthers(
          unitRows(model.stanceByUnit.series),
          asRows(model.stanceByUnit.chart),
          unitKeys,
        ),
        ...stances,
      };
    case 'stance-over-time':
      return {
        title,
        categoryName: 'Survey round',
        everyCategory: 'Every round',
        categories: model.stanceOverTime.series.map((r) => ({ value: r.roundId, label: r.round })),
        ...stances,
      };
    case 'adopter-mix':
      return {
        title,
        categoryName: 'Adopter category',
        everyCategory: 'Every category',
        categories: model.adopters.series.map((r) => ({ value: r.categoryId, label: r.category })),
        seriesName: null,
        everySeries: '',
        series: [],
      };
    case 'gaps-by-unit':
      return {
        title,
        ...unit,
        categories: withOthers(unitRows(model.gapsByUnit.series), asRows(model.gapsByUnit.chart), unitKeys),
        ...gaps,
      };
    case 'gaps-by-month':
      return { title, ...month, categories: months(model.gapsOverTime.series), ...gaps };
    case 'coaching-by-coach':
      return {
        title,
        categoryName: 'Coach',
        everyCategory: 'Every coach',
        categories: withOthers(
          model.coachActivity.series.map((r) => ({ id: r.coachId, label: r.coach })),
          asRows(model.coachActivity.chart),
          { id: 'coachId', label: 'coach' },
        ),
        seriesName: 'Kind',
        everySeries: 'Every kind',
        series: choices(coachingKinds, coachingKindLabel),
      };
    case 'ride-alongs':
      return {
        title,
        ...month,
        categories: months(model.rideAlongs.series),
        seriesName: 'Prep and debrief',
        everySeries: 'Every ride-along',
        series: choices(rideAlongSeries, rideAlongLabel),
      };
    case 'renegades':
      return {
        title,
        ...month,
        categories: months(model.renegades.series.filter((r) => r.total > 0)),
        seriesName: 'Renegade system',
        everySeries: 'Every system',
        series: choices(['paper', 'spreadsheet', 'other'] as const, renegadeSeriesLabel),
      };
  }
}

/** What the list shows, in one line: "Wave 2 · Practicing", "Intake North", "No prep", or `everything`. */
export function describePick(pick: DrillPick, choices: DrillChoices, everything: string): string {
  const label = (options: readonly Choice[], value: string | null, unknown: string) =>
    value === null ? null : (options.find((o) => o.value === value)?.label ?? unknown);
  const parts = [
    label(choices.categories, pick.category, `Not in this chart`),
    choices.seriesName === null ? null : label(choices.series, pick.series, 'Not in this chart'),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : everything;
}
