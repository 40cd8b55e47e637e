// Every chart of the rollout dashboard, drawn with Recharts from the series of buildDashboard.
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartsModel } from '../../domain/dashboard/keptDashboard';
import type { DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { drillDownHref, listOf, type DrillChart, type DrillPick } from '../../domain/dashboard/drillDown';
import { gapTypeLabel } from '../../domain/dashboard/gapSeries';
import { coachingKinds } from '../../domain/model';
import { masteryLabel, masteryLevels } from '../../domain/mastery/mastery';
import { ChartFrame } from '../../ui/ChartFrame';
import { ChartLegend, type LegendItem } from '../../ui/ChartLegend';
import { accent, gapColors, kindColors, levelColors, stanceColors, targetColor } from './chartColors';
import { StackedBars, type BarSeries, type StackedBarsProps } from './StackedBars';
import './dashboard.css';
import { formatMonthTick } from '../../domain/format/format';

const kindLabel: Record<(typeof coachingKinds)[number], string> = {
  observation: 'Observation',
  'ride-along': 'Ride-along',
  modelling: 'Modelling visit',
  'one-to-one': 'One-to-one',
  'case-review': 'Case review',
};
const stanceLabels = {
  cheerleader: 'Cheerleaders',
  'fence-sitter': 'Fence-sitters',
  heckler: 'Hecklers',
  'not-surveyed': 'Not surveyed',
} as const;
const monthTick = formatMonthTick;

// The series of each chart, made once: with the same data and these, a chart is not drawn again (StackedBars is memo).
const levels: BarSeries[] = masteryLevels.map((l) => ({
  key: l,
  name: masteryLabel[l],
  color: levelColors[l],
}));
const stances: BarSeries[] = (Object.keys(stanceLabels) as Array<keyof typeof stanceLabels>).map((k) => ({
  key: k,
  name: stanceLabels[k],
  color: stanceColors[k],
}));
const gapTypes: BarSeries[] = (Object.keys(gapColors) as Array<keyof typeof gapColors>).map((g) => ({
  key: g,
  name: gapTypeLabel[g],
  color: gapColors[g],
}));
const funnelSeries: BarSeries[] = [{ key: 'count', name: 'Caseworkers', color: accent }];
const kinds: BarSeries[] = coachingKinds.map((k, i) => ({
  key: k,
  name: kindLabel[k],
  color: kindColors[i] ?? accent,
}));
const rideSeries: BarSeries[] = [
  { key: 'complete', name: 'Prep and debrief', color: accent, stack: 'done' },
  { key: 'missingPrep', name: 'No prep', color: '#d99a1e', stack: 'missing' },
  { key: 'missingDebrief', name: 'No debrief', color: '#d1493f', stack: 'missing' },
];
const renegadeSeries: BarSeries[] = [
  { key: 'paper', name: 'Paper notes', color: '#d99a1e' },
  { key: 'spreadsheet', name: 'Private spreadsheets', color: '#3f7fd1' },
  { key: 'other', name: 'Other tools', color: '#8a5cc7' },
];
const axisLabel = (value: string, vertical = false) =>
  vertical
    ? { value, angle: -90, position: 'insideLeft' as const, offset: 10 }
    : { value, position: 'insideBottom' as const, offset: -12 };
const adopterMargin = { bottom: 16 };
const visitMargin = { bottom: 16, right: 16 };
const smallTick = { fontSize: 11 };
const qualityColor = '#3f7fd1';
const adopterLegend: LegendItem[] = [
  { key: 'actual', name: 'In this workspace', color: accent },
  { key: 'expected', name: 'Rogers curve', color: targetColor, line: 'solid', pickable: false },
];
const visitLegend: LegendItem[] = [
  { key: 'visitRate', name: 'Visits made', color: accent, line: 'solid' },
  { key: 'qualityRate', name: 'Of them, good quality', color: qualityColor, line: 'dashed' },
];
const caseworkersLabel = axisLabel('Caseworkers', true);
const percentLabel = axisLabel('Percent', true);
const visitDomain: [(min: number) => number, number] = [
  (min) => Math.max(0, Math.floor(min / 10) * 10 - 10),
  100,
];
const visitTooltipLabel = (m: unknown) => monthTick(typeof m === 'string' ? m : '');
const percentValue = (v: unknown) => `${String(v)}%`;
// Never animated: an animation draws every chart again on each frame for half a second after each filter change,
// which kept the window busy well past the 100 ms a filter may take.
const still = { isAnimationActive: false, animationDuration: 500 };

/** The adopter mix against the Rogers curve; a click on a bar or the legend opens the people behind it. */
const AdopterChart = memo(function AdopterChart({
  data,
  onPick,
}: {
  data: ReadonlyArray<object>;
  onPick?: (category: string | null) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={adopterMargin}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="category" interval={0} tick={smallTick} />
        <YAxis allowDecimals={false} label={caseworkersLabel} />
        <Tooltip />
        <Bar
          dataKey="actual"
          name="In this workspace"
          fill={accent}
          cursor={onPick ? 'pointer' : undefined}
          onClick={(item) =>
            onPick?.((item.payload as { categoryId?: string } | undefined)?.categoryId ?? null)
          }
          {...still}
        />
        <Line dataKey="expected" name="Rogers curve" stroke={targetColor} strokeWidth={2} dot {...still} />
      </ComposedChart>
    </ResponsiveContainer>
  );
});

/** Face-to-face visits made and their quality, by month, against the target. */
const VisitChart = memo(function VisitChart({
  data,
  target,
}: {
  data: ReadonlyArray<object>;
  target: number;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={visitMargin}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={monthTick} />
        <YAxis domain={visitDomain} unit="%" label={percentLabel} />
        <Tooltip labelFormatter={visitTooltipLabel} formatter={percentValue} />
        <ReferenceLine
          y={target}
          stroke={targetColor}
          strokeDasharray="6 4"
          label={{ value: `Target ${target}%`, position: 'insideBottomRight', fontSize: 11 }}
        />
        <Line dataKey="visitRate" name="Visits made" stroke={accent} strokeWidth={2} {...still} />
        <Line
          dataKey="qualityRate"
          name="Of them, good quality"
          stroke={qualityColor}
          strokeWidth={2}
          strokeDasharray="4 3"
          {...still}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

type Clicks = {
  onSegmentClick?: (row: Record<string, unknown>, series: string) => void;
  onLegendClick?: (series: string) => void;
};

interface Props {
  model: ChartsModel;
  exportRows: (name: string, rows: ReadonlyArray<Record<string, unknown>>) => void;
  /** For a printed report (charts are never animated, so a printout cannot catch one halfway). */
  print?: boolean;
  /**
   * On the dashboard: the filters the charts follow, and where a click on a bar or legend item leads (the people
   * behind it, with these filters). Without it (a report) bars are not clickable and links carry no filters.
   */
  drill?: { filter: DashboardFilter; open: (href: string) => void };
}

/**
 * Memoised: the page draws again when the saved filter comes back from settings or the address changes, and with the
 * same model and props twelve charts would be drawn again for nothing. The page keeps its props stable.
 */
export const DashboardCharts = memo(function DashboardCharts({ model, exportRows, drill }: Props) {
  const frame = (
    key: string,
    title: string,
    chart: { summary: string; series: ReadonlyArray<object>; chart?: { note: string | null } },
  ) => ({
    title,
    summary: chart.summary,
    note: chart.chart?.note ?? null,
    rows: chart.series as ReadonlyArray<Record<string, unknown>>,
    onExport: () => exportRows(key, chart.series as ReadonlyArray<Record<string, unknown>>),
  });
  const bars = (props: Omit<StackedBarsProps, 'animate'> & Clicks) => {
    const { onLegendClick: _legend, ...drawn } = props;
    return <StackedBars {...drawn} animate={false} />;
  };
  // The series' colours under a chart; with a drill-down, each series is a button to the list behind it.
  const legendOf = (series: readonly BarSeries[], clicks?: Clicks) => (
    <ChartLegend
      items={series}
      onPick={clicks?.onLegendClick}
      pickHint="Opens the list of what this series counts, with the dashboard's filters."
    />
  );
  // The click handlers read the filters of the latest draw through a ref, so they keep their identity between filter
  // changes and a chart whose figures stay the same is not drawn again.
  const drillRef = useRef(drill);
  useLayoutEffect(() => {
    drillRef.current = drill;
  });
  const clickable = drill !== undefined;
  const handlers = useMemo(() => {
    // A chart's bar is a category (a wave, unit, month, coach...), its segments and legend items are series; a click
    // opens the list behind it (drillDown.ts). The "N other units" bar's key is OTHERS: it opens the units it adds up.
    const open = (pick: DrillPick) => {
      const current = drillRef.current;
      if (current) current.open(drillDownHref(current.filter, pick));
    };
    const clicks = (chart: DrillChart, categoryKey: string): Clicks =>
      clickable
        ? {
            onSegmentClick: (row, series) => {
              const key = row[categoryKey];
              open({ chart, category: typeof key === 'string' ? key : 'none', series });
            },
            onLegendClick: (series) => open({ chart, category: null, series }),
          }
        : {};
    return {
      byWave: clicks('mastery-by-wave', 'waveId'),
      byUnit: clicks('mastery-by-unit', 'unitId'),
      stanceByUnit: clicks('stance-by-unit', 'unitId'),
      stanceOverTime: clicks('stance-over-time', 'roundId'),
      gapsByUnit: clicks('gaps-by-unit', 'unitId'),
      gapsByMonth: clicks('gaps-by-month', 'month'),
      coaching: clicks('coaching-by-coach', 'coachId'),
      rideAlongs: clicks('ride-alongs', 'month'),
      renegades: clicks('renegades', 'month'),
      // The adopter mix has one series of people (the curve is not people): a bar is a Rogers category.
      adopters: clickable
        ? (category: string | null) => open({ chart: 'adopter-mix', category, series: null })
        : undefined,
    };
  }, [clickable]);
  const listLink = (chart: DrillChart, fallback: { href: string; label: string }) =>
    drill
      ? {
          href: drillDownHref(drill.filter, { chart, category: null, series: null }),
          label: `See the ${{ people: 'people', gaps: 'gaps', entries: 'entries' }[listOf(chart)]} behind this chart`,
        }
      : fallback;
  // The lists that have the same filters get them: the roster (unit, role).
  const withFilters = (href: string, keys: Array<'unit' | 'role'>) => {
    if (!drill) return href;
    const params = new URLSearchParams();
    if (keys.includes('unit') && drill.filter.unitId) params.set('unit', drill.filter.unitId);
    if (keys.includes('role') && drill.filter.role) params.set('role', drill.filter.role);
    const query = params.toString();
    return query ? `${href}?${query}` : href;
  };

  return (
    <div className="chart-grid">
      <ChartFrame
        {...frame('progress-funnel', 'Progress funnel', model.funnel)}
        drillDown={{ href: withFilters('/roster', ['unit', 'role']), label: 'See the roster' }}
      >
        {bars({
          data: model.funnel.series,
          category: 'stage',
          series: funnelSeries,
          valueLabel: 'Caseworkers',
          horizontal: true,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-wave', 'Mastery by wave', model.byWave)}
        legend={legendOf(levels, handlers.byWave)}
        drillDown={listLink('mastery-by-wave', { href: '/cohorts', label: 'See the cohorts and waves' })}
      >
        {bars({
          data: model.byWave.series,
          category: 'wave',
          series: levels,
          valueLabel: 'Caseworkers',
          ...handlers.byWave,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-unit', 'Mastery by unit', model.byUnit)}
        legend={legendOf(levels, handlers.byUnit)}
        drillDown={listLink('mastery-by-unit', { href: '/roster/units', label: 'See the units' })}
      >
        {bars({
          data: model.byUnit.chart.rows,
          category: 'unit',
          series: levels,
          valueLabel: 'Caseworkers',
          horizontal: true,
          ...handlers.byUnit,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('stance-by-unit', 'Stances by unit', model.stanceByUnit)}
        legend={legendOf(stances, handlers.stanceByUnit)}
        drillDown={listLink('stance-by-unit', { href: '/surveys', label: 'See the survey results' })}
      >
        {bars({
          data: model.stanceByUnit.chart.rows,
          category: 'unit',
          series: stances,
          valueLabel: 'Caseworkers',
          horizontal: true,
          ...handlers.stanceByUnit,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('stance-over-time', 'Stances over time', model.stanceOverTime)}
        legend={legendOf(stances, handlers.stanceOverTime)}
        drillDown={listLink('stance-over-time', { href: '/surveys', label: 'Compare survey rounds' })}
      >
        {bars({
          data: model.stanceOverTime.series,
          category: 'round',
          series: stances,
          valueLabel: 'Caseworkers',
          ...handlers.stanceOverTime,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('adopter-mix', 'Adopters against the Rogers curve', model.adopters)}
        legend={
          <ChartLegend
            items={adopterLegend}
            onPick={handlers.adopters && (() => handlers.adopters?.(null))}
            pickHint="Opens the list of the people counted in this workspace, with the dashboard's filters."
          />
        }
        explain="rogers"
        drillDown={listLink('adopter-mix', { href: '/surveys', label: 'See the survey results' })}
      >
        <AdopterChart data={model.adopters.series} onPick={handlers.adopters} />
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-by-unit', 'Gap types by unit', model.gapsByUnit)}
        legend={legendOf(gapTypes, handlers.gapsByUnit)}
        drillDown={listLink('gaps-by-unit', { href: '/gaps', label: 'See the gap board' })}
      >
        {bars({
          data: model.gapsByUnit.chart.rows,
          category: 'unit',
          series: gapTypes,
          valueLabel: 'Gaps',
          horizontal: true,
          ...handlers.gapsByUnit,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-over-time', 'Gaps opened by month', model.gapsOverTime)}
        legend={legendOf(gapTypes, handlers.gapsByMonth)}
        drillDown={listLink('gaps-by-month', { href: '/gaps', label: 'See the gaps' })}
      >
        {bars({
          data: model.gapsOverTime.series,
          category: 'month',
          series: gapTypes,
          valueLabel: 'Gaps',
          formatCategory: monthTick,
          ...handlers.gapsByMonth,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('visit-rate', 'Face-to-face visit rate', model.visits)}
        legend={<ChartLegend items={visitLegend} />}
        drillDown={{ href: '/gaps', label: 'See the monthly measures' }}
      >
        <VisitChart data={model.visits.series} target={model.visits.target} />
      </ChartFrame>

      <ChartFrame
        {...frame('coaching-activity', 'Coaching activity by coach', model.coachActivity)}
        legend={legendOf(kinds, handlers.coaching)}
        drillDown={listLink('coaching-by-coach', { href: '/coaching', label: 'See the coaching log' })}
      >
        {bars({
          data: model.coachActivity.chart.rows,
          category: 'coach',
          series: kinds,
          valueLabel: 'Entries',
          horizontal: true,
          ...handlers.coaching,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('ride-along-completion', 'Ride-along prep and debrief', model.rideAlongs)}
        legend={legendOf(rideSeries, handlers.rideAlongs)}
        drillDown={listLink('ride-alongs', { href: '/coaching', label: 'See incomplete ride-alongs' })}
      >
        {bars({
          data: model.rideAlongs.series,
          category: 'month',
          series: rideSeries,
          valueLabel: 'Ride-alongs',
          formatCategory: monthTick,
          ...handlers.rideAlongs,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('renegade-sightings', 'Renegade systems seen in the field', model.renegades)}
        legend={legendOf(renegadeSeries, handlers.renegades)}
        explain="renegade"
        drillDown={listLink('renegades', { href: '/coaching', label: 'See the coaching log' })}
      >
        {bars({
          data: model.renegades.series,
          category: 'month',
          series: renegadeSeries,
          valueLabel: 'Sightings',
          formatCategory: monthTick,
          ...handlers.renegades,
        })}
      </ChartFrame>
    </div>
  );
});
