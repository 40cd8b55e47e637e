// Every chart of the rollout dashboard, drawn with Recharts from the series of buildDashboard.
import {
  Bar,
  BarChart,
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
import { gapTypeLabel } from '../../domain/dashboard/gapSeries';
import { coachingKinds } from '../../domain/model';
import { masteryLabel, masteryLevels } from '../../domain/mastery/mastery';
import { ChartFrame } from '../../ui/ChartFrame';
import { accent, gapColors, kindColors, levelColors, stanceColors, targetColor } from './chartColors';
import { useReducedMotion } from './useReducedMotion';

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
const monthTick = (m: string) =>
  new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });

interface Props {
  model: DashboardModel;
  exportRows: (name: string, rows: ReadonlyArray<Record<string, unknown>>) => void;
  /** For a printed report: charts drawn at once (no animation a printout could catch halfway). */
  print?: boolean;
}

export function DashboardCharts({ model, exportRows, print = false }: Props) {
  const still = useReducedMotion() || print;
  const anim = { isAnimationActive: !still, animationDuration: 500 };
  const frame = (key: string, title: string, chart: { summary: string; series: ReadonlyArray<object> }) => ({
    title,
    summary: chart.summary,
    rows: chart.series as ReadonlyArray<Record<string, unknown>>,
    onExport: () => exportRows(key, chart.series as ReadonlyArray<Record<string, unknown>>),
  });
  const axisLabel = (value: string, vertical = false) =>
    vertical
      ? { value, angle: -90, position: 'insideLeft' as const, offset: 10 }
      : { value, position: 'insideBottom' as const, offset: -12 };

  return (
    <div className="chart-grid">
      <ChartFrame
        {...frame('progress-funnel', 'Progress funnel', model.funnel)}
        drillDown={{ href: '/roster', label: 'See the roster' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.funnel.series} layout="vertical" margin={{ left: 24, right: 24, bottom: 28 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} label={axisLabel('Caseworkers')} />
            <YAxis type="category" dataKey="stage" width={90} interval={0} />
            <Tooltip />
            <Bar dataKey="count" name="Caseworkers" fill={accent} {...anim} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-wave', 'Mastery by wave', model.byWave)}
        drillDown={{ href: '/cohorts', label: 'See the cohorts and waves' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.byWave.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="wave" />
            <YAxis allowDecimals={false} label={axisLabel('Caseworkers', true)} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {masteryLevels.map((l) => (
              <Bar
                key={l}
                dataKey={l}
                name={masteryLabel[l]}
                stackId="level"
                fill={levelColors[l]}
                {...anim}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('progress-by-unit', 'Mastery by unit', model.byUnit)}
        drillDown={{ href: '/roster/units', label: 'See the units' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={model.byUnit.series} margin={{ bottom: 28, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} label={axisLabel('Caseworkers')} />
            <YAxis type="category" dataKey="unit" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {masteryLevels.map((l) => (
              <Bar
                key={l}
                dataKey={l}
                name={masteryLabel[l]}
                stackId="level"
                fill={levelColors[l]}
                {...anim}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('stance-by-unit', 'Stances by unit', model.stanceByUnit)}
        drillDown={{ href: '/surveys', label: 'See the survey results' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={model.stanceByUnit.series} margin={{ bottom: 28, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} label={axisLabel('Caseworkers')} />
            <YAxis type="category" dataKey="unit" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {(Object.keys(stanceLabels) as Array<keyof typeof stanceLabels>).map((s) => (
              <Bar
                key={s}
                dataKey={s}
                name={stanceLabels[s]}
                stackId="stance"
                fill={stanceColors[s]}
                {...anim}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('stance-over-time', 'Stances over time', model.stanceOverTime)}
        drillDown={{ href: '/surveys', label: 'Compare survey rounds' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.stanceOverTime.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="round" />
            <YAxis allowDecimals={false} label={axisLabel('Caseworkers', true)} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {(Object.keys(stanceLabels) as Array<keyof typeof stanceLabels>).map((s) => (
              <Bar
                key={s}
                dataKey={s}
                name={stanceLabels[s]}
                stackId="stance"
                fill={stanceColors[s]}
                {...anim}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('adopter-mix', 'Adopters against the Rogers curve', model.adopters)}
        drillDown={{ href: '/surveys', label: 'See the survey results' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={model.adopters.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" interval={0} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} label={axisLabel('Caseworkers', true)} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            <Bar dataKey="actual" name="In this workspace" fill={accent} {...anim} />
            <Line dataKey="expected" name="Rogers curve" stroke={targetColor} strokeWidth={2} dot {...anim} />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-by-unit', 'Gap types by unit', model.gapsByUnit)}
        drillDown={{ href: '/gaps', label: 'See the gap board' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={model.gapsByUnit.series} margin={{ bottom: 28, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} label={axisLabel('Gaps')} />
            <YAxis type="category" dataKey="unit" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {(Object.keys(gapColors) as Array<keyof typeof gapColors>).map((g) => (
              <Bar key={g} dataKey={g} name={gapTypeLabel[g]} stackId="gap" fill={gapColors[g]} {...anim} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('gaps-over-time', 'Gaps opened by month', model.gapsOverTime)}
        drillDown={{ href: '/gaps', label: 'See the gaps' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.gapsOverTime.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthTick} />
            <YAxis allowDecimals={false} label={axisLabel('Gaps', true)} />
            <Tooltip labelFormatter={(m) => monthTick(String(m))} />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {(Object.keys(gapColors) as Array<keyof typeof gapColors>).map((g) => (
              <Bar key={g} dataKey={g} name={gapTypeLabel[g]} stackId="gap" fill={gapColors[g]} {...anim} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('visit-rate', 'Face-to-face visit rate', model.visits)}
        drillDown={{ href: '/gaps', label: 'See the monthly measures' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={model.visits.series} margin={{ bottom: 28, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tickFormatter={monthTick} />
            <YAxis
              domain={[(min: number) => Math.max(0, Math.floor(min / 10) * 10 - 10), 100]}
              unit="%"
              label={axisLabel('Percent', true)}
            />
            <Tooltip labelFormatter={(m) => monthTick(String(m))} formatter={(v) => `${String(v)}%`} />
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
        drillDown={{ href: '/coaching', label: 'See the coaching log' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={model.coachActivity.series} margin={{ bottom: 28, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} label={axisLabel('Entries')} />
            <YAxis type="category" dataKey="coach" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            {coachingKinds.map((k, i) => (
              <Bar key={k} dataKey={k} name={kindLabel[k]} stackId="kind" fill={kindColors[i]} {...anim} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('ride-along-completion', 'Ride-along prep and debrief', model.rideAlongs)}
        drillDown={{ href: '/coaching', label: 'See incomplete ride-alongs' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.rideAlongs.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthTick} />
            <YAxis allowDecimals={false} label={axisLabel('Ride-alongs', true)} />
            <Tooltip labelFormatter={(m) => monthTick(String(m))} />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            <Bar dataKey="complete" name="Prep and debrief" stackId="r" fill={accent} {...anim} />
            <Bar dataKey="missingPrep" name="No prep" stackId="m" fill="#d99a1e" {...anim} />
            <Bar dataKey="missingDebrief" name="No debrief" stackId="m" fill="#d1493f" {...anim} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        {...frame('renegade-sightings', 'Renegade systems seen in the field', model.renegades)}
        drillDown={{ href: '/coaching', label: 'See the coaching log' }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={model.renegades.series} margin={{ bottom: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthTick} />
            <YAxis allowDecimals={false} label={axisLabel('Sightings', true)} />
            <Tooltip labelFormatter={(m) => monthTick(String(m))} />
            <Legend itemSorter={null} wrapperStyle={{ paddingTop: 14 }} />
            <Bar dataKey="paper" name="Paper notes" stackId="s" fill="#d99a1e" {...anim} />
            <Bar dataKey="spreadsheet" name="Private spreadsheets" stackId="s" fill="#3f7fd1" {...anim} />
            <Bar dataKey="other" name="Other tools" stackId="s" fill="#8a5cc7" {...anim} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
