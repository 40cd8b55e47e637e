// Every chart of the rollout dashboard, drawn with Recharts from the series of buildDashboard.
import { memo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DashboardModel } from '../../domain/dashboard/buildDashboard';
import type { DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { drillDownHref, listOf, type DrillChart, type DrillPick } from '../../domain/dashboard/drillDown';
import { gapTypeLabel } from '../../domain/dashboard/gapSeries';
import { coachingKinds } from '../../domain/model';
import { masteryLabel, masteryLevels } from '../../domain/mastery/mastery';
import { ChartFrame } from '../../ui/ChartFrame';
import { accent, gapColors, kindColors, levelColors, stanceColors, targetColor } from './chartColors';
import { StackedBars, type BarSeries } from './StackedBars';
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

interface Props {
  model: DashboardModel;
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
  // Never animated: an animation draws every chart again on each frame for half a second after each filter change,
  // which kept the window busy well past the 100 ms a filter may take.
  const still = true;
  const anim = { isAnimationActive: !still, animationDuration: 500 };
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
  const axisLabel = (value: string, vertical = false) =>
    vertical
      ? { value, angle: -90, position: 'insideLeft' as const, offset: 10 }
      : { value, position: 'insideBottom' as const, offset: -12 };

  const bars = (props: Omit<Parameters<typeof StackedBars>[0], 'animate'>) => (
    <StackedBars {...props} animate={!still} />
  );
  // A chart's bar is a category (a wave, unit, month, coach...), its segments and legend items are series; a click
  // opens the list behind it (drillDown.ts). The "N other units" bar's key is OTHERS: it opens the units it adds up.
  const clicks = (chart: DrillChart, categoryKey: string) => {
    if (!drill) return {};
    const open = (pick: DrillPick) => drill.open(drillDownHref(drill.filter, pick));
    return {
      onSegmentClick: (row: Record<string, unknown>, series: string) => {
        const key = row[categoryKey];
        open({ chart, category: typeof key === 'string' ? key : 'none', series });
      },
      onLegendClick: (series: string) => open({ chart, category: null, series }),
    };
  };
  // The adopter mix has one series of people (the curve is not people): a bar is a Rogers category.
  const adopterClick = drill
    ? (category: string | null) =>
        drill.open(drillDownHref(drill.filter, { chart: 'adopter-mix', category, series: null }))
    : undefined;
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

  return (
    <div className="chart-grid">
      <ChartFrame
        {...frame('progress-funnel', 'Progress funnel', model.funnel)}
        drillDown={{ href: withFilters('/roster', ['unit', 'role']), label: 'See the roster' }}
      >
        {bars({
          data: model.funnel.series,
          category: 'stage',
          series: [{ key: 'count', name: 'Caseworkers', color: accent }],
          valueLabel: 'Caseworkers',
          horizontal: true,
          legend: false,
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-wave', 'Mastery by wave', model.byWave)}
        drillDown={listLink('mastery-by-wave', { href: '/cohorts', label: 'See the cohorts and waves' })}
      >
        {bars({
          data: model.byWave.series,
          category: 'wave',
          series: levels,
          valueLabel: 'Caseworkers',
          ...clicks('mastery-by-wave', 'waveId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-unit', 'Mastery by unit', model.byUnit)}
        drillDown={listLink('mastery-by-unit', { href: '/roster/units', label: 'See the units' })}
      >
        {bars({
          data: model.byUnit.chart.rows,
          category: 'unit',
          series: levels,
          valueLabel: 'Caseworkers',
          horizontal: true,
          ...clicks('mastery-by-unit', 'unitId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('stance-by-unit', 'Stances by unit', model.stanceByUnit)}
        drillDown={listLink('stance-by-unit', { href: '/surveys', label: 'See the survey results' })}
      >
        {bars({
          data: model.stanceByUnit.chart.rows,
          category: 'unit',
          series: stances,
          valueLabel: 'Caseworkers',
          horizontal: true,
          ...clicks('stance-by-unit', 'unitId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('stance-over-time', 'Stances over time', model.stanceOverTime)}
        drillDown={listLink('stance-over-time', { href: '/surveys', label: 'Compare survey rounds' })}
      >
        {bars({
          data: model.stanceOverTime.series,
          category: 'round',
          series: stances,
          valueLabel: 'Caseworkers',
          ...clicks('stance-over-time', 'roundId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('adopter-mix', 'Adopters against the Rogers curve', model.adopters)}
        explain="rogers"
        drillDown={listLink('adopter-mix', { href: '/surveys', label: 'See the survey results' })}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={model.adopters.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" interval={0} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} label={axisLabel('Caseworkers', true)} />
            <Tooltip />
            <Legend
              itemSorter={null}
              wrapperStyle={{ paddingTop: 14 }}
              onClick={(item) => item.dataKey === 'actual' && adopterClick?.(null)}
            />
            <Bar
              dataKey="actual"
              name="In this workspace"
              fill={accent}
              cursor={adopterClick ? 'pointer' : undefined}
              onClick={(item) =>
                adopterClick?.((item.payload as { categoryId?: string } | undefined)?.categoryId ?? null)
              }
              {...anim}
            />
            <Line dataKey="expected" name="Rogers curve" stroke={targetColor} strokeWidth={2} dot {...anim} />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-by-unit', 'Gap types by unit', model.gapsByUnit)}
        drillDown={listLink('gaps-by-unit', { href: '/gaps', label: 'See the gap board' })}
      >
        {bars({
          data: model.gapsByUnit.chart.rows,
          category: 'unit',
          series: gapTypes,
          valueLabel: 'Gaps',
          horizontal: true,
          ...clicks('gaps-by-unit', 'unitId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-over-time', 'Gaps opened by month', model.gapsOverTime)}
        drillDown={listLink('gaps-by-month', { href: '/gaps', label: 'See the gaps' })}
      >
        {bars({
          data: model.gapsOverTime.series,
          category: 'month',
          series: gapTypes,
          valueLabel: 'Gaps',
          formatCategory: monthTick,
          ...clicks('gaps-by-month', 'month'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('visit-rate', 'Face-to-face visit rate', model.visits)}
        drillDown={{ href: '/gaps', label: 'See the monthly measures' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={model.visits.series} margin={{ bottom: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tickFormatter={monthTick} />
            <YAxis
              domain={[(min: number) => Math.max(0, Math.floor(min / 10) * 10 - 10), 100]}
              unit="%"
              label={axisLabel('Percent', true)}
            />
            <Tooltip
              labelFormatter={(m) => monthTick(typeof m === 'string' ? m : '')}
              formatter={(v) => `${String(v)}%`}
            />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            <ReferenceLine
              y={model.visits.target}
              stroke={targetColor}
              strokeDasharray="6 4"
              label={{ value: `Target ${model.visits.target}%`, position: 'insideBottomRight', fontSize: 11 }}
            />
            <Line dataKey="visitRate" name="Visits made" stroke={accent} strokeWidth={2} {...anim} />
            <Line
              dataKey="qualityRate"
              name="Of them, good quality"
              stroke="#3f7fd1"
              strokeWidth={2}
              strokeDasharray="4 3"
              {...anim}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('coaching-activity', 'Coaching activity by coach', model.coachActivity)}
        drillDown={listLink('coaching-by-coach', { href: '/coaching', label: 'See the coaching log' })}
      >
        {bars({
          data: model.coachActivity.chart.rows,
          category: 'coach',
          series: coachingKinds.map((k, i) => ({
            key: k,
            name: kindLabel[k],
            color: kindColors[i] ?? accent,
          })),
          valueLabel: 'Entries',
          horizontal: true,
          ...clicks('coaching-by-coach', 'coachId'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('ride-along-completion', 'Ride-along prep and debrief', model.rideAlongs)}
        drillDown={listLink('ride-alongs', { href: '/coaching', label: 'See incomplete ride-alongs' })}
      >
        {bars({
          data: model.rideAlongs.series,
          category: 'month',
          series: [
            { key: 'complete', name: 'Prep and debrief', color: accent, stack: 'done' },
            { key: 'missingPrep', name: 'No prep', color: '#d99a1e', stack: 'missing' },
            { key: 'missingDebrief', name: 'No debrief', color: '#d1493f', stack: 'missing' },
          ],
          valueLabel: 'Ride-alongs',
          formatCategory: monthTick,
          ...clicks('ride-alongs', 'month'),
        })}
      </ChartFrame>

      <ChartFrame
        {...frame('renegade-sightings', 'Renegade systems seen in the field', model.renegades)}
        explain="renegade"
        drillDown={listLink('renegades', { href: '/coaching', label: 'See the coaching log' })}
      >
        {bars({
          data: model.renegades.series,
          category: 'month',
          series: [
            { key: 'paper', name: 'Paper notes', color: '#d99a1e' },
            { key: 'spreadsheet', name: 'Private spreadsheets', color: '#3f7fd1' },
            { key: 'other', name: 'Other tools', color: '#8a5cc7' },
          ],
          valueLabel: 'Sightings',
          formatCategory: monthTick,
          ...clicks('renegades', 'month'),
        })}
      </ChartFrame>
    </div>
  );
});
